-- Joldama schema, version 30: offline workstations and the bureau exchange their work in signed packages.
-- Numbers 030–034 belong to the exchange, so branches developed side by side never collide.
--
-- The change log (version 10) is the outbox: a workstation's package holds its change entries the bureau has
-- not yet acknowledged, the bureau's answer its entries the workstation has not. These tables hold who is who,
-- what arrived from whom (so a package applied twice changes nothing more), and what could not simply be
-- applied: conflicts kept for a clerk to review and changes parked until the record they belong to arrives.

-- Who this database is in the exchange: the bureau, which enrols workstations, or an enrolled workstation.
-- No row: a database that exchanges with nobody yet. Never more than one row.
CREATE TABLE exchange_identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    role TEXT NOT NULL CHECK (role IN ('bureau', 'workstation')),
    node_uid TEXT NOT NULL,                 -- this installation; a reinstalled workstation is a new one
    bureau_uid TEXT NOT NULL,               -- the bureau's own node uid (the same as node_uid at the bureau)
    bureau_name TEXT NOT NULL DEFAULT '',
    workstation_code INTEGER NOT NULL DEFAULT 0,  -- 0 at the bureau
    workstation_name TEXT NOT NULL DEFAULT '',
    region_code TEXT NOT NULL DEFAULT '',
    -- The part of every queue's number space this database gives referral codes from: N in [code_floor,
    -- code_ceiling). The bureau keeps the low part; enrolled workstation k the part from k × 36^5.
    code_floor BIGINT NOT NULL DEFAULT 1,
    code_ceiling BIGINT NOT NULL DEFAULT 0,
    joined_at TEXT NOT NULL
);

-- The other side: at the bureau every workstation it enrolled (codes are never reused: a retired one keeps its
-- row), at a workstation its bureau (code 0).
CREATE TABLE exchange_peer (
    workstation_code INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    region_code TEXT NOT NULL DEFAULT '',
    secret TEXT NOT NULL,                   -- hex; packages between the two are signed with it (HMAC-SHA256)
    enrolled_at TEXT NOT NULL,
    issues INTEGER NOT NULL DEFAULT 1,      -- enrolment files issued: more than one after a reinstall
    node_uid TEXT NOT NULL DEFAULT '',      -- the installation the peer's latest package came from
    -- This database's change entries the peer has applied, up to this one, and (bureau) the last of its answers
    -- the workstation has applied: both from the peer's packages.
    acked_seq BIGINT NOT NULL DEFAULT 0,
    acked_answer BIGINT NOT NULL DEFAULT 0,
    -- Bureau: the highest number in the peer's part of the referral codes seen so far, relative to its floor.
    code_high_water BIGINT NOT NULL DEFAULT 0,
    answers BIGINT NOT NULL DEFAULT 0,      -- bureau: answers made for the workstation so far
    last_in_at TEXT,
    last_in_package TEXT NOT NULL DEFAULT '',
    last_out_at TEXT,
    last_out_package TEXT NOT NULL DEFAULT '',
    retired INTEGER NOT NULL DEFAULT 0
);

-- How far the changes of each installation of a peer have been applied here. Entries are numbered per
-- database, so a reinstalled workstation (a new installation) starts a stream of its own. A workstation also
-- keeps the number of the bureau's last answer it applied: an older answer arriving late changes nothing.
CREATE TABLE exchange_stream (
    workstation_code INTEGER NOT NULL,
    node_uid TEXT NOT NULL,
    received_seq BIGINT NOT NULL DEFAULT 0,
    received_answer BIGINT NOT NULL DEFAULT 0,
    first_at TEXT NOT NULL,
    PRIMARY KEY (workstation_code, node_uid)
);

-- Every package applied, with what became of its changes: the record that makes a second import a no-op.
CREATE TABLE exchange_inbox (
    package_uid TEXT PRIMARY KEY,
    workstation_code INTEGER NOT NULL,
    node_uid TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('changes', 'answer')),
    created_at TEXT NOT NULL,               -- by the sender's clock: shown, never compared
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    file_name TEXT NOT NULL DEFAULT '',
    from_seq BIGINT NOT NULL,
    to_seq BIGINT NOT NULL,
    changes INTEGER NOT NULL DEFAULT 0,
    applied INTEGER NOT NULL DEFAULT 0,
    already_applied INTEGER NOT NULL DEFAULT 0,
    merged INTEGER NOT NULL DEFAULT 0,
    conflicts INTEGER NOT NULL DEFAULT 0,
    parked INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX exchange_inbox_peer ON exchange_inbox (workstation_code, imported_at);

