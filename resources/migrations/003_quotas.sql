-- Joldama schema, version 3: quotas for high-tech medical care (HTMC) and treatment abroad.
-- Written once for SQLite and PostgreSQL: {{ID}} and {{KEY}} are filled in by SqlDialect.

-- The editable list of HTMC profiles quotas are planned for (not bed profiles: one HTMC profile such as
-- joint replacement is treated in beds of several profiles).
CREATE TABLE htmc_profile (
    code TEXT PRIMARY KEY CHECK (length(code) BETWEEN 2 AND 8),
    name_kk TEXT NOT NULL,
    name_ru TEXT NOT NULL,
    name_en TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    sort_order INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);

-- The yearly plan: how many quotas a region has for a profile. "Used" is never stored: it is counted from
-- the referrals that hold one of these quotas, so it cannot drift from them.
CREATE TABLE quota_plan (
    id {{ID}},
    uid TEXT NOT NULL UNIQUE,
    plan_year INTEGER NOT NULL CHECK (plan_year BETWEEN 2000 AND 2100),
    region_code TEXT NOT NULL REFERENCES region (code),
    profile_code TEXT NOT NULL REFERENCES htmc_profile (code),
    allocated INTEGER NOT NULL CHECK (allocated >= 0),
    note TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0,
    UNIQUE (plan_year, region_code, profile_code)
);

-- Every change of a plan, kept for audit: who, when, from how many to how many and why.
CREATE TABLE quota_plan_change (
    id {{ID}},
    plan_id BIGINT NOT NULL REFERENCES quota_plan (id),
    changed_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    allocated_before INTEGER,          -- NULL: the plan was created
    allocated_after INTEGER NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('set', 'allocation')),
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX quota_plan_change_plan ON quota_plan_change (plan_id, id);

-- A referral funded by a quota records which one it holds: profile, year and region are fixed at
-- registration, so a patient who later moves to another region does not move the quota with them.
ALTER TABLE referral ADD COLUMN quota_profile TEXT REFERENCES htmc_profile (code);
ALTER TABLE referral ADD COLUMN quota_year INTEGER;
ALTER TABLE referral ADD COLUMN quota_region TEXT REFERENCES region (code);
CREATE INDEX referral_quota ON referral (quota_year, quota_profile, quota_region, status)
    WHERE quota_profile IS NOT NULL;

-- Treatment abroad at the expense of the budget: the editable lists applications are checked against.
-- The shipped entries are a starter list (starter = 1) until a clerk checks them against the Ministry of
-- Health's current order.
CREATE TABLE abroad_disease (
    code TEXT PRIMARY KEY,
    name_kk TEXT NOT NULL,
    name_ru TEXT NOT NULL,
    name_en TEXT NOT NULL,
    icd10 TEXT NOT NULL DEFAULT '',    -- the ICD-10 codes it covers, as a hint for the clerk
    active INTEGER NOT NULL DEFAULT 1,
    starter INTEGER NOT NULL DEFAULT 0,
    sort_order INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);

CREATE TABLE abroad_category (
    code TEXT PRIMARY KEY,
    name_kk TEXT NOT NULL,
    name_ru TEXT NOT NULL,
    name_en TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    starter INTEGER NOT NULL DEFAULT 0,
    sort_order INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);

CREATE TABLE abroad_application (
    id {{ID}},
    uid TEXT NOT NULL UNIQUE,
    patient_id BIGINT NOT NULL REFERENCES patient (id),
    diagnosis_code TEXT NOT NULL,
    diagnosis_name TEXT NOT NULL DEFAULT '',
    disease_code TEXT NOT NULL REFERENCES abroad_disease (code),
    category_code TEXT NOT NULL REFERENCES abroad_category (code),
    country TEXT NOT NULL DEFAULT '',
    clinic TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'rejected', 'withdrawn', 'treated')),
    decision TEXT CHECK (decision IS NULL OR decision IN ('approved', 'rejected')),
    decision_date TEXT,
    decision_protocol TEXT NOT NULL DEFAULT '',
    decision_reason TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX abroad_application_status ON abroad_application (status, id);
CREATE INDEX abroad_application_patient ON abroad_application (patient_id);

CREATE TABLE abroad_event (
    id {{ID}},
    uid TEXT NOT NULL UNIQUE,
    application_id BIGINT NOT NULL REFERENCES abroad_application (id),
    happened_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    from_status TEXT,
    to_status TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX abroad_event_application ON abroad_event (application_id, id);

-- The documents the patient handed in with the application.
CREATE TABLE abroad_document (
    id {{ID}},
    uid TEXT NOT NULL UNIQUE,
    application_id BIGINT NOT NULL REFERENCES abroad_application (id),
    title TEXT NOT NULL,
    received_on TEXT,
    note TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX abroad_document_application ON abroad_document (application_id, id);
