#pragma once

#include "SqlDialect.h"

#include <QString>

// Where the data lives: an SQLite file (the default, one workstation) or a PostgreSQL server shared by
// a bureau's workstations ("postgresql://user@host:port/dbname").
struct DatabaseLocation
{
    SqlDialect::Kind kind = SqlDialect::Kind::Sqlite;
    QString path; // SQLite file
    QString host;
    int port = 5432;
    QString databaseName;
    QString user;
    QString password;
    // libpq connection options from the address's query (sslmode=…, sslrootcert=…), as key=value;… for QPSQL.
    QString options;
    // Open for viewing only, as SQLite opens a file it may not write (an archive copy, a colleague's file):
    // the same read-only connection a read-only file, folder or medium gives (Database::isReadOnly).
    bool readOnly = false;

    static DatabaseLocation sqliteFile(const QString& path);
    // A path, or a postgresql:// URL.
    static DatabaseLocation fromArgument(const QString& argument);
    // The file in the user's data folder that Joldama uses when no --db is given.
    static QString defaultSqlitePath();

    // For the status bar and messages: the file path, or user@host:port/db (never the password).
    QString describe() const;
    // The address to remember and offer again (File → Open database…'s recent servers): the file's absolute
    // path, or postgresql://user@host:port/db?sslmode=… — never the password, which is asked at connect.
    QString address() const;

    // One libpq option of a server's address (sslmode, sslrootcert …), empty when not given; setting an empty
    // value removes it.
    QString option(const QString& key) const;
    void setOption(const QString& key, const QString& value);
};
