#!/usr/bin/env bash
# The README's second command (and CI's): installs what is missing, builds, runs every test.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$top/tools/build.sh"
cd "$top/build"
ctest --output-on-failure -j2
