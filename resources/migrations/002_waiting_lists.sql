-- Joldama schema, version 2: waiting lists, preliminary dates, the working calendar and running totals.

-- The place of a referral in its queue as one text: (9 − priority), registration instant, code. Its
-- binary order is the queue order (priority higher first, then registration time, then code), so a
-- position is a count over one index range and a page of a queue is a keyset window.
ALTER TABLE referral ADD COLUMN queue_key {{KEY}};
-- Whether every required document will still be valid on the planned day (kept with the dates).
ALTER TABLE referral ADD COLUMN documents_ok INTEGER NOT NULL DEFAULT 0;
UPDATE referral SET queue_key = CAST(9 - priority AS TEXT) || registered_at || code;
DROP INDEX referral_queue;
CREATE INDEX referral_queue ON referral (hospital_id, profile_code, queue_key)
    WHERE status IN ('registered', 'scheduled') AND deleted = 0;
CREATE INDEX referral_scheduled ON referral (hospital_id, profile_code, scheduled_date)
    WHERE status = 'scheduled' AND deleted = 0;

-- Days that are not ordinary: public holidays and the days off moved onto working days by law are
-- 'day_off'; a Saturday or Sunday the Government makes a working day is 'working_day'.
CREATE TABLE calendar_day (
    day TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('day_off', 'working_day')),
    name_kk TEXT NOT NULL DEFAULT '',
    name_ru TEXT NOT NULL DEFAULT '',
    name_en TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);

-- Running totals, written in the same transaction as every change of a referral, so counters and the
-- dashboard read a handful of rows whatever the number of referrals.
CREATE TABLE tally_status (
    status TEXT PRIMARY KEY,
    n BIGINT NOT NULL DEFAULT 0
);
CREATE TABLE tally_registered_day (
    day TEXT PRIMARY KEY,
    n BIGINT NOT NULL DEFAULT 0
);
-- Active referrals (in a waiting list) by profile and day of registration: days waited, median, p90.
CREATE TABLE tally_waiting (
    profile_code TEXT NOT NULL,
    registered_day TEXT NOT NULL,
    n BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (profile_code, registered_day)
);
