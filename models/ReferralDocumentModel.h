#pragma once

#include "domain/Clock.h"
#include "domain/DocumentCheck.h"
#include "domain/Language.h"

#include <QAbstractTableModel>
#include <functional>

// The document checklist of one referral: which documents the patient has, their dates, and whether
// each will still be valid on the planned day. "Present" and the date of issue are edited in place and
// saved at once through the save function (the referral service).
class ReferralDocumentModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Document, Present, IssuedOn, ValidUntil, State, ColumnCount };
    using SaveFunction = std::function<void(const DocumentRecord&)>; // throws OperationError

    // A date of issue not yet given is offered as the clock's today (the workspace's, so tests run on a fixed day).
    explicit ReferralDocumentModel(const Clock& clock, QObject* parent = nullptr);

    void setLines(const QList<DocumentCheck::Line>& lines, Language language);
    void setSaveFunction(SaveFunction save) { m_save = std::move(save); }
    const QList<DocumentCheck::Line>& lines() const { return m_lines; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    // A record was saved; the owner re-evaluates the checklist (states depend on all dates).
    void documentSaved();
    void saveRejected(const QString& message);

private:
    const Clock& m_clock;
    QList<DocumentCheck::Line> m_lines;
    Language m_language = Language::English;
    SaveFunction m_save;
};
