-- Joldama schema, version 1.
-- Written once for SQLite and PostgreSQL: {{ID}} and {{KEY}} are filled in by SqlDialect.
-- Instants are UTC ISO 8601 text (…Z), calendar days are YYYY-MM-DD, flags are 0/1 integers.
-- Records that travel between workstations carry a global uid, a row_version and updated_at, and are
-- marked deleted rather than erased.

CREATE TABLE app_setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Every change a service makes, in order: the seed of audit and of change packages between workstations.
CREATE TABLE change_log (
    id {{ID}},
    entity TEXT NOT NULL,
    uid TEXT NOT NULL,
    change TEXT NOT NULL CHECK (change IN ('insert', 'update', 'delete')),
    changed_at TEXT NOT NULL,
    actor TEXT NOT NULL
);

CREATE TABLE region (
    code TEXT PRIMARY KEY CHECK (length(code) = 2),
    name_kk TEXT NOT NULL,
    name_ru TEXT NOT NULL,
    name_en TEXT NOT NULL,
    population INTEGER NOT NULL DEFAULT 0,
    population_year INTEGER NOT NULL DEFAULT 0,
    sort_order INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);

-- Other names a region is known by in imported files ("Абайская область" = "область Абай"), folded.
CREATE TABLE region_alias (
    alias {{KEY}} PRIMARY KEY,
    region_code TEXT NOT NULL REFERENCES region (code)
);

