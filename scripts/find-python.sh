#!/usr/bin/env bash
# Prints the path of a Python >= 3.12 (Django 6.1 needs it), or explains what to install.
# $PYTHON wins when set; then python3.12/3.13/3.14/python3 on PATH (3.12 is what CI runs);
# then the versions pyenv holds.
set -euo pipefail

ok() { "$1" -c 'import sys, venv; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; }

candidates=()
[ -n "${PYTHON:-}" ] && candidates+=("$PYTHON")
for name in python3.12 python3.13 python3.14 python3; do
  command -v "$name" >/dev/null 2>&1 && candidates+=("$(command -v "$name")")
done
# pyenv shims for versions that are not selected answer "command not found": ask the versions.
if command -v pyenv >/dev/null 2>&1; then
  root=$(pyenv root)
  for dir in $(ls -d "$root"/versions/3.* 2>/dev/null | sort -V); do
    candidates+=("$dir/bin/python3")
  done
fi

for candidate in "${candidates[@]}"; do
  if ok "$candidate"; then
    echo "$candidate"
    exit 0
  fi
done

echo "No Python 3.12 or newer found (Django 6.1 needs it)." >&2
echo "Install one (e.g. 'apt-get install python3.12 python3.12-venv' or 'pyenv install 3.12')," >&2
echo "or point to it: make run PYTHON=/path/to/python3.12" >&2
exit 1
