#include "widgets/DateDelegate.h"

#include <QDateEdit>

QWidget* DateDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(QStringLiteral("dateEditor"));
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    edit->setCalendarPopup(true);
    edit->setMaximumDate(QDate::currentDate());
    return edit;
}
