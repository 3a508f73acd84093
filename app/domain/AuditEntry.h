#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// One entry of the audit log: who did what, when, on which workstation, to whose record. Changes themselves
// are in change_log (old → new for every field); an entry of action "change" seals the change_log rows
// changeFrom…changeTo written by one transaction with their digest, so a change cannot be edited or removed
// without the chain saying so.
struct AuditEntry
{
    qint64 seq = 0; // 1, 2, 3 … without gaps
    QString at;     // UTC, ISO 8601 with milliseconds
    QString login;  // the account; empty for the workstation's own upkeep before anyone signs in
    QString role;   // the account's role code at the time
    QString workstation;
    QString action;        // AuditActions
    QString outcome;       // "ok", "refused" or "failed"
    QString patientIin;    // whose record, when it concerns one patient
    QString objectType;    // patient, referral, queue, list, file, account, session …
    QString objectId;      // an IIN, a referral code, a file name, a login …
    QString details;       // compact JSON: a search's criteria, a printout's kind, a refusal's reason …
    qint64 changeFrom = 0; // change_log ids sealed by this entry (an empty range when changeFrom > changeTo)
    qint64 changeTo = 0;   // the highest change_log id sealed so far
    QString changeDigest;  // SHA-256 (hex) of the sealed change_log rows; empty when none
    QString mac;           // HMAC-SHA256 (hex) of the previous entry's mac and this entry
};

// The actions entries record. The codes are stored and printed by `audit list --json`: extend, never rename.
class AuditActions
{
    Q_DECLARE_TR_FUNCTIONS(AuditActions)

public:
    static inline const QString Start = QStringLiteral("audit_start"); // the first entry: the chain begins
    static inline const QString SignIn = QStringLiteral("login");
    static inline const QString SignInFailed = QStringLiteral("login_failed");
    static inline const QString SignOut = QStringLiteral("logout");
    static inline const QString AccountLocked = QStringLiteral("account_locked");
    static inline const QString SessionLocked = QStringLiteral("session_locked");
    static inline const QString SessionUnlocked = QStringLiteral("session_unlocked");
    static inline const QString View = QStringLiteral("view");
    static inline const QString Search = QStringLiteral("search");
    static inline const QString Print = QStringLiteral("print");
    static inline const QString Export = QStringLiteral("export");
    static inline const QString Change = QStringLiteral("change");
    static inline const QString Refused = QStringLiteral("refused");
    static inline const QString AccountAdded = QStringLiteral("account_added");
    static inline const QString RoleChanged = QStringLiteral("role_changed");
    static inline const QString AccountRenamed = QStringLiteral("account_renamed");
    static inline const QString AccountDisabled = QStringLiteral("account_disabled");
    static inline const QString AccountEnabled = QStringLiteral("account_enabled");
    static inline const QString AccountUnlocked = QStringLiteral("account_unlocked");
    static inline const QString PasswordReset = QStringLiteral("password_reset");
    static inline const QString PasswordChanged = QStringLiteral("password_changed");
    static inline const QString Anchor = QStringLiteral("anchor");
    static inline const QString Backup = QStringLiteral("backup");
    static inline const QString Restore = QStringLiteral("restore");

    // The action in words, in the interface language (the audit viewer).
    static QString label(const QString& action);
    // The English source of the label (context "AuditActions"), for a printout in another language; null for an
    // unknown code.
    static const char* labelSource(const QString& action);
    static QStringList all();
};
