#pragma once

#include <QStyledItemDelegate>

// Edits a date cell with a calendar and the dd.MM.yyyy format the rest of Joldama uses.
class DateDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};
