-- Joldama schema, version 15: diagnoses not yet in the ICD-10 dictionary.
-- A well-formed code that the dictionary lacks is accepted with the name the clerk types for it (or the name
-- the Bureau's open data gives it) and kept for the next clerk. Until the full dictionary is imported and
-- names it, the entry says where it came from: 'clerk' or 'opendata'; entries of the dictionary itself
-- (shipped or imported) are 'dictionary'.
ALTER TABLE icd10 ADD COLUMN source TEXT NOT NULL DEFAULT 'dictionary';
