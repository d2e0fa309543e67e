#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster on loopback, then stops and removes it.
# Usage: PG_BINDIR=/usr/lib/postgresql/15/bin scripts/with-postgres.sh COMMAND...
# The command sees DATABASE_URL for a role that may create databases (the test runner does), and
# PG_DATADIR, PG_OPTIONS and PG_LOGFILE to stop and start the same cluster (bench/faults.py does).
set -euo pipefail

bindir=${PG_BINDIR:?PG_BINDIR must name the PostgreSQL server binaries}
datadir=$(mktemp -d "${TMPDIR:-/tmp}/instroomwijzer-pg.XXXXXX")
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

# initdb and postgres refuse to run as root: there, run them as the postgres user.
as_pg=()
if [ "$(id -u)" = 0 ]; then
  chown postgres "$datadir"
  as_pg=(runuser -u postgres --)
fi

cleanup() {
  "${as_pg[@]}" "$bindir/pg_ctl" -D "$datadir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$datadir"
}
trap cleanup EXIT INT TERM

"${as_pg[@]}" "$bindir/initdb" -D "$datadir/data" -U postgres -A trust -E UTF8 \
  --locale=C.UTF-8 >/dev/null
options="-c listen_addresses=127.0.0.1 -p $port -k $datadir -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
"${as_pg[@]}" "$bindir/pg_ctl" -D "$datadir/data" -l "$datadir/server.log" -w -s -o "$options" start
"${as_pg[@]}" "$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -q -v ON_ERROR_STOP=1 \
  -c "CREATE ROLE instroomwijzer LOGIN CREATEDB" \
  -c "CREATE DATABASE instroomwijzer OWNER instroomwijzer"
echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"

export DATABASE_URL="postgres://instroomwijzer@127.0.0.1:$port/instroomwijzer"
export PG_DATADIR="$datadir/data" PG_OPTIONS="$options" PG_LOGFILE="$datadir/server.log"
"$@"
