#!/usr/bin/env bash
# Benchmark of the scored results store on the large demo programme (173,732 reports, 7.3 million
# answers): a full rescoring (on a copy), and four chart aggregations (mean score by wave × region;
# section means of one wave; the share of yes of every yes/no question in one wave; NPS by wave)
# done by ShopScope and, in the same run, by pandas reading the same file through Python's sqlite3
# (tools/bench-scores-pandas.py). Prints both figures and the ratio pandas / ShopScope per
# aggregation (above 1: ShopScope is faster). Writes the large demo first when it is missing or
# older than the results store.
# Usage: tools/bench-scores.sh [BUILD_DIR] [RUNS]
set -euo pipefail
build=${1:-build}
runs=${2:-5}
here=$(cd "$(dirname "$0")" && pwd)
file="$build/bench/large.shopscope"
mkdir -p "$build/bench"
if [ ! -f "$file" ] || [ "$(sqlite3 "$file" "SELECT count(*) FROM sqlite_schema WHERE name = 'question_scores'")" = 0 ]; then
    "$build/app/shopscope-cli" demo "$file" --preset large --seed 1 --today 2026-11-22 --force > /dev/null
fi
shopscope_json=$("$build/tests/bench/bench_scores" --file "$file" --runs "$runs")
pandas_json=$(/usr/bin/python3 "$here/bench-scores-pandas.py" "$file" --runs "$runs")
/usr/bin/python3 - "$shopscope_json" "$pandas_json" <<'PY'
import json, sys
ours = json.loads(sys.argv[1])
theirs = json.loads(sys.argv[2])
rescore = ours['rescore']
print(f"full rescoring: {rescore['reports']:,} reports, {rescore['section_scores']:,} section scores, "
      f"{rescore['question_scores']:,} question scores in {rescore['seconds']:.2f} s; "
      f"fresh rescoring compared with the store (check): {ours['compare']['seconds']:.2f} s")
print(f"{'aggregation':34} {'cells':>6} {'ShopScope ms':>13} {'pandas ms':>10} {'ratio':>7}")
for name, own in theirs['aggregations'].items():
    mine = ours['aggregations'][name]
    ratio = own['median_ms'] / mine['median_ms']
    print(f"{name:34} {mine['cells']:>6} {mine['median_ms']:>13.1f} {own['median_ms']:>10.1f} {ratio:>7.1f}")
    if mine['cells'] != own['cells']:
        print(f"  cells differ: ShopScope {mine['cells']}, pandas {own['cells']}")
print("(median of the runs, warm file; pandas " + theirs['pandas'] + ")")
print("ShopScope only:")
for name, mine in ours['aggregations'].items():
    if name not in theirs['aggregations']:
        print(f"  {name:32} {mine['cells']:>6} {mine['median_ms']:>13.1f}")
PY
