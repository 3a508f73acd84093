#pragma once

#include "Language.h"

#include <QString>

// A reason a hospital gives for refusing a planned patient, from the bureau's editable list.
struct RefusalReason
{
    QString code;
    QString nameKk;
    QString nameRu;
    QString nameEn;
    bool active = true;

    QString name(Language language) const { return Languages::pick(language, nameKk, nameRu, nameEn); }
};
