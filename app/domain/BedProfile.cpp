#include "BedProfile.h"

QString BedProfile::ageGroupCode(AgeGroup group)
{
    switch (group) {
    case AgeGroup::Adult:
        return QStringLiteral("adult");
    case AgeGroup::Child:
        return QStringLiteral("child");
    case AgeGroup::Any:
        break;
    }
    return QStringLiteral("any");
}

BedProfile::AgeGroup BedProfile::ageGroupFromCode(const QString& code)
{
    if (code == QLatin1String("adult"))
        return AgeGroup::Adult;
    if (code == QLatin1String("child"))
        return AgeGroup::Child;
    return AgeGroup::Any;
}

QString BedProfile::careFormCode(CareForm form)
{
    return form == CareForm::Day ? QStringLiteral("day") : QStringLiteral("round_the_clock");
}

BedProfile::CareForm BedProfile::careFormFromCode(const QString& code)
{
    return code == QLatin1String("day") ? CareForm::Day : CareForm::RoundTheClock;
}
