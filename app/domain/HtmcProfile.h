#pragma once

#include "Language.h"

#include <QString>

// A profile of high-tech medical care (ЖТМҚ / ВТМУ) that quotas are planned for, e.g. "CSU" cardiac
// surgery. A list of its own, separate from bed profiles, edited by the bureau.
struct HtmcProfile
{
    QString code; // 2 to 8 Latin letters or digits, upper case
    QString nameKk;
    QString nameRu;
    QString nameEn;
    bool active = true;

    QString name(Language language) const { return Languages::pick(language, nameKk, nameRu, nameEn); }
};
