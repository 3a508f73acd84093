#pragma once

#include <QString>

class QPainter;
class QRectF;

// The running head and foot of every printed page. Head: the bureau on the left (name, then its region
// and telephone), the moment of printing on the right, a heavy rule. Foot: a thin rule, the document's
// name on the left, "Page X of Y" on the right. Texts arrive already in the printout's language.
struct PageFrame
{
    QString bureau;       // "Bureau of Hospitalization"
    QString bureauDetail; // "Astana city · 8 (7172) 557-290"; may be empty
    QString printedAt;    // "Printed 16.11.2026 10:00"
    QString footer;       // the document's name
    QString pageOf;       // "Page %1 of %2"

    double headHeight() const; // including the space under the rule
    double footHeight() const; // including the space above the rule
    void paintHead(QPainter& painter, double width) const;
    void paintFoot(QPainter& painter, const QRectF& area, int page, int pageCount) const;
};
