-- ShopScope project file, schema step 4: the assignment engine's rules for the programme.
-- One JSON document (docs/assignment.md describes it); no row means the built-in defaults, with
-- the lockout taken from programme.lockout_days.
CREATE TABLE assignment_rule (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    rule  TEXT NOT NULL CHECK (json_valid(rule))
);
