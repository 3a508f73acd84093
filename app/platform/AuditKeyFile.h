#pragma once

#include "domain/AuditChain.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

// Where the audit key lives: outside the database, so that someone who can only write the database (a copied
// file, a server role) cannot recompute the chain. The joldama window and joldama-cli look in the same place:
//
//   1. the file named by the environment variable JOLDAMA_AUDIT_KEY_FILE, when set (an administrator's choice,
//      e.g. a key file shared by every workstation of a bureau on a shared server);
//   2. otherwise <configuration folder>/audit-keys/<database audit id>.key — on Linux
//      ~/.config/Joldama/joldama/audit-keys/, on Windows %LOCALAPPDATA%\Joldama\joldama\audit-keys\.
//
// The key is made when the first account is created, readable by its owner alone (0600, in a 0700 folder). A
// second workstation of the same database needs a copy of it (keep the copy as private); without it nobody
// can sign in there, since every sign-in is an entry of the chain.
class AuditKeyFile
{
    Q_DECLARE_TR_FUNCTIONS(AuditKeyFile)

public:
    static QString path(const QString& databaseId);
    // Null when there is no file; throws OperationError when it exists but cannot be read or is not a key.
    static std::unique_ptr<AuditKey> load(const QString& path);
    // Writes a new key file, private to the user; throws OperationError when it cannot (or already exists).
    static void create(const QString& path, const AuditKey& key);
};
