-- ShopScope project file, schema step 1: the whole domain.
-- Applied inside one transaction by SchemaManager; statements are split with sqlite3_complete().
-- Conventions: every table has an INTEGER PRIMARY KEY id unless it is a pure link table;
-- codes are the stable, user-facing keys used by imports, exports and charts; dates are ISO
-- 8601 text (YYYY-MM-DD), times HH:MM; booleans are 0/1 with a CHECK. Dates are checked with
-- date(x, '+0 days') = x: the modifier makes SQLite normalise, so 2026-02-30 is refused.

-- ---------------------------------------------------------------- programme
CREATE TABLE programme (
    id                    INTEGER PRIMARY KEY CHECK (id = 1),
    client_name           TEXT NOT NULL DEFAULT '',
    programme_name        TEXT NOT NULL DEFAULT '',
    source_language       TEXT NOT NULL DEFAULT 'en' REFERENCES programme_language (code)
                                                       DEFERRABLE INITIALLY DEFERRED,
    report_language       TEXT NOT NULL DEFAULT 'en' REFERENCES programme_language (code)
                                                       DEFERRABLE INITIALLY DEFERRED,
    target_score          REAL CHECK (target_score IS NULL OR target_score BETWEEN 0 AND 100),
    small_base_threshold  INTEGER NOT NULL DEFAULT 5 CHECK (small_base_threshold >= 1),
    lockout_days          INTEGER NOT NULL DEFAULT 60 CHECK (lockout_days >= 0),
    staff_names_allowed   INTEGER NOT NULL DEFAULT 1 CHECK (staff_names_allowed IN (0, 1)),
    created_at            TEXT NOT NULL
);

CREATE TABLE programme_language (
    code      TEXT PRIMARY KEY CHECK (length(code) BETWEEN 2 AND 12),
    position  INTEGER NOT NULL,
    UNIQUE (position)
);

-- Client palette in presentation order, e.g. '#0A4D8C'.
CREATE TABLE programme_colour (
    position  INTEGER PRIMARY KEY CHECK (position >= 0),
    colour    TEXT NOT NULL CHECK (colour GLOB '#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]'),
    role      TEXT NOT NULL DEFAULT ''
);

-- Score bands for traffic lights: a score >= lower_bound (and below the next band) gets the colour.
CREATE TABLE score_band (
    lower_bound  REAL PRIMARY KEY CHECK (lower_bound BETWEEN 0 AND 100),
    label        TEXT NOT NULL,
    colour       TEXT NOT NULL CHECK (colour GLOB '#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]')
);

-- ---------------------------------------------------------------- questionnaires
CREATE TABLE questionnaire (
    id       INTEGER PRIMARY KEY,
    code     TEXT NOT NULL UNIQUE CHECK (length(code) > 0),
    name     TEXT NOT NULL,
    channel  TEXT NOT NULL CHECK (channel IN ('visit', 'call', 'email', 'web', 'social', 'audit'))
);

-- A version with responses is frozen; changing it creates a new version.
CREATE TABLE questionnaire_version (
    id                INTEGER PRIMARY KEY,
    questionnaire_id  INTEGER NOT NULL REFERENCES questionnaire (id) ON DELETE CASCADE,
    number            INTEGER NOT NULL CHECK (number >= 1),
    status            TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'frozen')),
    section_scoring   TEXT NOT NULL DEFAULT 'pooled' CHECK (section_scoring IN ('pooled', 'weighted')),
    created_at        TEXT NOT NULL,
    note              TEXT NOT NULL DEFAULT '',
    UNIQUE (questionnaire_id, number)
);

CREATE TABLE section (
    id          INTEGER PRIMARY KEY,
    version_id  INTEGER NOT NULL REFERENCES questionnaire_version (id) ON DELETE CASCADE,
    parent_id   INTEGER,
    position    INTEGER NOT NULL,
    code        TEXT NOT NULL CHECK (length(code) > 0),
    weight      REAL CHECK (weight IS NULL OR weight >= 0),
    UNIQUE (version_id, code),
    UNIQUE (version_id, parent_id, position),
    UNIQUE (id, version_id),
    -- A sub-section belongs to the same version as its parent.
    FOREIGN KEY (parent_id, version_id) REFERENCES section (id, version_id) ON DELETE CASCADE,
    CHECK (parent_id IS NULL OR parent_id <> id)
);

