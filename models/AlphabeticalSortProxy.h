#pragma once

#include <QSortFilterProxyModel>

// Sorts text in Kazakh/Russian alphabetical order (Ә after А, Қ after К, І after Ы) and filters rows by
// a case-insensitive text that treats ё as е — in every column.
class AlphabeticalSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AlphabeticalSortProxy(QObject* parent = nullptr);

    void setFilterText(const QString& text);
    QString filterText() const { return m_filter; }

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_filter; // folded
};
