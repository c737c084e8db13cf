-- ShopScope project file, schema step 3: a closed or reported wave takes no new visits, and no
-- visit is moved into one. Its fieldwork is over; the rule holds whatever tool edits the file.
CREATE TRIGGER closed_wave_takes_no_visit BEFORE INSERT ON visit
WHEN (SELECT status FROM wave WHERE id = NEW.wave_id) IN ('closed', 'reported')
BEGIN
    SELECT RAISE(ABORT, 'this wave is closed and takes no new visits');
END;

CREATE TRIGGER closed_wave_takes_no_moved_visit BEFORE UPDATE OF wave_id ON visit
WHEN NEW.wave_id <> OLD.wave_id AND (SELECT status FROM wave WHERE id = NEW.wave_id) IN ('closed', 'reported')
BEGIN
    SELECT RAISE(ABORT, 'this wave is closed and takes no new visits');
END;