CREATE TABLE section_text (
    section_id  INTEGER NOT NULL REFERENCES section (id) ON DELETE CASCADE,
    language    TEXT NOT NULL REFERENCES programme_language (code) ON UPDATE CASCADE,
    title       TEXT NOT NULL,
    PRIMARY KEY (section_id, language)
) WITHOUT ROWID;

CREATE TABLE question (
    id            INTEGER PRIMARY KEY,
    version_id    INTEGER NOT NULL,
    section_id    INTEGER NOT NULL,
    position      INTEGER NOT NULL,
    code          TEXT NOT NULL CHECK (length(code) > 0),
    type          TEXT NOT NULL CHECK (type IN ('yes_no', 'rating', 'nps', 'single', 'multiple',
                                                'number', 'date', 'time', 'text')),
    allow_na      INTEGER NOT NULL DEFAULT 0 CHECK (allow_na IN (0, 1)),
    mandatory     INTEGER NOT NULL DEFAULT 1 CHECK (mandatory IN (0, 1)),
    scored        INTEGER NOT NULL DEFAULT 0 CHECK (scored IN (0, 1)),
    weight        REAL NOT NULL DEFAULT 1 CHECK (weight >= 0),
    critical      TEXT NOT NULL DEFAULT 'none' CHECK (critical IN ('none', 'section', 'visit')),
    bonus         INTEGER NOT NULL DEFAULT 0 CHECK (bonus IN (0, 1)),
    min_value     REAL,
    max_value     REAL,
    unit          TEXT NOT NULL DEFAULT '',
    -- Conditions are JSON expression trees, e.g. {"q":"G01","op":"eq","value":"no"}.
    show_if       TEXT CHECK (show_if IS NULL OR json_valid(show_if)),
    comment_if    TEXT CHECK (comment_if IS NULL OR json_valid(comment_if)),
    UNIQUE (section_id, position),
    UNIQUE (version_id, code),
    -- The question's version is its section's version, so codes can be unique per version.
    FOREIGN KEY (section_id, version_id) REFERENCES section (id, version_id) ON DELETE CASCADE,
    CHECK (min_value IS NULL OR max_value IS NULL OR min_value <= max_value),
    CHECK (scored = 0 OR type IN ('yes_no', 'rating', 'single', 'multiple', 'number')),
    CHECK (critical = 'none' OR scored = 1)
);
CREATE INDEX question_by_section ON question (section_id);

CREATE TABLE question_text (
    question_id  INTEGER NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    language     TEXT NOT NULL REFERENCES programme_language (code) ON UPDATE CASCADE,
    text         TEXT NOT NULL,
    help         TEXT NOT NULL DEFAULT '',
    low_label    TEXT NOT NULL DEFAULT '',
    high_label   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (question_id, language)
) WITHOUT ROWID;

CREATE TABLE question_option (
    id           INTEGER PRIMARY KEY,
    question_id  INTEGER NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    code         TEXT NOT NULL CHECK (length(code) > 0),
    points       REAL,
    is_na        INTEGER NOT NULL DEFAULT 0 CHECK (is_na IN (0, 1)),
    UNIQUE (question_id, code),
    UNIQUE (question_id, position),
    -- Lets answers reference (question, option) so an option of another question is impossible.
    UNIQUE (question_id, id),
    CHECK (is_na = 0 OR points IS NULL)
);

CREATE TABLE option_text (
    option_id  INTEGER NOT NULL REFERENCES question_option (id) ON DELETE CASCADE,
    language   TEXT NOT NULL REFERENCES programme_language (code) ON UPDATE CASCADE,
    label      TEXT NOT NULL,
    PRIMARY KEY (option_id, language)
) WITHOUT ROWID;

