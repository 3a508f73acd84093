#pragma once

#include "domain/AbroadApplication.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <optional>

class AbroadService;
class PatientService;
class ReferenceNames;

// Applications for treatment abroad, newest first, optionally of one status. The list is small (a region
// files tens a year), so it is read whole, with the patients' names and the list entries' names.
class AbroadApplicationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Number,
        Registered,
        Patient,
        Iin,
        Status,
        Decision,
        Disease,
        Category,
        Diagnosis,
        Country,
        ColumnCount
    };

    AbroadApplicationModel(AbroadService& abroad, PatientService& patients, const ReferenceNames& names,
                           QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setStatusFilter(const std::optional<AbroadStatus>& status);
    std::optional<AbroadStatus> statusFilter() const { return m_status; }
    void reload();
    const AbroadApplication& applicationAt(int row) const { return m_rows.at(row).application; }
    // The row of an application, or -1 when it is not shown.
    int rowOf(qint64 id) const;

private:
    struct Row
    {
        AbroadApplication application;
        QString patientName;
        QString iin;
    };
    QString entryName(bool disease, const QString& code) const;

    AbroadService& m_abroad;
    PatientService& m_patients;
    const ReferenceNames& m_names;
    std::optional<AbroadStatus> m_status;
    QList<Row> m_rows;
    QHash<QString, QStringList> m_diseases;   // code → kk, ru, en
    QHash<QString, QStringList> m_categories; // code → kk, ru, en
};
