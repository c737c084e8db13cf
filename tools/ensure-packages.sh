#!/usr/bin/env bash
# Installs the packages of tools/packages.txt that are not installed yet (Debian 12).
# Does nothing, and needs no network, when everything is there already.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mapfile -t wanted < <(grep -v '^\s*#' "$here/packages.txt" | grep -v '^\s*$')
missing=()
for package in "${wanted[@]}"; do
    if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        continue
    fi
    # Node and npm from another source (NodeSource's nodejs bundles npm and conflicts with
    # Debian's npm package): a working command is as good as the package.
    if { [ "$package" = nodejs ] && command -v node >/dev/null; } || { [ "$package" = npm ] && command -v npm >/dev/null; }; then
        continue
    fi
    missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
echo "Installing: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
