#pragma once

#include "domain/Language.h"

#include <QPageLayout>
#include <QPageSize>

// How a printout goes on paper: A4 or A5, portrait or landscape, the margins, and the language it is
// printed in. The window remembers the clerk's choice per kind of printout; the command line takes it
// from its options.
struct PrintSetup
{
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    double marginMm = 15.0;
    Language language = Language::Russian;

    QPageLayout pageLayout() const;
    // Margins that suit the paper: 15 mm on A4, 10 mm on A5.
    static double defaultMargin(QPageSize::PageSizeId pageSize);
    static constexpr double minimumMarginMm = 5.0;
    static constexpr double maximumMarginMm = 30.0;
};
