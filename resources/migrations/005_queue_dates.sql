-- Joldama schema, version 5: how many patients a queue already has on a day, read from an index when a
-- newcomer is placed at the end of the queue instead of planning the whole queue again.
CREATE INDEX referral_queue_day ON referral (hospital_id, profile_code, preliminary_date)
    WHERE status IN ('registered', 'scheduled') AND deleted = 0;
