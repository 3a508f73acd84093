-- Joldama schema, version 10: every change recorded by the database itself.
-- Until now each service had to remember to note its changes, and some forgot (a hospital's profiles, bulk
-- loads, imports). From this version the triggers that store/ChangeTracking installs on every record that
-- travels between workstations or is audited write one change_log entry per insert, update and delete, in
-- the same transaction as the change, whoever writes: a service, a bulk load, an import, or a program
-- outside Joldama (recorded as such). The triggers also advance row_version, so versions and entries agree.

-- What an entry now holds besides entity, uid, change, changed_at and actor: the record's row version after
-- the change, the workstation, and for an update the changed fields as {"field": [old, new], …} (an insert
-- needs none: the record's first version is its current state with every later update's old values put
-- back; a hard delete keeps all the old values).
ALTER TABLE change_log ADD COLUMN row_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE change_log ADD COLUMN workstation TEXT NOT NULL DEFAULT '';
ALTER TABLE change_log ADD COLUMN fields TEXT NOT NULL DEFAULT '{}';
-- One record's history, and "what changed after version v" when a workstation's changes come in.
CREATE INDEX change_log_record ON change_log (uid, row_version);

-- Who writes in the transaction under way, for the triggers to record (SQLite: the single writer sets the
-- row at BEGIN and clears it before COMMIT; PostgreSQL uses transaction-local settings instead). Empty
-- outside a Joldama write, so a change made by another program is recorded as made outside Joldama.
CREATE TABLE change_context (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    actor TEXT NOT NULL,
    workstation TEXT NOT NULL,
    changed_at TEXT NOT NULL
);

-- Every tracked record has a row version, starting at 1.
ALTER TABLE region ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE bed_profile ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE hospital_profile ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE icd10 ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE refusal_reason ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE document_type ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE referral_event ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE referral_document ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE bed_status ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE calendar_day ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE htmc_profile ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE abroad_disease ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE abroad_category ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE abroad_event ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE abroad_document ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;

-- A holiday taken off the calendar is marked, not erased, like every other travelling record: a day put
-- back later continues its versions instead of starting again at 1.
ALTER TABLE calendar_day ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;
