-- Joldama schema, version 35.
-- A name search lists the patients it finds alphabetically. Its terms used to lead to patient ids alone, so the
-- first page needed every match looked up and sorted: a search for «Әлихан» read 56,000 patients at five million
-- referrals to show the first 50 (60 ms, five times its cost at one million). With the patient's sort key beside
-- each term, the patients carrying one term already lie in alphabetical order in the index; the first page of a
-- search reads its own rows and stops (several terms in the prefix's range are merged in order).
CREATE TABLE patient_term_ordered (
    term {{KEY}} NOT NULL,
    name_sort_key {{KEY}} NOT NULL,
    patient_id BIGINT NOT NULL REFERENCES patient (id),
    PRIMARY KEY (term, name_sort_key, patient_id)
);
INSERT INTO patient_term_ordered (term, name_sort_key, patient_id)
    SELECT t.term, p.name_sort_key, t.patient_id FROM patient_term t JOIN patient p ON p.id = t.patient_id
    ORDER BY t.term, p.name_sort_key, t.patient_id;
DROP TABLE patient_term;
ALTER TABLE patient_term_ordered RENAME TO patient_term;
-- A patient's terms (rewritten when the name changes), and "has this patient a name part starting with …"
-- for the other words of a search, from the index alone.
CREATE INDEX patient_term_patient ON patient_term (patient_id, term);
