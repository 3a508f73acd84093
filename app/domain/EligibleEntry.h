#pragma once

#include "Language.h"

#include <QString>

#include <optional>

// The two editable lists an application for treatment abroad is checked against.
enum class EligibleList { Diseases, Categories };

// An entry of one of those lists: a disease for which citizens are sent abroad, or a category of citizens
// who are. Entries shipped with Joldama are a starter list until a clerk checks them against the Ministry of
// Health's current order and saves them.
struct EligibleEntry
{
    QString code;
    QString nameKk;
    QString nameRu;
    QString nameEn;
    QString icd10; // diseases: the ICD-10 codes covered, a hint for the clerk
    bool active = true;
    bool starter = false;
    // Categories: the ages in full years the category covers (none: no bound), e.g. children 0 to 17.
    std::optional<int> minAge;
    std::optional<int> maxAge;

    bool coversAge(int years) const { return (!minAge || years >= *minAge) && (!maxAge || years <= *maxAge); }

    QString name(Language language) const { return Languages::pick(language, nameKk, nameRu, nameEn); }
};
