-- ShopScope project file, schema step 2: a questionnaire version with reports is frozen, and the
-- file itself keeps it so: stored answers never change meaning under an edit.

-- The first report on a version freezes it.
CREATE TRIGGER response_freezes_version AFTER INSERT ON response
BEGIN
    UPDATE questionnaire_version SET status = 'frozen' WHERE id = NEW.version_id AND status <> 'frozen';
END;

-- A version with reports stays frozen.
CREATE TRIGGER frozen_version_stays_frozen BEFORE UPDATE OF status ON questionnaire_version
WHEN OLD.status = 'frozen' AND NEW.status <> 'frozen'
     AND EXISTS (SELECT 1 FROM response WHERE version_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'this questionnaire version has reports and stays frozen');
END;

CREATE TRIGGER frozen_version_keeps_scoring BEFORE UPDATE OF section_scoring ON questionnaire_version
WHEN OLD.status = 'frozen'
BEGIN
    SELECT RAISE(ABORT, 'this questionnaire version is frozen; create a new version to change it');
END;

-- Sections, questions and options of a frozen version cannot be changed or removed.
CREATE TRIGGER frozen_section_update BEFORE UPDATE ON section
WHEN (SELECT status FROM questionnaire_version WHERE id = OLD.version_id) = 'frozen'
BEGIN
    SELECT RAISE(ABORT, 'this questionnaire version is frozen; create a new version to change it');
END;

CREATE TRIGGER frozen_section_delete BEFORE DELETE ON section
WHEN (SELECT status FROM questionnaire_version WHERE id = OLD.version_id) = 'frozen'
BEGIN
    SELECT RAISE(ABORT, 'this questionnaire version is frozen; create a new version to change it');
END;

CREATE TRIGGER frozen_question_update BEFORE UPDATE ON question
WHEN (SELECT status FROM questionnaire_version WHERE id = OLD.version_id) = 'frozen'
BEGIN
    SELECT RAISE(ABORT, 'this questionnaire version is frozen; create a new version to change it');
END;

CREATE TRIGGER frozen_question_delete BEFORE DELETE ON question
WHEN (SELECT status FROM questionnaire_version WHERE id = OLD.version_id) = 'frozen'
BEGIN
    SELECT RAISE(ABORT, 'this questionnaire version is frozen; create a new version to change it');
END;

CREATE TRIGGER frozen_option_update BEFORE UPDATE ON question_option
WHEN (SELECT v.status FROM question q JOIN questionnaire_version v ON v.id = q.version_id WHERE q.id = OLD.question_id) = 'frozen'
BEGIN
    SELECT RAISE(ABORT, 'this questionnaire version is frozen; create a new version to change it');
END;

CREATE TRIGGER frozen_option_delete BEFORE DELETE ON question_option
WHEN (SELECT v.status FROM question q JOIN questionnaire_version v ON v.id = q.version_id WHERE q.id = OLD.question_id) = 'frozen'
BEGIN
    SELECT RAISE(ABORT, 'this questionnaire version is frozen; create a new version to change it');
END;
