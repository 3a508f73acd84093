#pragma once

#include "Role.h"

#include <QString>

// A person who may sign in. The password is never here in clear: only its argon2id hash.
struct Account
{
    qint64 id = 0;
    QString uid;
    QString login;
    QString displayName;
    Role role = Role::Clerk;
    QString passwordHash;
    bool active = true;
    int failedLogins = 0; // wrong passwords in a row
    QString lockedUntil;  // stamp before which no password is checked (growing delays); empty: none
    QString createdAt;
    QString lastLoginAt;
    QString passwordChangedAt;
};
