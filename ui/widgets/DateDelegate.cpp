#include "widgets/DateDelegate.h"

#include <QDateEdit>

DateDelegate::DateDelegate(const Clock& clock, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_clock(clock)
{}

QWidget* DateDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(QStringLiteral("dateEditor"));
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    edit->setCalendarPopup(true);
    edit->setMaximumDate(m_clock.today());
    return edit;
}