-- Two changes of the same field that met, or a change that met a record the bureau had closed: the bureau's
-- value stays and both are kept here until a clerk has looked at them. Nothing is dropped silently.
CREATE TABLE exchange_conflict (
    id {{ID}},
    uid TEXT NOT NULL UNIQUE,
    entity TEXT NOT NULL,
    record_uid TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',         -- what the clerk knows the record by: a referral code, an IIN
    field TEXT NOT NULL DEFAULT '',         -- '' when the whole change was held back
    kind TEXT NOT NULL,                     -- same_field, closed, deleted, code_taken, event
    kept_value TEXT,                        -- JSON: the value that stays
    other_value TEXT,                       -- JSON: the value that did not
    base_version BIGINT NOT NULL DEFAULT 0,
    workstation_code INTEGER NOT NULL,
    package_uid TEXT NOT NULL DEFAULT '',
    origin_actor TEXT NOT NULL DEFAULT '',
    origin_at TEXT NOT NULL DEFAULT '',
    detected_at TEXT NOT NULL,
    at_answer BIGINT NOT NULL DEFAULT 0,    -- bureau: the first answer to the workstation that carries it
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    resolved_at TEXT,
    resolved_by TEXT NOT NULL DEFAULT '',
    resolution TEXT NOT NULL DEFAULT ''
);
CREATE INDEX exchange_conflict_status ON exchange_conflict (status, id);
CREATE INDEX exchange_conflict_record ON exchange_conflict (record_uid);
CREATE INDEX exchange_conflict_peer ON exchange_conflict (workstation_code, at_answer);

-- A change whose parent has not arrived (a referral's document before the referral), or that failed to apply:
-- kept as it came and tried again at every import until it applies. Applied ones stay, marked.
CREATE TABLE exchange_parked (
    id {{ID}},
    workstation_code INTEGER NOT NULL,
    package_uid TEXT NOT NULL,
    seq BIGINT NOT NULL,
    entity TEXT NOT NULL,
    record_uid TEXT NOT NULL,
    reason TEXT NOT NULL,
    item TEXT NOT NULL,                     -- the change as it travelled (JSON)
    parked_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 1,
    applied_at TEXT
);
CREATE INDEX exchange_parked_waiting ON exchange_parked (applied_at, workstation_code, seq);
CREATE INDEX exchange_parked_record ON exchange_parked (record_uid);

-- Bureau: the records each workstation holds (what it sent, and what was found for it, such as the bureau's
-- patient with the same IIN). Its answers bring their changes; a record new to the workstation travels whole in
-- every answer from added_answer on, until the workstation has applied one of them.
CREATE TABLE exchange_scope (
    workstation_code INTEGER NOT NULL,
    entity TEXT NOT NULL,
    record_uid TEXT NOT NULL,
    added_answer BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (workstation_code, entity, record_uid)
);

-- Workstation: the bureau's version of each record as last received, which its own changes are based on;
-- held names fields whose bureau change it has not taken yet (its own change of them is still on its way),
-- with the older version they remain based on.
CREATE TABLE exchange_base (
    entity TEXT NOT NULL,
    record_uid TEXT NOT NULL,
    version BIGINT NOT NULL,
    held TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (entity, record_uid)
);

-- Workstation: where its referrals stand in the bureau's waiting lists, as of the bureau's last answer.
CREATE TABLE exchange_standing (
    referral_uid TEXT PRIMARY KEY,
    code TEXT NOT NULL,
    status TEXT NOT NULL,
    position BIGINT NOT NULL DEFAULT 0,
    queue_length BIGINT NOT NULL DEFAULT 0,
    preliminary_date TEXT,
    scheduled_date TEXT,
    as_of TEXT NOT NULL
);
