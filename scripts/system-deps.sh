#!/usr/bin/env bash
# Makes sure PostgreSQL (server binaries) and Chromium are there for the full test suite.
# On Debian/Ubuntu as root it installs what is missing through apt; elsewhere it names it.
set -euo pipefail

pg_bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then echo "$dir"; return; fi
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return; fi
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    pg_config --bindir; return
  fi
}

chromium_path() {
  for name in chromium chromium-browser google-chrome; do
    if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return; fi
  done
}

missing=()
[ -n "$(pg_bindir)" ] || missing+=(postgresql)
[ -n "$(chromium_path)" ] || missing+=(chromium)

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${missing[*]} through apt..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "The full test suite needs: ${missing[*]}." >&2
    echo "Install them with your package manager (Debian/Ubuntu: sudo apt-get install ${missing[*]})," >&2
    echo "or run 'make test-fast' for the SQLite suite without the browser." >&2
    exit 1
  fi
fi
echo "PG_BINDIR=$(pg_bindir)"
echo "CHROMIUM_PATH=$(chromium_path)"
