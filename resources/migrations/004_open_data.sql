-- Joldama schema, version 4: imports of the Bureau's open data.

-- One row per import run, for the administrator's record.
CREATE TABLE import_batch (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    file_name TEXT NOT NULL DEFAULT '',
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL CHECK (status IN ('running', 'done', 'cancelled', 'failed')),
    rows_read BIGINT NOT NULL DEFAULT 0,
    rows_imported BIGINT NOT NULL DEFAULT 0,
    actor TEXT NOT NULL
);

-- What a running import created, committed batch by batch: a cancelled or failed import removes exactly
-- these rows again, so the database is left as it was before the import began.
CREATE TABLE import_created (
    batch_id TEXT NOT NULL REFERENCES import_batch (id),
    entity TEXT NOT NULL,
    row_key TEXT NOT NULL
);
CREATE INDEX import_created_batch ON import_created (batch_id, entity);
