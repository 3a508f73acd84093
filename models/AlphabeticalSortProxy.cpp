#include "AlphabeticalSortProxy.h"

#include "ModelRoles.h"
#include "domain/NameText.h"

AlphabeticalSortProxy::AlphabeticalSortProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ModelRoles::SortRole);
}

void AlphabeticalSortProxy::setFilterText(const QString& text)
{
    const QString folded = NameText::fold(text);
    if (folded == m_filter)
        return;
    m_filter = folded;
    invalidateFilter();
}

bool AlphabeticalSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant l = left.data(ModelRoles::SortRole);
    const QVariant r = right.data(ModelRoles::SortRole);
    if (l.isValid() && r.isValid() && l.typeId() != QMetaType::QString)
        return QVariant::compare(l, r) == QPartialOrdering::Less;
    const QString ls = l.isValid() ? l.toString() : left.data(Qt::DisplayRole).toString();
    const QString rs = r.isValid() ? r.toString() : right.data(Qt::DisplayRole).toString();
    return NameText::lessThan(ls, rs);
}

bool AlphabeticalSortProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_filter.isEmpty())
        return true;
    const QAbstractItemModel* model = sourceModel();
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        const QString text = model->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString();
        if (NameText::fold(text).contains(m_filter))
            return true;
    }
    return false;
}
