#pragma once

#include "Language.h"

#include <QString>

// A bed profile (профиль койки / төсек бейіні): the kind of bed a referral waits for.
struct BedProfile
{
    enum class AgeGroup { Adult, Child, Any };
    enum class CareForm { RoundTheClock, Day };

    QString code; // 2 or 3 characters, as in the referral code (e.g. "CAR", "DH")
    QString nameKk;
    QString nameRu;
    QString nameEn;
    AgeGroup ageGroup = AgeGroup::Adult;
    CareForm careForm = CareForm::RoundTheClock;
    bool active = true;

    QString name(Language language) const { return Languages::pick(language, nameKk, nameRu, nameEn); }

    static QString ageGroupCode(AgeGroup group);
    static AgeGroup ageGroupFromCode(const QString& code);
    static QString careFormCode(CareForm form);
    static CareForm careFormFromCode(const QString& code);
};
