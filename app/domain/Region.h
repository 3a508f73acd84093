#pragma once

#include "Language.h"

#include <QString>

// One of the 17 regions and 3 cities of republican significance, keyed by its two-digit KATO code.
struct Region
{
    QString code; // KATO, e.g. "71" for Astana
    QString nameKk;
    QString nameRu;
    QString nameEn;
    int population = 0;     // official estimate used to share quotas
    int populationYear = 0; // the year that estimate is for

    QString name(Language language) const { return Languages::pick(language, nameKk, nameRu, nameEn); }
};
