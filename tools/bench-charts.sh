#!/usr/bin/env bash
# Benchmark of the charts on the large demo programme (1,500 locations, 173,732 reports): for
# every standard chart, the time to build its data (export-data) and to build and draw it as a
# 1600 x 1000 PNG (chart), whole program runs included, without filters and with a region and a
# channel filter (what switching filters in the window redraws); then the chart pack of the
# default wave (every chart as PNG and SVG, and the PDF with a one-pager per location) with its
# peak memory. Median of RUNS runs.
# Usage: tools/bench-charts.sh [BUILD_DIR] [RUNS]
set -euo pipefail
build=${1:-build}
runs=${2:-3}
file="$build/bench/large.shopscope"
cli="$build/app/shopscope-cli"
mkdir -p "$build/bench"
if [ ! -f "$file" ] || [ "$(sqlite3 "$file" "SELECT count(*) FROM sqlite_schema WHERE name = 'question_scores'")" = 0 ]; then
    "$cli" demo "$file" --preset large --seed 1 --today 2026-11-22 --force > /dev/null
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
region=$(sqlite3 "$file" "SELECT name FROM geo_unit WHERE level = 'region' ORDER BY name LIMIT 1")
median() { # milliseconds of RUNS runs of a command
    local times=()
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s%N)
        "$@" > /dev/null
        end=$(date +%s%N)
        times+=($(( (end - start) / 1000000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}
printf '%-14s %12s %12s %14s %14s\n' view "data ms" "png ms" "data+filter ms" "png+filter ms"
for view in by-location trend sections compliance heatmap distribution benchmark nps drivers; do
    data=$(median "$cli" export-data "$file" --view "$view" --format json)
    png=$(median "$cli" chart "$file" --view "$view" --out "$out/$view.png")
    filtered=$(median "$cli" export-data "$file" --view "$view" --format json --filter "region=$region" --filter channel=visit)
    filteredPng=$(median "$cli" chart "$file" --view "$view" --out "$out/$view-f.png" --filter "region=$region" --filter channel=visit)
    printf '%-14s %12s %12s %14s %14s\n' "$view" "$data" "$png" "$filtered" "$filteredPng"
done
printf 'by-location per location (1,500 bars): png %s ms\n' \
    "$(median "$cli" chart "$file" --view by-location --per location --out "$out/locations.png")"
/usr/bin/time -f 'chart pack: %e s, peak memory %M KB' "$cli" chartpack "$file" --out "$out/pack"
