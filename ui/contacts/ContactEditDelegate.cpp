#include "contacts/ContactEditDelegate.h"

#include "ReferenceNames.h"
#include "RegionalContactModel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QRegularExpressionValidator>

ContactEditDelegate::ContactEditDelegate(const ReferenceNames& names, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_names(names)
{}

QWidget* ContactEditDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                           const QModelIndex& index) const
{
    switch (index.column()) {
    case RegionalContactModel::Region: {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("regionEditor"));
        for (const QString& code : m_names.regionCodes())
            combo->addItem(m_names.regionName(code), code);
        return combo;
    }
    case RegionalContactModel::AreaCode: {
        auto* edit = new QLineEdit(parent);
        edit->setObjectName(QStringLiteral("areaCodeEditor"));
        edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,5}")), edit));
        return edit;
    }
    case RegionalContactModel::Phone: {
        auto* edit = new QLineEdit(parent);
        edit->setObjectName(QStringLiteral("phoneEditor"));
        edit->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9 \\-]{0,12}")), edit));
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void ContactEditDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ContactEditDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}
