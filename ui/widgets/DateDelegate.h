#pragma once

#include "domain/Clock.h"

#include <QStyledItemDelegate>

// Edits a date cell with a calendar and the dd.MM.yyyy format the rest of Joldama uses; a date after the clock's
// today (the workspace's) cannot be chosen.
class DateDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    DateDelegate(const Clock& clock, QObject* parent);
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    const Clock& m_clock;
};
