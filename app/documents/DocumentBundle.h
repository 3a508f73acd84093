#pragma once

#include "PagedDocument.h"

#include <memory>
#include <vector>

// Several printouts one after another as one document: many referral tickets in one PDF or one print job.
// Each part starts on a page of its own and keeps its own layout and page numbers.
class DocumentBundle : public PagedDocument
{
public:
    void add(std::unique_ptr<PagedDocument> part);
    std::unique_ptr<PagedDocument> takeFirst();
    qsizetype size() const { return qsizetype(m_parts.size()); }

    // The first part's title, and how many parts there are.
    QString title() const override;

protected:
    int layOut(const QSizeF& area) override;
    void drawPage(QPainter& painter, int page) const override;

private:
    std::vector<std::unique_ptr<PagedDocument>> m_parts;
    std::vector<int> m_firstPage; // of every part, after layOut
};
