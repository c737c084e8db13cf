#!/usr/bin/env bash
# Benchmark of the assignment engine on the large demo programme (60,000 shoppers): the wave in
# planning (16,680 open visits) and the wave in fieldwork (its planned and automatically assigned
# visits around 13,584 fixed ones). Per wave: load, solve, reasons, write and undo times, peak
# memory, and the optimum against a greedy nearest-shopper baseline. Writes the large demo first
# when it is missing; the benchmark works on a copy.
# Usage: tools/bench-assign.sh [BUILD_DIR]
set -euo pipefail
build=${1:-build}
file="$build/bench/large.shopscope"
mkdir -p "$build/bench"
if [ ! -f "$file" ]; then
    "$build/app/shopscope-cli" demo "$file" --preset large --seed 1 --today 2026-11-22 > /dev/null
fi
for wave in W2026-12 W2026-11; do
    "$build/tests/bench/bench_assign" --file "$file" --wave "$wave"
    echo
done