-- ---------------------------------------------------------------- locations
-- Geography: country > region > area. A location hangs off the deepest level it is known at.
CREATE TABLE geo_unit (
    id         INTEGER PRIMARY KEY,
    parent_id  INTEGER REFERENCES geo_unit (id) ON DELETE RESTRICT,
    level      TEXT NOT NULL CHECK (level IN ('country', 'region', 'area')),
    name       TEXT NOT NULL CHECK (length(name) > 0),
    CHECK ((level = 'country') = (parent_id IS NULL))
);
CREATE UNIQUE INDEX geo_unit_name ON geo_unit (ifnull(parent_id, 0), name);

CREATE TABLE location (
    id              INTEGER PRIMARY KEY,
    code            TEXT NOT NULL UNIQUE CHECK (length(code) > 0),
    name            TEXT NOT NULL,
    channel         TEXT NOT NULL CHECK (channel IN ('visit', 'call', 'email', 'web', 'social', 'audit')),
    brand           TEXT NOT NULL DEFAULT '',
    geo_unit_id     INTEGER REFERENCES geo_unit (id) ON DELETE RESTRICT,
    address         TEXT NOT NULL DEFAULT '',
    postcode        TEXT NOT NULL DEFAULT '',
    city            TEXT NOT NULL DEFAULT '',
    latitude        REAL CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),
    longitude       REAL CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),
    staff_count     INTEGER CHECK (staff_count IS NULL OR staff_count >= 0),
    size_class      TEXT NOT NULL DEFAULT '',
    manager_email   TEXT NOT NULL DEFAULT '',
    is_competitor   INTEGER NOT NULL DEFAULT 0 CHECK (is_competitor IN (0, 1)),
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    CHECK ((latitude IS NULL) = (longitude IS NULL))
);
CREATE INDEX location_by_geo ON location (geo_unit_id);

-- Opening hours; weekday 1 = Monday ... 7 = Sunday; several rows per day for split hours.
CREATE TABLE location_hours (
    location_id  INTEGER NOT NULL REFERENCES location (id) ON DELETE CASCADE,
    weekday      INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    opens        TEXT NOT NULL CHECK (opens GLOB '[0-2][0-9]:[0-5][0-9]'),
    closes       TEXT NOT NULL CHECK (closes GLOB '[0-2][0-9]:[0-5][0-9]'),
    PRIMARY KEY (location_id, weekday, opens),
    CHECK (opens < closes)
) WITHOUT ROWID;

-- Further client-specific attributes (key/value) that do not deserve a column.
CREATE TABLE location_attribute (
    location_id  INTEGER NOT NULL REFERENCES location (id) ON DELETE CASCADE,
    name         TEXT NOT NULL CHECK (length(name) > 0),
    value        TEXT NOT NULL,
    PRIMARY KEY (location_id, name)
) WITHOUT ROWID;

-- ---------------------------------------------------------------- scenarios
CREATE TABLE scenario (
    id                INTEGER PRIMARY KEY,
    code              TEXT NOT NULL UNIQUE CHECK (length(code) > 0),
    channel           TEXT NOT NULL CHECK (channel IN ('visit', 'call', 'email', 'web', 'social', 'audit')),
    version_id        INTEGER REFERENCES questionnaire_version (id) ON DELETE RESTRICT,
    fee               REAL NOT NULL DEFAULT 0 CHECK (fee >= 0),
    expected_minutes  INTEGER CHECK (expected_minutes IS NULL OR expected_minutes > 0),
    min_age           INTEGER CHECK (min_age IS NULL OR min_age BETWEEN 16 AND 100),
    max_age           INTEGER CHECK (max_age IS NULL OR max_age BETWEEN 16 AND 100),
    gender            TEXT CHECK (gender IS NULL OR gender IN ('female', 'male', 'other')),
    active            INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    CHECK (min_age IS NULL OR max_age IS NULL OR min_age <= max_age)
);

