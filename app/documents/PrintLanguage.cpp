#include "PrintLanguage.h"

#include <QTranslator>

PrintLanguage::PrintLanguage(Language language)
    : m_language(language)
    , m_translator(std::make_unique<QTranslator>())
{
    // The same catalogues the interface installs (ui/LanguageSwitcher); English carries plural forms only.
    if (!m_translator->load(QStringLiteral(":/i18n/joldama_%1.qm").arg(Languages::code(language))))
        m_translator.reset();
}

PrintLanguage::~PrintLanguage() = default;
PrintLanguage::PrintLanguage(PrintLanguage&&) noexcept = default;
PrintLanguage& PrintLanguage::operator=(PrintLanguage&&) noexcept = default;

QString PrintLanguage::translate(const char* context, const char* source) const
{
    if (m_translator) {
        const QString translated = m_translator->translate(context, source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

QString PrintLanguage::text(const char* source) const
{
    return translate("Printout", source);
}

// The sources below are CareTerms' and ReferralStatuses' own (same context, same English text).
QString PrintLanguage::fundingLabel(const QString& code) const
{
    if (code == QLatin1String("gobmp"))
        return translate("CareTerms", "Free care package (GOBMP)");
    if (code == QLatin1String("osms"))
        return translate("CareTerms", "Compulsory health insurance (OSMS)");
    if (code == QLatin1String("htmc"))
        return translate("CareTerms", "High-tech care quota (HTMC)");
    if (code == QLatin1String("paid"))
        return translate("CareTerms", "Paid by the patient");
    return code;
}

QString PrintLanguage::purposeLabel(const QString& code) const
{
    if (code == QLatin1String("surgical"))
        return translate("CareTerms", "Surgical treatment");
    if (code == QLatin1String("conservative"))
        return translate("CareTerms", "Conservative treatment");
    if (code == QLatin1String("diagnostics"))
        return translate("CareTerms", "Diagnostics");
    if (code == QLatin1String("rehabilitation"))
        return translate("CareTerms", "Rehabilitation");
    return code;
}

QString PrintLanguage::careFormLabel(const QString& code) const
{
    if (code == QLatin1String("round_the_clock"))
        return translate("CareTerms", "Round-the-clock hospital");
    if (code == QLatin1String("day"))
        return translate("CareTerms", "Day hospital");
    return code;
}

QString PrintLanguage::sexLabel(const QString& code) const
{
    if (code == QLatin1String("male"))
        return translate("CareTerms", "Male");
    if (code == QLatin1String("female"))
        return translate("CareTerms", "Female");
    return code;
}

QString PrintLanguage::yesNo(bool value) const
{
    return value ? translate("CareTerms", "Yes") : translate("CareTerms", "No");
}

QString PrintLanguage::statusLabel(ReferralStatus status) const
{
    switch (status) {
    case ReferralStatus::Registered:
        return translate("ReferralStatuses", "In the waiting list");
    case ReferralStatus::Scheduled:
        return translate("ReferralStatuses", "Date confirmed");
    case ReferralStatus::Hospitalized:
        return translate("ReferralStatuses", "Hospitalized");
    case ReferralStatus::Discharged:
        return translate("ReferralStatuses", "Discharged");
    case ReferralStatus::Refused:
        return translate("ReferralStatuses", "Refused by the hospital");
    case ReferralStatus::Cancelled:
        return translate("ReferralStatuses", "Cancelled");
    case ReferralStatus::NoShow:
        return translate("ReferralStatuses", "Did not come");
    case ReferralStatus::Transferred:
        return translate("ReferralStatuses", "Moved to another hospital");
    }
    return {};
}

QString PrintLanguage::statusLabelForCode(const QString& code) const
{
    ReferralStatus status;
    return ReferralStatuses::fromCode(code, &status) ? statusLabel(status) : code;
}

QString PrintLanguage::abroadStatusLabel(AbroadStatus status) const
{
    return translate("AbroadStatuses", AbroadStatuses::labelSource(status));
}
