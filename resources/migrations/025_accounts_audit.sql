-- Joldama schema, version 25: accounts, roles and the audit log.
-- A database without accounts works as before, at a single desk. The first account must be an
-- administrator; from then on every command and the window need a sign-in, and the audit log is kept.

-- Who may sign in. Passwords are kept only as argon2id hashes (the PHC string, which carries its own
-- parameters). Wrong passwords in a row slow the account down (locked_until) and then lock it until an
-- administrator unlocks it (failed_logins reaching the hard limit). Accounts are disabled, never deleted:
-- the audit log names them for ten years and more.
CREATE TABLE account (
    id {{ID}},
    uid TEXT NOT NULL UNIQUE,
    login {{KEY}} NOT NULL UNIQUE,
    display_name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (role IN ('clerk', 'senior', 'admin', 'auditor')),
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    last_login_at TEXT,
    password_changed_at TEXT NOT NULL
);

-- The audit log: every sign-in and failure, lock, view of a patient's or a referral's card, search, printout
-- and export with personal data, and a seal over the change_log rows of every transaction (the changes
-- themselves, old → new, stay in change_log). Each entry is chained to the previous one by an HMAC whose key
-- is kept outside the database (see AuditStore): seq runs 1, 2, 3 … without gaps, and an entry is never
-- updated or deleted (triggers refuse it; on a shared server the application's role may only insert).
CREATE TABLE audit_log (
    seq {{ID}},
    at TEXT NOT NULL,
    login TEXT NOT NULL,
    role TEXT NOT NULL,
    workstation TEXT NOT NULL,
    action TEXT NOT NULL,
    outcome TEXT NOT NULL,
    patient_iin TEXT NOT NULL DEFAULT '',
    object_type TEXT NOT NULL DEFAULT '',
    object_id TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL DEFAULT '{}',
    change_from BIGINT NOT NULL DEFAULT 0,
    change_to BIGINT NOT NULL DEFAULT 0,
    change_digest TEXT NOT NULL DEFAULT '',
    mac TEXT NOT NULL
);
-- What an auditor asks: one person's record, one account's actions, a period, and which entry sealed a change.
CREATE INDEX audit_log_patient ON audit_log (patient_iin, seq) WHERE patient_iin <> '';
CREATE INDEX audit_log_login ON audit_log (login, seq);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_change ON audit_log (change_to);