CREATE TABLE scenario_text (
    scenario_id  INTEGER NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
    language     TEXT NOT NULL REFERENCES programme_language (code) ON UPDATE CASCADE,
    title        TEXT NOT NULL,
    script       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (scenario_id, language)
) WITHOUT ROWID;

-- Profile requirements: the shopper must speak each 'language' and carry each 'tag'.
CREATE TABLE scenario_requirement (
    scenario_id  INTEGER NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('language', 'tag')),
    value        TEXT NOT NULL CHECK (length(value) > 0),
    PRIMARY KEY (scenario_id, kind, value)
) WITHOUT ROWID;

-- ---------------------------------------------------------------- waves and the sample plan
CREATE TABLE wave (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE CHECK (length(code) > 0),
    name       TEXT NOT NULL,
    starts_on  TEXT NOT NULL CHECK (date(starts_on, '+0 days') = starts_on),
    ends_on    TEXT NOT NULL CHECK (date(ends_on, '+0 days') = ends_on),
    status     TEXT NOT NULL DEFAULT 'planning'
                    CHECK (status IN ('planning', 'fieldwork', 'closed', 'reported')),
    CHECK (ends_on >= starts_on)
);
CREATE INDEX wave_by_start ON wave (starts_on);

-- Sample rules are JSON documents interpreted by the planning engine (one row per rule).
CREATE TABLE sample_rule (
    id        INTEGER PRIMARY KEY,
    wave_id   INTEGER REFERENCES wave (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    kind      TEXT NOT NULL CHECK (length(kind) > 0),
    rule      TEXT NOT NULL CHECK (json_valid(rule))
);

-- ---------------------------------------------------------------- shoppers
-- Pseudonymous panel member: everything here may be used for assignment and analysis.
CREATE TABLE shopper (
    id                 INTEGER PRIMARY KEY,
    code               TEXT NOT NULL UNIQUE CHECK (length(code) > 0),
    birth_year         INTEGER CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100),
    gender             TEXT CHECK (gender IS NULL OR gender IN ('female', 'male', 'other')),
    home_city          TEXT NOT NULL DEFAULT '',
    home_latitude      REAL CHECK (home_latitude IS NULL OR home_latitude BETWEEN -90 AND 90),
    home_longitude     REAL CHECK (home_longitude IS NULL OR home_longitude BETWEEN -180 AND 180),
    capacity_per_wave  INTEGER NOT NULL DEFAULT 4 CHECK (capacity_per_wave >= 0),
    capacity_per_day   INTEGER NOT NULL DEFAULT 2 CHECK (capacity_per_day >= 0),
    status             TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'blocked')),
    rating             REAL CHECK (rating IS NULL OR rating BETWEEN 0 AND 5),
    joined_on          TEXT CHECK (joined_on IS NULL OR date(joined_on, '+0 days') = joined_on),
    CHECK ((home_latitude IS NULL) = (home_longitude IS NULL))
);

-- Personal data lives apart so it can be withheld from exports or erased (GDPR) on its own.
CREATE TABLE shopper_personal (
    shopper_id  INTEGER PRIMARY KEY REFERENCES shopper (id) ON DELETE CASCADE,
    full_name   TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    address     TEXT NOT NULL DEFAULT '',
    postcode    TEXT NOT NULL DEFAULT ''
);

CREATE TABLE shopper_language (
    shopper_id  INTEGER NOT NULL REFERENCES shopper (id) ON DELETE CASCADE,
    language    TEXT NOT NULL CHECK (length(language) BETWEEN 2 AND 12),
    PRIMARY KEY (shopper_id, language)
) WITHOUT ROWID;

CREATE TABLE shopper_tag (
    shopper_id  INTEGER NOT NULL REFERENCES shopper (id) ON DELETE CASCADE,
    tag         TEXT NOT NULL CHECK (length(tag) > 0),
    PRIMARY KEY (shopper_id, tag)
) WITHOUT ROWID;

