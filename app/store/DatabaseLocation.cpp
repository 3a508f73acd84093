#include "DatabaseLocation.h"

#include <QDir>
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
