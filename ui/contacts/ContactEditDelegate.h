#pragma once

#include <QStyledItemDelegate>

class ReferenceNames;

// Edits a regional contact in place: a region picker, and line edits that accept only what the field may
// hold (digits for the area code; digits, spaces and dashes for the number), so most mistakes cannot be
// typed at all; the service checks the rest when the cell is committed.
class ContactEditDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ContactEditDelegate(const ReferenceNames& names, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    const ReferenceNames& m_names;
};