CREATE TABLE regional_contact (
    id {{ID}},
    uid TEXT NOT NULL UNIQUE,
    region_code TEXT NOT NULL REFERENCES region (code),
    area_code TEXT NOT NULL,
    phone TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    updated_on TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX regional_contact_region ON regional_contact (region_code);

CREATE TABLE bed_profile (
    code TEXT PRIMARY KEY CHECK (length(code) BETWEEN 2 AND 3),
    name_kk TEXT NOT NULL,
    name_ru TEXT NOT NULL,
    name_en TEXT NOT NULL,
    age_group TEXT NOT NULL CHECK (age_group IN ('adult', 'child', 'any')),
    care_form TEXT NOT NULL CHECK (care_form IN ('round_the_clock', 'day')),
    active INTEGER NOT NULL DEFAULT 1,
    sort_order INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);

CREATE TABLE hospital (
    id {{ID}},
    uid TEXT NOT NULL UNIQUE,
    code TEXT NOT NULL UNIQUE CHECK (length(code) = 4),
    name TEXT NOT NULL,
    name_sort_key {{KEY}} NOT NULL,
    region_code TEXT NOT NULL REFERENCES region (code),
    address TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    demo INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX hospital_region ON hospital (region_code, name_sort_key);

-- The bed profiles a hospital admits planned patients to, with its daily capacity for planned
-- admissions (NULL: derived from its beds) and the days between registration and the earliest admission.
CREATE TABLE hospital_profile (
    hospital_id BIGINT NOT NULL REFERENCES hospital (id),
    profile_code TEXT NOT NULL REFERENCES bed_profile (code),
    daily_capacity INTEGER CHECK (daily_capacity IS NULL OR daily_capacity >= 0),
    lead_days INTEGER NOT NULL DEFAULT 0 CHECK (lead_days >= 0),
    active INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (hospital_id, profile_code)
);
CREATE INDEX hospital_profile_profile ON hospital_profile (profile_code, hospital_id);

CREATE TABLE patient (
    id {{ID}},
    uid TEXT NOT NULL UNIQUE,
    iin TEXT NOT NULL UNIQUE CHECK (length(iin) = 12),
    last_name TEXT NOT NULL,
    first_name TEXT NOT NULL,
    middle_name TEXT NOT NULL DEFAULT '',
    name_sort_key {{KEY}} NOT NULL,
    birth_date TEXT NOT NULL,
    sex TEXT NOT NULL CHECK (sex IN ('male', 'female')),
    phone TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    region_code TEXT REFERENCES region (code),
    clinic TEXT NOT NULL DEFAULT '',
    insured INTEGER NOT NULL DEFAULT 0,
    benefit TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX patient_name_order ON patient (name_sort_key, id);

-- Folded name parts (NameText::searchTerms): a prefix search is a range scan of this index.
CREATE TABLE patient_term (
    term {{KEY}} NOT NULL,
    patient_id BIGINT NOT NULL REFERENCES patient (id),
    PRIMARY KEY (term, patient_id)
);
CREATE INDEX patient_term_patient ON patient_term (patient_id);

CREATE TABLE icd10 (
    code TEXT PRIMARY KEY,
    name_ru TEXT NOT NULL,
    name_kk TEXT NOT NULL DEFAULT '',
    name_en TEXT NOT NULL DEFAULT '',
    common INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);

CREATE TABLE refusal_reason (
    code TEXT PRIMARY KEY,
    name_kk TEXT NOT NULL,
    name_ru TEXT NOT NULL,
    name_en TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    sort_order INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);

CREATE TABLE document_type (
    code TEXT PRIMARY KEY,
    name_kk TEXT NOT NULL,
    name_ru TEXT NOT NULL,
    name_en TEXT NOT NULL,
    validity_days INTEGER,          -- NULL: does not expire
    required INTEGER NOT NULL DEFAULT 1,
    active INTEGER NOT NULL DEFAULT 1,
    sort_order INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);

CREATE TABLE referral (
    id {{ID}},
    uid TEXT NOT NULL UNIQUE,
    code TEXT NOT NULL UNIQUE,
    patient_id BIGINT REFERENCES patient (id), -- NULL: imported from the Bureau's open data, which names no patient
    referring_region TEXT NOT NULL REFERENCES region (code),
    referring_org TEXT NOT NULL DEFAULT '',
    referring_doctor TEXT NOT NULL DEFAULT '',
    hospital_id BIGINT NOT NULL REFERENCES hospital (id),
    profile_code TEXT NOT NULL REFERENCES bed_profile (code),
    care_form TEXT NOT NULL CHECK (care_form IN ('round_the_clock', 'day')),
    purpose TEXT NOT NULL CHECK (purpose IN ('surgical', 'conservative', 'diagnostics', 'rehabilitation')),
    funding TEXT NOT NULL CHECK (funding IN ('gobmp', 'osms', 'htmc', 'paid')),
    territory TEXT NOT NULL DEFAULT 'city' CHECK (territory IN ('city', 'village')),
    priority INTEGER NOT NULL DEFAULT 0,
    diagnosis_code TEXT NOT NULL,
    diagnosis_name TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('registered', 'scheduled', 'hospitalized', 'discharged', 'refused',
                                           'cancelled', 'no_show', 'transferred')),
    registered_at TEXT NOT NULL,    -- place in the queue; kept when the patient moves to another hospital
    scheduled_date TEXT,            -- confirmed admission day
    preliminary_date TEXT,          -- computed from the queue and the capacity
    hospitalized_on TEXT,
    discharged_on TEXT,
    closed_at TEXT,
    emergency INTEGER NOT NULL DEFAULT 0,
    emergency_source TEXT CHECK (emergency_source IS NULL OR emergency_source IN ('ambulance', 'self', 'transfer')),
    transferred_from_id BIGINT REFERENCES referral (id),
    notes TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT 'local',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX referral_patient ON referral (patient_id);
CREATE INDEX referral_registered ON referral (registered_at, id);
CREATE INDEX referral_status ON referral (status, registered_at, id);
-- The waiting list of one hospital × profile in queue order, active referrals only.
CREATE INDEX referral_queue ON referral (hospital_id, profile_code, priority DESC, registered_at, code)
    WHERE status IN ('registered', 'scheduled') AND deleted = 0;

CREATE TABLE referral_event (
    id {{ID}},
    uid TEXT NOT NULL UNIQUE,
    referral_id BIGINT NOT NULL REFERENCES referral (id),
    happened_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    from_status TEXT,
    to_status TEXT NOT NULL,
    reason_code TEXT,
    reason TEXT NOT NULL DEFAULT '',
    event_date TEXT,                -- the day the event is about (scheduled, admitted, discharged)
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX referral_event_referral ON referral_event (referral_id, id);

CREATE TABLE referral_document (
    referral_id BIGINT NOT NULL REFERENCES referral (id),
    document_code TEXT NOT NULL REFERENCES document_type (code),
    present INTEGER NOT NULL DEFAULT 0,
    issued_on TEXT,
    note TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    PRIMARY KEY (referral_id, document_code)
);

-- Next sequence number N of referral codes in each hospital × profile queue.
CREATE TABLE referral_sequence (
    hospital_id BIGINT NOT NULL REFERENCES hospital (id),
    profile_code TEXT NOT NULL REFERENCES bed_profile (code),
    next_value BIGINT NOT NULL,
    PRIMARY KEY (hospital_id, profile_code)
);

-- Beds of a hospital per profile and form of care for a given day; every report is also kept in history.
CREATE TABLE bed_status (
    hospital_id BIGINT NOT NULL REFERENCES hospital (id),
    profile_code TEXT NOT NULL REFERENCES bed_profile (code),
    care_form TEXT NOT NULL CHECK (care_form IN ('round_the_clock', 'day')),
    for_date TEXT NOT NULL,
    total INTEGER NOT NULL CHECK (total >= 0),
    occupied INTEGER NOT NULL CHECK (occupied >= 0),
    reserved INTEGER NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    updated_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    PRIMARY KEY (hospital_id, profile_code, care_form, for_date)
);
CREATE INDEX bed_status_date ON bed_status (for_date);

CREATE TABLE bed_status_history (
    id {{ID}},
    hospital_id BIGINT NOT NULL REFERENCES hospital (id),
    profile_code TEXT NOT NULL,
    care_form TEXT NOT NULL,
    for_date TEXT NOT NULL,
    total INTEGER NOT NULL,
    occupied INTEGER NOT NULL,
    reserved INTEGER NOT NULL,
    reported_at TEXT NOT NULL,
    actor TEXT NOT NULL
);
CREATE INDEX bed_status_history_key ON bed_status_history (hospital_id, profile_code, care_form, for_date, id);
