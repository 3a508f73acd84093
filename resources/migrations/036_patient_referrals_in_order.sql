-- Joldama schema, version 36.
-- The referrals of the patients a name search finds, newest first. For a rare name they are gathered patient by
-- patient; with the registration time in the patient's index, each patient's referrals come from the index alone
-- and in order, instead of one table row read per referral (a common name's count read 300,000 rows at five
-- million referrals). "deleted" rides along, so the index still serves every lookup by patient.
DROP INDEX referral_patient;
CREATE INDEX referral_patient ON referral (patient_id, deleted, registered_at, id);
