-- ShopScope project file, schema step 6: the programme's chart style beyond its palette, score
-- bands and target: the font of its charts and reports ('' = DejaVu Sans) and the client's logo
-- (PNG or JPEG bytes, at most 2 MB; NULL = none).
ALTER TABLE programme ADD COLUMN chart_font TEXT NOT NULL DEFAULT '' CHECK (length(chart_font) <= 100);
ALTER TABLE programme ADD COLUMN logo BLOB CHECK (logo IS NULL OR length(logo) <= 2097152);
