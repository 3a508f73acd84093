#include "SettingStore.h"

#include "Query.h"

QString SettingStore::value(const QString& key, const QString& fallback) const
{
    Query q(m_database, QStringLiteral("SELECT value FROM app_setting WHERE key = ?"));
    const QVariant v = q.bind(key).scalar();
    return v.isValid() ? v.toString() : fallback;
}

void SettingStore::setValue(const QString& key, const QString& value) const
{
    Query(m_database, QStringLiteral("INSERT INTO app_setting (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"))
        .bind(key)
        .bind(value)
        .exec();
}
