#include "DocumentBundle.h"

#include <algorithm>

void DocumentBundle::add(std::unique_ptr<PagedDocument> part)
{
    m_parts.push_back(std::move(part));
}

std::unique_ptr<PagedDocument> DocumentBundle::takeFirst()
{
    if (m_parts.empty())
        return nullptr;
    std::unique_ptr<PagedDocument> first = std::move(m_parts.front());
    m_parts.erase(m_parts.begin());
    return first;
}

QString DocumentBundle::title() const
{
    if (m_parts.empty())
        return {};
    if (m_parts.size() == 1)
        return m_parts.front()->title();
    return QStringLiteral("%1 (+%2)").arg(m_parts.front()->title()).arg(m_parts.size() - 1);
}

int DocumentBundle::layOut(const QSizeF& area)
{
    m_firstPage.clear();
    int pages = 0;
    for (const std::unique_ptr<PagedDocument>& part : m_parts) {
        m_firstPage.push_back(pages);
        pages += std::max(1, layOutPart(*part, area));
    }
    return std::max(1, pages);
}

void DocumentBundle::drawPage(QPainter& painter, int page) const
{
    for (size_t i = m_parts.size(); i-- > 0;) {
        if (page >= m_firstPage.at(i)) {
            drawPart(*m_parts.at(i), painter, page - m_firstPage.at(i));
            return;
        }
    }
}
