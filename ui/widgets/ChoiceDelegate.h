#pragma once

#include <QStyledItemDelegate>

// Edits a cell whose value is one of a few codes with a combo box of their labels, taken from the model's
// ModelRoles::ChoicesRole, so a clerk picks by arrow keys or the first letters and never types a code.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};
