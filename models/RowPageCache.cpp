#include "RowPageCache.h"

const QList<ListingRow>* RowPageCache::find(int page)
{
    auto it = m_pages.find(page);
    if (it == m_pages.end())
        return nullptr;
    it->lastUse = ++m_clock;
    return &it->rows;
}

const QList<ListingRow>* RowPageCache::peek(int page) const
{
    const auto it = m_pages.constFind(page);
    return it == m_pages.constEnd() ? nullptr : &it->rows;
}

void RowPageCache::insert(int page, QList<ListingRow> rows)
{
    m_pages.insert(page, Entry{std::move(rows), ++m_clock});
    evict();
}

void RowPageCache::clear()
{
    m_pages.clear();
}

void RowPageCache::evict()
{
    while (m_pages.size() > m_capacity) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
}
