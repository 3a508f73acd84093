#include "PrintSetup.h"

QPageLayout PrintSetup::pageLayout() const
{
    const double margin = std::clamp(marginMm, minimumMarginMm, maximumMarginMm);
    return QPageLayout(QPageSize(pageSize), orientation, QMarginsF(margin, margin, margin, margin),
                       QPageLayout::Millimeter);
}

double PrintSetup::defaultMargin(QPageSize::PageSizeId pageSize)
{
    return pageSize == QPageSize::A5 ? 10.0 : 15.0;
}
