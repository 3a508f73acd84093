-- Joldama schema, version 20: running a bureau for years — backups made, problem reports, usage counters.
-- Numbers 020–024 belong to the operations work, so branches developed side by side never collide.

-- Every backup Joldama made of this database and verified (or failed to): the status bar shows the last good
-- one and warns when it grows old. A local record of this database's care, not a travelling one.
CREATE TABLE backup_log (
    id {{ID}},
    made_at TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('manual', 'automatic', 'safety', 'restored')),
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL DEFAULT '',
    size_bytes BIGINT NOT NULL DEFAULT 0,
    schema_version INTEGER NOT NULL DEFAULT 0,
    workstation TEXT NOT NULL,
    verified INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX backup_log_made ON backup_log (verified, made_at);

-- A clerk's report of a problem, with what the program knew at that moment (its version, the kind of
-- database, the last error messages and the tail of its log, which hold no personal data). It travels to the
-- bureau like any other record: a global uid, a row version, an update time, marked deleted, never erased.
CREATE TABLE problem_report (
    id {{ID}},
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    workstation TEXT NOT NULL,
    reported_by TEXT NOT NULL,
    description TEXT NOT NULL,
    app_version TEXT NOT NULL,
    database_kind TEXT NOT NULL,
    schema_version INTEGER NOT NULL DEFAULT 0,
    system TEXT NOT NULL DEFAULT '',
    recent_errors TEXT NOT NULL DEFAULT '',
    application_log TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'received', 'answered', 'closed')),
    answer TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX problem_report_created ON problem_report (created_at);

-- Lookups answered ("where am I in the queue?"), a running tally per local day and workstation: the counters
-- read a few rows, never a log of lookups, and two workstations counting at once touch different rows.
CREATE TABLE usage_day (
    day TEXT NOT NULL,
    workstation TEXT NOT NULL,
    lookups BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (day, workstation)
);

-- One row per workstation with Joldama's window open on this database, refreshed every minute: those seen in
-- the last few minutes are online. A window that closes says so at once.
CREATE TABLE workstation_presence (
    workstation TEXT PRIMARY KEY,
    user_name TEXT NOT NULL,
    app_version TEXT NOT NULL,
    started_at TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    closed_at TEXT
);
