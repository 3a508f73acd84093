#pragma once

#include <QByteArray>
#include <QString>

// Passwords are kept only as argon2id hashes (libsodium crypto_pwhash_str: the PHC string
// "$argon2id$v=19$m=…,t=…,p=1$salt$hash", which carries its own parameters). The cost can be raised later:
// a sign-in with a hash made at another cost stores a new one (needsRehash).
namespace PasswordHash {

struct Cost
{
    unsigned long long iterations = 3;          // t
    unsigned long long memoryBytes = 64u << 20; // m: 64 MiB, about 0.25 s on a bureau's PC (measured)

    QString text() const; // "t=3,m=65536" (memory in KiB)
    // Reads "t=N,m=KiB"; false when it is not that or below libsodium's minimum.
    static bool fromText(const QString& text, Cost* cost);
};

// The recommended cost (t=3, m=64 MiB), unless the environment variable JOLDAMA_PASSWORD_COST ("t=1,m=8")
// lowers or raises it — for test suites, which would otherwise spend a quarter of a second on every account.
Cost configuredCost();

// The PHC string for the password. The password bytes are wiped from memory afterwards.
QString hash(const QString& password, const Cost& cost);
// Constant-time check of a password against a stored string.
bool verify(const QString& stored, const QString& password);
// Whether the stored string was made at another cost (or another algorithm) than `cost`.
bool needsRehash(const QString& stored, const Cost& cost);
// Spends the time a verification takes, for a login that does not exist: the answer must not tell
// whether an account exists by how fast it comes.
void spendVerifyTime(const QString& password);

} // namespace PasswordHash