CREATE TABLE shopper_unavailable (
    shopper_id  INTEGER NOT NULL REFERENCES shopper (id) ON DELETE CASCADE,
    from_date   TEXT NOT NULL CHECK (date(from_date, '+0 days') = from_date),
    to_date     TEXT NOT NULL CHECK (date(to_date, '+0 days') = to_date),
    PRIMARY KEY (shopper_id, from_date),
    CHECK (to_date >= from_date)
) WITHOUT ROWID;

-- A declared conflict of interest with one location or a whole brand, never both.
CREATE TABLE shopper_conflict (
    id           INTEGER PRIMARY KEY,
    shopper_id   INTEGER NOT NULL REFERENCES shopper (id) ON DELETE CASCADE,
    location_id  INTEGER REFERENCES location (id) ON DELETE CASCADE,
    brand        TEXT CHECK (brand IS NULL OR length(brand) > 0),
    note         TEXT NOT NULL DEFAULT '',
    CHECK ((location_id IS NULL) <> (brand IS NULL))
);
CREATE INDEX shopper_conflict_by_shopper ON shopper_conflict (shopper_id);

-- ---------------------------------------------------------------- visits and assignment
-- A visit is a planned slot; its shopper is set exactly when it has left 'planned'.
CREATE TABLE visit (
    id            INTEGER PRIMARY KEY,
    wave_id       INTEGER NOT NULL REFERENCES wave (id) ON DELETE RESTRICT,
    location_id   INTEGER NOT NULL REFERENCES location (id) ON DELETE RESTRICT,
    scenario_id   INTEGER NOT NULL REFERENCES scenario (id) ON DELETE RESTRICT,
    slot          INTEGER NOT NULL DEFAULT 1 CHECK (slot >= 1),
    planned_date  TEXT CHECK (planned_date IS NULL OR date(planned_date, '+0 days') = planned_date),
    daypart       TEXT CHECK (daypart IS NULL OR daypart IN ('morning', 'midday', 'afternoon', 'evening')),
    status        TEXT NOT NULL DEFAULT 'planned'
                       CHECK (status IN ('planned', 'assigned', 'accepted', 'done', 'submitted',
                                         'approved', 'rejected', 'cancelled')),
    shopper_id    INTEGER REFERENCES shopper (id) ON DELETE RESTRICT,
    assigned_by   TEXT CHECK (assigned_by IS NULL OR assigned_by IN ('auto', 'manual')),
    locked        INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
    UNIQUE (wave_id, location_id, slot),
    CHECK ((status IN ('planned', 'cancelled')) = (shopper_id IS NULL)),
    CHECK ((shopper_id IS NULL) = (assigned_by IS NULL))
);
CREATE INDEX visit_by_location ON visit (location_id, wave_id);
CREATE INDEX visit_by_shopper ON visit (shopper_id) WHERE shopper_id IS NOT NULL;
CREATE INDEX visit_by_status ON visit (wave_id, status);

-- Every change of a visit's status or shopper, newest last.
CREATE TABLE visit_event (
    id          INTEGER PRIMARY KEY,
    visit_id    INTEGER NOT NULL REFERENCES visit (id) ON DELETE CASCADE,
    at          TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('planned', 'assigned', 'accepted', 'done', 'submitted',
                                                'approved', 'rejected', 'cancelled')),
    shopper_id  INTEGER REFERENCES shopper (id) ON DELETE RESTRICT,
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX visit_event_by_visit ON visit_event (visit_id);

-- ---------------------------------------------------------------- responses and answers
-- The shopper's report for one visit, answered against one questionnaire version.
CREATE TABLE response (
    id                 INTEGER PRIMARY KEY,
    visit_id           INTEGER NOT NULL UNIQUE REFERENCES visit (id) ON DELETE RESTRICT,
    version_id         INTEGER NOT NULL REFERENCES questionnaire_version (id) ON DELETE RESTRICT,
    language           TEXT NOT NULL REFERENCES programme_language (code) ON UPDATE CASCADE,
    visited_on         TEXT NOT NULL CHECK (date(visited_on, '+0 days') = visited_on),
    visited_at         TEXT CHECK (visited_at IS NULL OR visited_at GLOB '[0-2][0-9]:[0-5][0-9]'),
    duration_minutes   INTEGER CHECK (duration_minutes IS NULL OR duration_minutes >= 0),
    staff_description  TEXT NOT NULL DEFAULT '',
    comment            TEXT NOT NULL DEFAULT '',
    source             TEXT NOT NULL CHECK (source IN ('entry', 'import', 'demo')),
    submitted_at       TEXT
);
CREATE INDEX response_by_version ON response (version_id);

