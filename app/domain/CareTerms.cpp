#include "CareTerms.h"

QString CareTerms::fundingLabel(const QString& code)
{
    if (code == QLatin1String("gobmp"))
        return tr("Free care package (GOBMP)");
    if (code == QLatin1String("osms"))
        return tr("Compulsory health insurance (OSMS)");
    if (code == QLatin1String("htmc"))
        return tr("High-tech care quota (HTMC)");
    if (code == QLatin1String("paid"))
        return tr("Paid by the patient");
    return code;
}

QString CareTerms::purposeLabel(const QString& code)
{
    if (code == QLatin1String("surgical"))
        return tr("Surgical treatment");
    if (code == QLatin1String("conservative"))
        return tr("Conservative treatment");
    if (code == QLatin1String("diagnostics"))
        return tr("Diagnostics");
    if (code == QLatin1String("rehabilitation"))
        return tr("Rehabilitation");
    return code;
}

QString CareTerms::careFormLabel(const QString& code)
{
    if (code == QLatin1String("round_the_clock"))
        return tr("Round-the-clock hospital");
    if (code == QLatin1String("day"))
        return tr("Day hospital");
    return code;
}

QString CareTerms::territoryLabel(const QString& code)
{
    if (code == QLatin1String("city"))
        return tr("City");
    if (code == QLatin1String("village"))
        return tr("Village");
    return code;
}

QString CareTerms::emergencySourceLabel(const QString& code)
{
    if (code == QLatin1String("ambulance"))
        return tr("Brought by ambulance");
    if (code == QLatin1String("self"))
        return tr("Came on their own");
    if (code == QLatin1String("transfer"))
        return tr("Transferred from another hospital");
    return code;
}

QString CareTerms::sexLabel(const QString& code)
{
    if (code == QLatin1String("male"))
        return tr("Male");
    if (code == QLatin1String("female"))
        return tr("Female");
    return code;
}

QString CareTerms::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}
