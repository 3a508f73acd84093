-- Joldama schema, version 7.
-- A newcomer's preliminary date starts from the latest date already given in its queue. Without an
-- index keyed by the queue and the date, that maximum read every waiting referral of the queue on each
-- registration. Only referrals still waiting for a date are in it, so the waiting-list listing (which
-- also shows scheduled ones) never reads through it in place of the queue index.
CREATE INDEX referral_waiting_date ON referral (hospital_id, profile_code, preliminary_date)
    WHERE status = 'registered' AND deleted = 0;
