#include "DatabaseLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

DatabaseLocation DatabaseLocation::sqliteFile(const QString& path)
{
    DatabaseLocation location;
    location.kind = SqlDialect::Kind::Sqlite;
    location.path = path;
    return location;
}

DatabaseLocation DatabaseLocation::fromArgument(const QString& argument)
{
    if (argument.startsWith(QLatin1String("postgresql://")) || argument.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(argument);
        DatabaseLocation location;
        location.kind = SqlDialect::Kind::Postgres;
        location.host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
        location.port = url.port(5432);
        location.databaseName = url.path().mid(1);
        location.user = url.userName();
        location.password = url.password();
        // The TLS settings a bureau's server may ask for; anything else in the query is not libpq's to read.
        const QUrlQuery query(url);
        QStringList options;
        for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
            static const QStringList passed{QStringLiteral("sslmode"), QStringLiteral("sslrootcert"),
                                            QStringLiteral("sslcert"), QStringLiteral("sslkey"),
                                            QStringLiteral("sslcrl")};
            if (passed.contains(key))
                options << key + QLatin1Char('=') + value;
        }
        location.options = options.join(QLatin1Char(';'));
        return location;
    }
    return sqliteFile(argument);
}

QString DatabaseLocation::defaultSqlitePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("joldama.sqlite"));
}

QString DatabaseLocation::describe() const
{
    if (kind == SqlDialect::Kind::Sqlite)
        return QDir::toNativeSeparators(path);
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(databaseName);
}

QString DatabaseLocation::address() const
{
    if (kind == SqlDialect::Kind::Sqlite)
        return QFileInfo(path).absoluteFilePath();
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + databaseName);
    QUrlQuery query;
    for (const QString& pair : options.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals > 0)
            query.addQueryItem(pair.left(equals), pair.mid(equals + 1));
    }
    url.setQuery(query);
    return url.toString();
}

QString DatabaseLocation::option(const QString& key) const
{
    for (const QString& pair : options.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (pair.startsWith(key + QLatin1Char('=')))
            return pair.mid(key.size() + 1);
    }
    return {};
}

void DatabaseLocation::setOption(const QString& key, const QString& value)
{
    QStringList kept;
    for (const QString& pair : options.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (!pair.startsWith(key + QLatin1Char('=')))
            kept << pair;
    }
    if (!value.isEmpty())
        kept << key + QLatin1Char('=') + value;
    options = kept.join(QLatin1Char(';'));
}
