-- Joldama schema, version 37.
-- A referral of the open data names no patient (the published files carry no IIN) and almost none is a transfer:
-- the indexes by patient and by the referral transferred from held an entry for every such referral, all NULL,
-- which no lookup ever asks for (a lookup by patient or by transfer names one). Only the referrals that have one
-- are indexed now: at a million open-data referrals 45 MB less, and an import builds two indexes fewer in effect
-- (a tenth of its index building). Every query that used them still does: "patient_id = ?" implies
-- "patient_id IS NOT NULL", on SQLite and on PostgreSQL alike.
DROP INDEX referral_patient;
CREATE INDEX referral_patient ON referral (patient_id, deleted, registered_at, id) WHERE patient_id IS NOT NULL;
DROP INDEX referral_transferred_from;
CREATE INDEX referral_transferred_from ON referral (transferred_from_id) WHERE transferred_from_id IS NOT NULL;
