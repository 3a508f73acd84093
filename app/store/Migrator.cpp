#include "Migrator.h"

#include "ChangeTracking.h"
#include "Query.h"
#include "SqlScript.h"
#include "WriteTransaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

Migrator::Migrator(Database& database, QList<Migration> migrations)
    : m_database(database)
    , m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
}

QList<Migrator::Migration> Migrator::builtIn()
{
    return fromFolder(QStringLiteral(":/migrations"));
}

QList<Migrator::Migration> Migrator::fromFolder(const QString& folder)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_([A-Za-z0-9_]+)\\.sql$"));
    QList<Migration> migrations;
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QRegularExpressionMatch match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        QFile f(QDir(folder).filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        migrations.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
    }
    return migrations;
}

void Migrator::ensureVersionTable()
{
    WriteTransaction transaction(m_database);
    lockSchema();
    m_database.execute(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                      "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"));
    transaction.commit();
}

void Migrator::lockSchema()
{
    if (const QString lock = m_database.dialect().lockSchema(); !lock.isEmpty())
        m_database.execute(lock);
}

int Migrator::currentVersion() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT max(version) FROM schema_version")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool Migrator::isApplied(int version) const
{
    return Query(m_database, QStringLiteral("SELECT count(*) FROM schema_version WHERE version = ?"))
               .bind(version)
               .scalar()
               .toInt() > 0;
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

void Migrator::migrate()
{
    const QStringList tables = m_database.connection().tables();
    if (!tables.isEmpty() && !tables.contains(QStringLiteral("schema_version")))
        throw OperationError(OperationError::Kind::Storage,
                             tr("%1 is a database of another program, not of Joldama. Nothing was changed. Choose "
                                "another file.")
                                 .arg(m_database.location().describe()));
    // A database SQLite may not write (a read-only file, folder or medium) is read as it is: nothing is created.
    const bool readOnly = m_database.isReadOnly();
    if (!readOnly)
        ensureVersionTable();
    const int current = currentVersion();
    if (current > latestVersion())
        throw OperationError(OperationError::Kind::NewerDatabase,
                             tr("The database %1 was written by a newer Joldama (schema version %2; this program "
                                "knows up to %3). Nothing was changed. Install the newer Joldama, or open another "
                                "database.")
                                 .arg(m_database.location().describe())
                                 .arg(current)
                                 .arg(latestVersion()));
    if (readOnly) {
        bool pending = !tables.contains(QStringLiteral("schema_version"));
        for (const Migration& migration : std::as_const(m_migrations))
            pending = pending || !isApplied(migration.version);
        if (pending)
            throw OperationError(OperationError::Kind::Storage,
                                 tr("The database %1 is read-only for you and was written by an older Joldama: it "
                                    "must be updated before this program can show it, and that needs write access. "
                                    "Ask the administrator for write access, or open a copy you may write.")
                                     .arg(m_database.location().describe()));
        m_database.setTracksChanges(tables.contains(QStringLiteral("change_context")));
        return;
    }
    // Every migration not yet applied, not only those above the highest: branches developed side by side
    // number theirs apart (009, 010), and a database that got 010 first must still get 009 when it arrives.
    for (const Migration& migration : std::as_const(m_migrations)) {
        if (!isApplied(migration.version))
            apply(migration);
    }
    // Changes are recorded by triggers generated from the tables' columns: after any migration they are
    // brought up to date with the schema (nothing is done when they already are).
    m_database.setTracksChanges(m_database.connection().tables().contains(QStringLiteral("change_context")));
    ChangeTracking(m_database).install();
}

void Migrator::apply(const Migration& migration)
{
    WriteTransaction transaction(m_database);
    lockSchema();
    // Another workstation may have upgraded the file while this one waited for the lock.
    if (isApplied(migration.version))
        return;
    const QStringList statements = SqlScript::split(m_database.dialect().expandMigration(migration.sql));
    for (const QString& statement : statements) {
        QSqlQuery query(m_database.connection());
        if (!query.exec(statement)) {
            const OperationError cause = m_database.failure(query.lastError(), tr("upgrading the database"));
            throw OperationError(cause.kind() == OperationError::Kind::Busy ? cause.kind()
                                                                            : OperationError::Kind::Storage,
                                 tr("Upgrading the database to version %1 (%2) failed; the database was left as it "
                                    "was. %3")
                                     .arg(migration.version)
                                     .arg(migration.name, cause.message()));
        }
    }
    Query(m_database, QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)"))
        .bind(migration.version)
        .bind(migration.name)
        .bind(transaction.now())
        .exec();
    transaction.commit();
}
