#!/usr/bin/env bash
# Imports a whole wave of reports (the large demo preset's W2026-10, about 16,500 reports and
# 700,000 answers) from a platform-style CSV into a copy of the file whose reports of that wave
# were removed, then imports the same file again (every report unchanged). Then the same wave as
# a KoboToolbox export of the form ShopScope wrote (results import --format odk).
# Usage: tools/bench-report-import.sh BUILD_DIR   (needs BUILD_DIR/bench/large.shopscope)
set -euo pipefail
build=${1:-build}
cli="$build/app/shopscope-cli"
large="$build/bench/large.shopscope"
work="$build/bench/report-import.shopscope"
csv="$build/bench/W2026-10-reports.csv"
[ -f "$large" ] || "$cli" demo "$large" --preset large --seed 1 --today 2026-11-22
cp "$large" "$work"
# A file of an older format is brought up to date (and its scores stored) once, outside the timings.
"$cli" scores rescore "$work" > /dev/null
echo "reports in the file: $(python3 "$(dirname "$0")/make-report-csv.py" "$work" W2026-10 "$csv")"
# The wave's reports gone, its visits back to 'done', as before the platform's file came in.
sqlite3 "$work" "PRAGMA foreign_keys = ON;
  UPDATE visit SET status = 'done' WHERE id IN (SELECT r.visit_id FROM response r JOIN visit v ON v.id = r.visit_id
                                                JOIN wave w ON w.id = v.wave_id WHERE w.code = 'W2026-10');
  DELETE FROM response WHERE visit_id IN (SELECT v.id FROM visit v JOIN wave w ON w.id = v.wave_id WHERE w.code = 'W2026-10');"
echo "dry run:";   /usr/bin/time -f "  %e s, %M KB" "$cli" results import "$work" "$csv" --dry-run
echo "import:";    /usr/bin/time -f "  %e s, %M KB" "$cli" results import "$work" "$csv"
echo "again:";     /usr/bin/time -f "  %e s, %M KB" "$cli" results import "$work" "$csv"

# The same wave as KoboToolbox exports it (group prefixes, ss_* fields, Kobo's metadata).
odkcsv="$build/bench/W2026-10-kobo.csv"
python3 "$(dirname "$0")/make-report-csv.py" "$large" W2026-10 "$odkcsv" odk > /dev/null
cp "$large" "$work"
"$cli" scores rescore "$work" > /dev/null
sqlite3 "$work" "PRAGMA foreign_keys = ON;
  UPDATE visit SET status = 'done' WHERE id IN (SELECT r.visit_id FROM response r JOIN visit v ON v.id = r.visit_id
                                                JOIN wave w ON w.id = v.wave_id WHERE w.code = 'W2026-10');
  DELETE FROM response WHERE visit_id IN (SELECT v.id FROM visit v JOIN wave w ON w.id = v.wave_id WHERE w.code = 'W2026-10');"
echo "ODK dry run:"; /usr/bin/time -f "  %e s, %M KB" "$cli" results import "$work" "$odkcsv" --format odk --dry-run
echo "ODK import:";  /usr/bin/time -f "  %e s, %M KB" "$cli" results import "$work" "$odkcsv" --format odk
