#include "ReferenceNames.h"

#include "services/ReferenceDataService.h"

ReferenceNames::ReferenceNames(ReferenceDataService& referenceData, QObject* parent)
    : QObject(parent)
    , m_referenceData(referenceData)
{
    reload();
}

void ReferenceNames::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    emit languageChanged();
}

void ReferenceNames::reload()
{
    m_regions.clear();
    m_profiles.clear();
    m_regionCodes.clear();
    m_profileCodes.clear();
    for (const Region& r : m_referenceData.regions()) {
        m_regions.insert(r.code, {r.nameKk, r.nameRu, r.nameEn});
        m_regionCodes << r.code;
    }
    for (const BedProfile& p : m_referenceData.profiles()) {
        m_profiles.insert(p.code, {p.nameKk, p.nameRu, p.nameEn});
        m_profileCodes << p.code;
    }
    emit namesChanged();
}

namespace {
QString pickName(const QHash<QString, QStringList>& names, const QString& code, Language language)
{
    const auto it = names.constFind(code);
    if (it == names.constEnd())
        return code;
    return Languages::pick(language, it->value(0), it->value(1), it->value(2));
}
} // namespace

QString ReferenceNames::regionName(const QString& code) const
{
    return pickName(m_regions, code, m_language);
}

QString ReferenceNames::profileName(const QString& code) const
{
    return pickName(m_profiles, code, m_language);
}
