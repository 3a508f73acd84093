#pragma once

#include "store/Listing.h"

#include <QHash>
#include <QList>

// The pages of a lazy table that are in memory, at most `capacity` of them; the page used longest ago
// is dropped first. Browsing a million rows keeps memory flat.
class RowPageCache
{
public:
    explicit RowPageCache(int capacity)
        : m_capacity(capacity)
    {}

    const QList<ListingRow>* find(int page); // marks the page as recently used
    const QList<ListingRow>* peek(int page) const;
    void insert(int page, QList<ListingRow> rows);
    void clear();
    int size() const { return int(m_pages.size()); }
    int capacity() const { return m_capacity; }
    bool contains(int page) const { return m_pages.contains(page); }

private:
    struct Entry
    {
        QList<ListingRow> rows;
        quint64 lastUse = 0;
    };
    void evict();

    int m_capacity;
    quint64 m_clock = 0;
    QHash<int, Entry> m_pages;
};
