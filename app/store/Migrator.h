#pragma once

#include "Database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Brings a database to the schema this Joldama understands. Migrations are numbered SQL files embedded
// as resources (:/migrations/NNN_name.sql). Each one runs in its own transaction together with the row
// recording the version it reaches, so a failed step leaves the database exactly as it was, and a crash
// between steps leaves a consistent, older version that the next start continues from.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString sql; // with dialect placeholders, see SqlDialect::expandMigration
    };

    explicit Migrator(Database& database, QList<Migration> migrations = builtIn());

    // The migrations shipped in the resources, in order.
    static QList<Migration> builtIn();
    // Reads NNN_name.sql files from a folder (tests, and a resource folder for builtIn()).
    static QList<Migration> fromFolder(const QString& folder);

    int currentVersion() const; // 0 for an empty database
    int latestVersion() const;
    // Applies every pending migration. Throws OperationError(NewerDatabase) for a database written by a
    // newer Joldama, and OperationError(Storage) naming the migration that failed.
    void migrate();

private:
    void ensureVersionTable();
    void lockSchema();
    bool isApplied(int version) const;
    void apply(const Migration& migration);

    Database& m_database;
    QList<Migration> m_migrations;
};
