-- Joldama schema, version 9: who runs an import, so an import whose process was killed can be undone.
-- An import commits batch by batch; if its process dies (killed, power cut, Ctrl+C) the batches stay and the
-- record stays 'running'. The next workstation to open the database undoes such a run, but must never undo
-- one that another live process is still running on the same file: the record names the computer and the
-- process, and the process refreshes heartbeat_at at every batch it commits.
ALTER TABLE import_batch ADD COLUMN host TEXT NOT NULL DEFAULT '';
ALTER TABLE import_batch ADD COLUMN pid BIGINT NOT NULL DEFAULT 0;
ALTER TABLE import_batch ADD COLUMN heartbeat_at TEXT;
CREATE INDEX import_batch_status ON import_batch (status);
