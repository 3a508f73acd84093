-- Joldama schema, version 38.
-- The free beds of the next three days subtract the admissions confirmed for those days. The index by queue
-- (hospital, profile, date) answered that only by visiting every queue's part of it and then each referral's row
-- for its form of care: at five million referrals 3,757 rows read from all over the table, a quarter of a second
-- before the window's first page. By day first, with the form of care in it, the days ahead are one range of the
-- index. Status and "deleted" are columns too, not only its condition: SQLite reads a row to check a partial
-- index's condition unless the index holds the columns itself (3 ms with the rows, 1 ms without).
CREATE INDEX referral_scheduled_day ON referral (scheduled_date, hospital_id, profile_code, care_form, status, deleted)
    WHERE status = 'scheduled' AND deleted = 0;
