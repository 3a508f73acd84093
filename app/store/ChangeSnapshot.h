#pragma once

#include "Database.h"

// A read of the whole database at one moment, for making an exchange package: every change numbered up to the
// change log's last entry is visible and none commits later under a lower number (SqlDialect::
// beginChangeSnapshot). Ends when it goes out of scope; it writes nothing.
class ChangeSnapshot
{
public:
    explicit ChangeSnapshot(Database& database);
    ~ChangeSnapshot();
    ChangeSnapshot(const ChangeSnapshot&) = delete;
    ChangeSnapshot& operator=(const ChangeSnapshot&) = delete;

private:
    Database& m_database;
};
