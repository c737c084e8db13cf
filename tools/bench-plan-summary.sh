#!/usr/bin/env bash
# Benchmark of the plan summary on the large demo programme (200,160 visits over twelve waves):
# one wave by region × scenario, the whole year by wave × region × scenario × channel, and every
# location in every wave. Writes the large demo first when it is missing.
# Usage: tools/bench-plan-summary.sh [BUILD_DIR]
set -euo pipefail
build=${1:-build}
file="$build/bench/large.shopscope"
mkdir -p "$build/bench"
if [ ! -f "$file" ]; then
    "$build/app/shopscope-cli" demo "$file" --preset large --seed 1 --today 2026-11-22 > /dev/null
fi
"$build/tests/bench/bench_plan_summary" --file "$file"
