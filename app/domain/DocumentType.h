#pragma once

#include "Language.h"

#include <QString>

// A document the patient brings to the hospital, and how many days it stays valid after it was issued
// (0: it does not expire). The list is the bureau's to edit.
struct DocumentType
{
    QString code;
    QString nameKk;
    QString nameRu;
    QString nameEn;
    int validityDays = 0;
    bool required = true;
    bool active = true;

    QString name(Language language) const { return Languages::pick(language, nameKk, nameRu, nameEn); }
    bool expires() const { return validityDays > 0; }
};
