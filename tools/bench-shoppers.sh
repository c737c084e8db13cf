#!/usr/bin/env bash
# Benchmark of the shopper importer: a panel of 60,000 shoppers (21 columns with personal data,
# Latvian and Polish names, UTF-8, ';', decimal commas) checked (dry run) and written into a new
# programme, imported again unchanged, imported again with every rating changed, and exported.
# Prints one JSON object. Usage: tools/bench-shoppers.sh [BUILD_DIR] [WORK_DIR]
set -euo pipefail
build=${1:-build}
work=${2:-}
keep=${work:+yes}
work=${work:-$(mktemp -d)}
cli="$build/app/shopscope-cli"
rows=60000
mkdir -p "$work"
csv="$work/shoppers-60k.csv"
changed="$work/shoppers-60k-ratings.csv"
file="$work/bench-shoppers.shopscope"
generate() { # $1: seed for the ratings
    awk -v rows="$rows" -v seed="$1" 'BEGIN {
        srand(seed);
        split("Rīga Jūrmala Liepāja Daugavpils Jelgava Kraków Łódź Gdańsk Wrocław Poznań", city, " ");
        split("56,9496 56,9680 56,5047 55,8747 56,6511 50,0647 51,7592 54,3520 51,1079 52,4064", lat, " ");
        split("24,1052 23,7704 21,0108 26,5362 23,7214 19,9450 19,4560 18,6466 17,0385 16,9252", lon, " ");
        split("Jānis Līga Ģirts Ilze Kārlis Zofia Łukasz Małgorzata Paweł Agnieszka", first, " ");
        split("Bērziņš Kalniņa Ķēniņš Ozoliņa Liepiņš Wróbel Żółć Dąbrowska Kowalski Wiśniewska", last, " ");
        split("lv lv|en lv|ru|en pl pl|en", langs, " ");
        split("has-car customer has-car|customer student retired|has-children", tags, " ");
        print "Code;Name;E-mail;Phone;Address;Postcode;Birth year;Gender;Languages;Tags;City;Latitude;Longitude;" \
              "Capacity per wave;Capacity per day;Status;Rating;Joined;Unavailable;Conflict brands";
        for (i = 1; i <= rows; i++) {
            c = int(rand() * 10) + 1; n = int(rand() * 10) + 1; l = (c <= 5) ? int(rand() * 3) + 1 : int(rand() * 2) + 4;
            status = rand() < 0.9 ? "active" : (rand() < 0.7 ? "paused" : "blocked");
            away = rand() < 0.05 ? sprintf("2027-0%d-01..2027-0%d-14", 1 + i % 8, 1 + i % 8) : "";
            brand = rand() < 0.003 ? "Vistula Bank" : "";
            gsub(/\|/, ", ", langs[l]); t = tags[1 + i % 5]; gsub(/\|/, ", ", t);
            printf "P%06d;%s %s;p%06d@panel.example;+371 2%07d;Brīvības iela %d;LV-%04d;%d;%s;\"%s\";\"%s\";%s;%s;%s;%d;%d;%s;%.1f;2024-%02d-%02d;%s;%s\n",
                i, first[n], last[n], i, i, i % 300 + 1, 1000 + i % 9000, 1950 + int(rand() * 55), n % 2 ? "female" : "male",
                langs[l], t, city[c], lat[c], lon[c], 2 + int(rand() * 7), 1 + int(rand() * 3), status,
                1 + rand() * 4, 1 + i % 12, 1 + i % 28, away, brand;
        }
    }' | sed 's/\.\([0-9]\);2024/,\1;2024/'
}
generate 11 > "$csv"
generate 12 > "$changed"
rm -f "$file"
"$cli" new "$file" > /dev/null
seconds() { local start end; start=$(date +%s.%N); "$@" > /dev/null; end=$(date +%s.%N); echo "$end - $start" | bc -l; }
dry=$(seconds "$cli" shoppers import "$file" "$csv" --dry-run)
first=$(seconds "$cli" shoppers import "$file" "$csv")
again=$(seconds "$cli" shoppers import "$file" "$csv")
update=$(seconds "$cli" shoppers import "$file" "$changed" --map code=Code,rating=Rating)
export=$(seconds "$cli" shoppers export "$file" "$work/export.csv" --personal)
count=$("$cli" shoppers list "$file" --json | grep -c '"code"')
printf '{"rows": %d, "imported": %d, "dry_run_seconds": %.2f, "import_seconds": %.2f, "reimport_unchanged_seconds": %.2f, "reimport_ratings_seconds": %.2f, "export_personal_seconds": %.2f}\n' \
    "$rows" "$count" "$dry" "$first" "$again" "$update" "$export"
rm -f "$csv" "$changed" "$work/export.csv"
[ -n "$keep" ] || rm -f "$file"
