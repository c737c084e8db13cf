#!/usr/bin/env bash
# The README's first command: installs what is missing, builds, writes the demo programme
# (once) and opens it in the window. Safe to run again: it only does what is left to do.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$top/tools/build.sh"
demo="$top/build/demo/nordbank-demo.shopscope"
mkdir -p "$(dirname "$demo")"
if [ ! -f "$demo" ]; then
    "$top/build/app/shopscope-cli" demo "$demo" --preset small
fi
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "No display here. To look at the window anyway:"
    echo "  xvfb-run -a $top/build/app/shopscope $demo"
    exit 0
fi
exec "$top/build/app/shopscope" "$demo"