-- One answer per question; N/A and yes/no and single choice are an option; numbers, dates,
-- times and text use the value columns. Multiple choice lists its options in answer_choice.
CREATE TABLE answer (
    response_id  INTEGER NOT NULL REFERENCES response (id) ON DELETE CASCADE,
    question_id  INTEGER NOT NULL REFERENCES question (id) ON DELETE RESTRICT,
    option_id    INTEGER,
    number       REAL,
    text         TEXT,
    comment      TEXT,
    PRIMARY KEY (response_id, question_id),
    FOREIGN KEY (question_id, option_id) REFERENCES question_option (question_id, id) ON DELETE RESTRICT
) WITHOUT ROWID;

CREATE TABLE answer_choice (
    response_id  INTEGER NOT NULL,
    question_id  INTEGER NOT NULL,
    option_id    INTEGER NOT NULL,
    PRIMARY KEY (response_id, question_id, option_id),
    FOREIGN KEY (response_id, question_id) REFERENCES answer (response_id, question_id) ON DELETE CASCADE,
    FOREIGN KEY (question_id, option_id) REFERENCES question_option (question_id, id) ON DELETE RESTRICT
) WITHOUT ROWID;

-- ---------------------------------------------------------------- quality control
CREATE TABLE qc_flag (
    id           INTEGER PRIMARY KEY,
    response_id  INTEGER NOT NULL REFERENCES response (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (length(kind) > 0),
    severity     TEXT NOT NULL DEFAULT 'warning' CHECK (severity IN ('info', 'warning', 'serious')),
    evidence     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(evidence)),
    created_at   TEXT NOT NULL
);
CREATE INDEX qc_flag_by_response ON qc_flag (response_id);

CREATE TABLE qc_decision (
    id           INTEGER PRIMARY KEY,
    response_id  INTEGER NOT NULL REFERENCES response (id) ON DELETE CASCADE,
    decision     TEXT NOT NULL CHECK (decision IN ('approved', 'sent_back')),
    reason       TEXT NOT NULL DEFAULT '',
    decided_by   TEXT NOT NULL DEFAULT '',
    decided_at   TEXT NOT NULL,
    CHECK (decision = 'approved' OR length(reason) > 0)
);
CREATE INDEX qc_decision_by_response ON qc_decision (response_id);

-- ---------------------------------------------------------------- stored scores
-- Derived from answers by the scoring engine; never edited by hand.
CREATE TABLE visit_score (
    response_id  INTEGER PRIMARY KEY REFERENCES response (id) ON DELETE CASCADE,
    score        REAL CHECK (score IS NULL OR score BETWEEN 0 AND 100),
    earned       REAL NOT NULL,
    possible     REAL NOT NULL,
    knocked_out  INTEGER NOT NULL DEFAULT 0 CHECK (knocked_out IN (0, 1)),
    computed_at  TEXT NOT NULL
);

CREATE TABLE section_score (
    response_id  INTEGER NOT NULL REFERENCES response (id) ON DELETE CASCADE,
    section_id   INTEGER NOT NULL REFERENCES section (id) ON DELETE CASCADE,
    score        REAL CHECK (score IS NULL OR score BETWEEN 0 AND 100),
    earned       REAL NOT NULL,
    possible     REAL NOT NULL,
    knocked_out  INTEGER NOT NULL DEFAULT 0 CHECK (knocked_out IN (0, 1)),
    PRIMARY KEY (response_id, section_id)
) WITHOUT ROWID;
