#pragma once

#include "domain/QuotaPlan.h"

#include <QAbstractTableModel>
#include <QList>

class QuotaService;
class ReferenceNames;

// One year's HTMC plan for one profile, a line per region: population, allocated, used (counted from the
// referrals holding a quota) and remaining. The allocation and the population are edited in place and
// saved at once; a refused edit leaves the line as it was and says why through editRejected().
class QuotaPlanModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Region, Population, PopulationYear, Allocated, Used, Remaining, ColumnCount };

    QuotaPlanModel(QuotaService& service, const ReferenceNames& names, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    void show(int year, const QString& profileCode);
    void reload() { show(m_year, m_profile); }
    int year() const { return m_year; }
    QString profileCode() const { return m_profile; }
    const QuotaPlan& planAt(int row) const { return m_plans.at(row); }
    // Splits a national total among the regions by population and shows the result. False after
    // emitting editRejected().
    bool allocate(int total);

    int totalAllocated() const;
    int totalUsed() const;

signals:
    void editRejected(const QString& message);

private:
    QuotaService& m_service;
    const ReferenceNames& m_names;
    QList<QuotaPlan> m_plans;
    int m_year = 0;
    QString m_profile;
};
