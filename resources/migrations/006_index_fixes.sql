-- Joldama schema, version 6.
-- The day-count index of version 5 began like the queue index, and SQLite then sometimes read a waiting
-- list through it and sorted it, instead of walking the queue index in order. Keyed by the day first, it
-- serves only "how many are planned on this day" and never competes for the queue order.
DROP INDEX referral_queue_day;
CREATE INDEX referral_day_queue ON referral (preliminary_date, hospital_id, profile_code)
    WHERE status IN ('registered', 'scheduled') AND deleted = 0;
-- The foreign key referral.transferred_from_id is checked on every delete of a referral (an undone
-- import): without an index each check reads the whole table.
CREATE INDEX referral_transferred_from ON referral (transferred_from_id);
