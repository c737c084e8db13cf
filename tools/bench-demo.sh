#!/usr/bin/env bash
# Benchmark of the demo generator (issue: foundation). Prints one JSON object:
#   - demo --preset large: seconds and rows per second;
#   - the sqlite3 shell's .import of the very same rows (every table, as CSV) into bare tables
#     without constraints or indexes: seconds and rows per second;
#   - the ratio of the two (the target is at least 0.5).
# Usage: tools/bench-demo.sh [BUILD_DIR] [WORK_DIR]
set -euo pipefail
build=${1:-build}
work=${2:-$(mktemp -d)}
cli="$build/app/shopscope-cli"
mkdir -p "$work"
file="$work/bench-large.shopscope"
rm -f "$file"

demo_json=$("$cli" demo "$file" --preset large --seed 1 --today 2026-11-22 --json)
demo_seconds=$(printf '%s' "$demo_json" | sed -n 's/.*"seconds": \([0-9.]*\).*/\1/p')
rows=$(printf '%s' "$demo_json" | sed -n 's/.*"rows": \([0-9]*\).*/\1/p')

# Export every table with data; build the bare schema (same table and column names, nothing else).
tables=$(sqlite3 "$file" "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
bare="$work/bare.db"
rm -f "$bare"
script="$work/import.sql"
: > "$script"
for table in $tables; do
    columns=$(sqlite3 "$file" "SELECT group_concat(name, ', ') FROM pragma_table_info('$table')")
    sqlite3 -csv "$file" "SELECT * FROM \"$table\"" > "$work/$table.csv"
    echo "CREATE TABLE \"$table\" ($columns);" >> "$script"
done
for table in $tables; do
    echo ".import --csv \"$work/$table.csv\" \"$table\"" >> "$script"
done
start=$(date +%s.%N)
sqlite3 "$bare" < "$script"
end=$(date +%s.%N)
import_seconds=$(echo "$end - $start" | bc -l)
imported=0
for table in $tables; do
    imported=$((imported + $(sqlite3 "$bare" "SELECT count(*) FROM \"$table\"")))
done

printf '{"demo_seconds": %.2f, "rows": %d, "demo_rows_per_second": %.0f, "import_seconds": %.2f, "imported_rows": %d, "import_rows_per_second": %.0f, "ratio": %.2f}\n' \
    "$demo_seconds" "$rows" "$(echo "$rows / $demo_seconds" | bc -l)" \
    "$import_seconds" "$imported" "$(echo "$imported / $import_seconds" | bc -l)" \
    "$(echo "($rows / $demo_seconds) / ($imported / $import_seconds)" | bc -l)"
rm -f "$work"/*.csv "$bare" "$script"
