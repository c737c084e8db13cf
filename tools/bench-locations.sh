#!/usr/bin/env bash
# Benchmark of the locations importer: 50,000 locations (15 columns, Latvian names, UTF-8, ';')
# read, checked and written into a new programme, then imported again (every code updated).
# Prints one JSON object. Usage: tools/bench-locations.sh [BUILD_DIR] [WORK_DIR]
# With a WORK_DIR the programme stays there (bench-locations.shopscope) for
# build/tests/bench/bench_location_browser --file WORK_DIR/bench-locations.shopscope.
set -euo pipefail
build=${1:-build}
work=${2:-}
keep=${work:+yes}
work=${work:-$(mktemp -d)}
cli="$build/app/shopscope-cli"
mkdir -p "$work"
csv="$work/locations-50k.csv"
file="$work/bench-locations.shopscope"
awk 'BEGIN {
    srand(4);
    split("Rīga Jūrmala Liepāja Daugavpils Jelgava Valmiera", city, " ");
    split("Rīga Rīga Kurzeme Latgale Zemgale Vidzeme", region, " ");
    print "Code;Name;Channel;Brand;Country;Region;Area;Address;Postcode;City;Latitude;Longitude;Staff;Size;Manager e-mail";
    for (i = 1; i <= 50000; i++) {
        c = int(rand() * 6) + 1;
        printf "LV-%05d;Filiāle %s %d;visit;Nordbank;Latvia;%s;%s centrs;Brīvības iela %d;LV-%d;%s;%.5f;%.5f;%d;M;mgr%d@bank.example\n",
            i, city[c], i, region[c], city[c], i % 200 + 1, 1000 + i % 9000, city[c], 56.5 + rand(), 22 + rand() * 4, 3 + int(rand() * 27), i;
    }
}' > "$csv"
rm -f "$file"
"$cli" new "$file" > /dev/null
seconds() { local start end; start=$(date +%s.%N); "$@" > /dev/null; end=$(date +%s.%N); echo "$end - $start" | bc -l; }
dry=$(seconds "$cli" locations import "$file" "$csv" --dry-run)
first=$(seconds "$cli" locations import "$file" "$csv")
again=$(seconds "$cli" locations import "$file" "$csv")
printf '{"rows": 50000, "dry_run_seconds": %.2f, "import_seconds": %.2f, "reimport_update_seconds": %.2f}\n' "$dry" "$first" "$again"
rm -f "$csv"
[ -n "$keep" ] || rm -f "$file"
