-- ShopScope project file, schema step 5: the scored results store (docs/results.md).
-- Stored scores are derived from the answers by the scoring engine and rewritten by a rescoring.

-- The fingerprint of the scoring rules a visit score was computed with (the engine's revision
-- and everything of the version the scores depend on); 0 = unknown. A report whose fingerprint
-- is not its version's current one has stale scores.
ALTER TABLE visit_score ADD COLUMN fingerprint INTEGER NOT NULL DEFAULT 0;

-- The question scores of one report and the answers charts count, packed: one little-endian
-- IEEE 754 single (4 bytes) per question of the report's questionnaire version, in ascending
-- question id. scores: the question's score 0-100, NaN where it has none (unscored, hidden, N/A
-- or unanswered). answers: the chosen option's index in the question's option order (yes/no,
-- single choice), the number (rating, NPS, number), the count of chosen options (multiple
-- choice, which answer_choice lists), -1 for N/A, NaN where there is nothing to count. One row per
-- report instead of one per answer keeps a full rescoring of ten million answers at a few
-- seconds and any chart at milliseconds (docs/results.md has the measurements).
CREATE TABLE question_scores (
    response_id  INTEGER PRIMARY KEY REFERENCES response (id) ON DELETE CASCADE,
    scores       BLOB NOT NULL,
    answers      BLOB NOT NULL
);

-- The aggregations read the counted reports of the chosen waves with their keys: these two
-- indexes cover that join (visits by wave and status with their location and scenario, then the
-- report of each visit with its version), so one wave's reports take a tenth of the time. The
-- visits' index replaces the narrower one of step 1 (the same name and leading columns).
DROP INDEX visit_by_status;
CREATE INDEX visit_by_status ON visit (wave_id, status, location_id, scenario_id);
CREATE INDEX response_by_visit ON response (visit_id, version_id);
