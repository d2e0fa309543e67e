#!/usr/bin/env bash
# Runs a command against a PostgreSQL cluster on loopback, then stops it.
# Usage: PG_BINDIR=/usr/lib/postgresql/15/bin [PG_KEEP_DIR=.pgdata] scripts/with-postgres.sh COMMAND...
# Without PG_KEEP_DIR the cluster is a throwaway one, removed on exit (CI, the bench targets).
# With it, the cluster lives in that directory and is kept between runs (made on the first one),
# so that `pytest --reuse-db` finds its test databases again.
# The command sees DATABASE_URL for a role that may create databases (the test runner does), and
# PG_DATADIR, PG_OPTIONS and PG_LOGFILE to stop and start the same cluster (bench/faults.py does).
set -euo pipefail

bindir=${PG_BINDIR:?PG_BINDIR must name the PostgreSQL server binaries}
if [ -n "${PG_KEEP_DIR:-}" ]; then
  mkdir -p "$PG_KEEP_DIR"
  datadir=$(cd "$PG_KEEP_DIR" && pwd)
else
  datadir=$(mktemp -d "${TMPDIR:-/tmp}/instroomwijzer-pg.XXXXXX")
fi
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

# initdb and postgres refuse to run as root: there, run them as the postgres user.
as_pg=()
if [ "$(id -u)" = 0 ]; then
  as_pg=(runuser -u postgres --)
  # A checkout in a folder only root may enter (`mktemp -d`, a home directory): the postgres
  # user cannot reach a cluster kept inside it, so it is kept in the temporary folder instead,
  # under a name of this checkout's own.
  if ! "${as_pg[@]}" test -x "$(dirname "$datadir")"; then
    datadir="${TMPDIR:-/tmp}/instroomwijzer-pg-$(printf '%s' "$datadir" | cksum | cut -d' ' -f1)"
    mkdir -p "$datadir"
  fi
  chown postgres "$datadir"
fi

cleanup() {
  if [ -n "${PG_KEEP_DIR:-}" ]; then
    "${as_pg[@]}" "$bindir/pg_ctl" -D "$datadir/data" -m fast stop >/dev/null 2>&1 || true
  else
    "${as_pg[@]}" "$bindir/pg_ctl" -D "$datadir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$datadir"
  fi
}
trap cleanup EXIT INT TERM

new_cluster=false
if [ ! -f "$datadir/data/PG_VERSION" ]; then
  rm -rf "$datadir/data"
  "${as_pg[@]}" "$bindir/initdb" -D "$datadir/data" -U postgres -A trust -E UTF8 \
    --locale=C.UTF-8 >/dev/null
  new_cluster=true
fi
# A kept cluster left running by an interrupted run is stopped first.
"${as_pg[@]}" "$bindir/pg_ctl" -D "$datadir/data" -m fast stop >/dev/null 2>&1 || true
options="-c listen_addresses=127.0.0.1 -p $port -k $datadir -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
"${as_pg[@]}" "$bindir/pg_ctl" -D "$datadir/data" -l "$datadir/server.log" -w -s -o "$options" start
if $new_cluster; then
  "${as_pg[@]}" "$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -q -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE instroomwijzer LOGIN CREATEDB" \
    -c "CREATE DATABASE instroomwijzer OWNER instroomwijzer"
fi
echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"

export DATABASE_URL="postgres://instroomwijzer@127.0.0.1:$port/instroomwijzer"
export PG_DATADIR="$datadir/data" PG_OPTIONS="$options" PG_LOGFILE="$datadir/server.log"
"$@"
