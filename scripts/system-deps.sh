#!/usr/bin/env bash
# Makes sure PostgreSQL (server binaries) and Chromium are there for the full test suite.
# On Debian/Ubuntu as root it installs what is missing through apt; elsewhere it names it.
#
# The browser tests run in Chromium's headless shell (Debian's chromium-headless-shell, the build
# Playwright itself runs headless): the same Blink and V8 as the full browser without its window
# machinery. On two cores the 72 browser and server tests took 140 s in it, against 240 s in
# Debian's chromium (its launcher adds flags) and 190 s in that binary called directly. A full
# Chromium or Chrome serves where no headless shell is installed and none can be.
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
  # CHROMIUM_PATH, when set, names the build to test in (for instance a full Chromium).
  if [ -n "${CHROMIUM_PATH:-}" ]; then echo "$CHROMIUM_PATH"; return; fi
  for name in chromium-headless-shell chromium chromium-browser google-chrome; do
    if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return; fi
  done
}

can_apt() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; }

missing=()
[ -n "$(pg_bindir)" ] || missing+=(postgresql)
if [ -n "${CHROMIUM_PATH:-}" ]; then
  [ -x "$CHROMIUM_PATH" ] || { echo "CHROMIUM_PATH=$CHROMIUM_PATH is not a program." >&2; exit 1; }
elif ! command -v chromium-headless-shell >/dev/null 2>&1; then
  if can_apt || [ -z "$(chromium_path)" ]; then missing+=(chromium-headless-shell); fi
fi

if [ ${#missing[@]} -gt 0 ]; then
  if can_apt; then
    echo "Installing ${missing[*]} through apt..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    for package in "${missing[@]}"; do
      apt-get install -y -qq "$package" >/dev/null && continue
      # Ubuntu has no headless shell (its Chromium is a snap): a Chromium already there will do.
      if [ "$package" = chromium-headless-shell ] && [ -n "$(chromium_path)" ]; then
        echo "No chromium-headless-shell through apt: the browser tests use $(chromium_path)." >&2
      else
        echo "apt could not install $package." >&2; exit 1
      fi
    done
  else
    echo "The full test suite needs: ${missing[*]}." >&2
    echo "Install them with your package manager (Debian: sudo apt-get install ${missing[*]};" >&2
    echo "any Chromium or Chrome on PATH serves the browser tests too, more slowly)," >&2
    echo "or run 'make test-fast' for the SQLite suite without the browser." >&2
    exit 1
  fi
fi
echo "PG_BINDIR=$(pg_bindir)"
echo "CHROMIUM_PATH=$(chromium_path)"
