#include "BureauService.h"

#include "Authorization.h"
#include "store/RegionStore.h"
#include "store/SettingStore.h"
#include "store/WriteTransaction.h"

namespace {
const QString nameKey = QStringLiteral("bureau.name");
const QString regionKey = QStringLiteral("bureau.region");
} // namespace

BureauService::BureauService(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

BureauService::Info BureauService::info() const
{
    const SettingStore settings(m_database);
    return {settings.value(nameKey), settings.value(regionKey)};
}

void BureauService::setInfo(const Info& info)
{
    Authorization::require(m_database, Permission::ManageSettings, m_clock);
    const QString name = info.name.simplified();
    if (name.size() > maxNameLength)
        throw OperationError(OperationError::Kind::Invalid,
                             tr("The bureau's name is at most %1 characters.").arg(maxNameLength),
                             QStringLiteral("name"));
    QString region;
    if (!info.regionCode.trimmed().isEmpty()) {
        const RegionStore regions(m_database);
        region = regions.resolve(info.regionCode);
        if (region.isEmpty() || !regions.find(region))
            throw OperationError(OperationError::Kind::Invalid,
                                 tr("\"%1\" is not a region. Give its two-digit KATO code, for example 71 for Astana.")
                                     .arg(info.regionCode),
                                 QStringLiteral("region"));
    }
    WriteTransaction transaction(m_database, m_clock);
    const SettingStore settings(m_database);
    settings.setValue(nameKey, name);
    settings.setValue(regionKey, region);
    transaction.commit();
}
