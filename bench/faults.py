"""Faults under load: what the portal answers while PostgreSQL restarts or is away.

Starts gunicorn (as bench/run.py does) against the database in DATABASE_URL, filled by
bench/fill.py, and drives cold searches and provider pages with wrk at 32 connections through
five phases: steady load, a PostgreSQL restart, PostgreSQL stopped, PostgreSQL started again, and
load once it is back. It counts every status code per phase and reports the latency under load,
then asks every kind of page once more. Writes bench/results/faults.md and faults.json and prints
the report. See bench/README.md; `make faults` does all of it on a throwaway PostgreSQL.

It never fails on what it finds (no timing asserts anywhere); it exits non-zero only when it
cannot run: no PostgreSQL it may restart, no wrk, gunicorn that does not start.

Usage: .venv/bin/python bench/faults.py [--load 60] [--connections 32]
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import PROJECT, RESULTS, prepare  # the benchmark's setup, server, wrk and URLs
from report import environment
from scenarios import build_scenarios
from server import Server, get, wrk

# The benchmark logs errors only; the database's incident lines are ERROR and WARNING.
os.environ["DJANGO_LOG_LEVEL"] = "WARNING"

# The pages that must answer 200 once PostgreSQL is back, one of each kind.
EVERY_PAGE = [
    "/",
    "/opleidingen/?plaats=Hasselt&straal=20",
    "/opleidingen/?provincie=antwerpen&duaal=ja",
    "/aanbieders/benchmarkschool-7/",
    "/kwalificaties/",
    "/trajecten/",
    "/routeplanner/",
    "/premies/",
    "/duaal-leren/",
    "/contracten/",
    "/ondersteuning/",
    "/admin/login/",
    "/healthz",
]


@dataclass
class Phase:
    key: str
    label: str
    seconds: int
    events: list[str] = field(default_factory=list)  # what was done to PostgreSQL, and when
    requests: int = 0
    rps: float = 0.0
    statuses: dict[str, int] = field(default_factory=dict)
    socket_errors: int = 0
    p50_ms: float = 0.0
    p95_ms: float = 0.0
    p99_ms: float = 0.0
    max_ms: float = 0.0

    def count(self, predicate) -> int:
        return sum(n for status, n in self.statuses.items() if predicate(int(status)))


class Postgres:
    """The cluster of scripts/with-postgres.sh, stopped and started with its own pg_ctl."""

    def __init__(self):
        missing = [
            name
            for name in ("PG_BINDIR", "PG_DATADIR", "PG_OPTIONS", "PG_LOGFILE")
            if not os.environ.get(name)
        ]
        if missing:
            sys.exit(
                f"bench/faults.py restarts PostgreSQL, so it needs {', '.join(missing)}: run it "
                "through scripts/with-postgres.sh (make faults does)."
            )
        self.pg_ctl = str(Path(os.environ["PG_BINDIR"]) / "pg_ctl")
        self.datadir, self.options = os.environ["PG_DATADIR"], os.environ["PG_OPTIONS"]
        self.logfile = os.environ["PG_LOGFILE"]
        # pg_ctl refuses to run as root, as in scripts/with-postgres.sh.
        self.as_pg = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def _pg_ctl(self, *args: str) -> None:
        command = [*self.as_pg, self.pg_ctl, "-D", self.datadir, "-w", "-s", *args]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)

    def restart(self) -> None:
        # Fast: every open connection is cut at once, as an operator's restart would.
        self._pg_ctl("-m", "fast", "-l", self.logfile, "-o", self.options, "restart")

    def stop(self) -> None:
        self._pg_ctl("-m", "fast", "stop")

    def start(self) -> None:
        self._pg_ctl("-l", self.logfile, "-o", self.options, "start")


def mixed_paths() -> list[str]:
    """Cold searches of every kind and provider pages, interleaved: a new URL every request."""
    cold = [s.paths for s in build_scenarios() if s.mode == "cold"]
    mixed = []
    for index in range(max(len(paths) for paths in cold)):
        mixed.extend(paths[index] for paths in cold if index < len(paths))
    return mixed


class Load:
    """wrk over the mixed paths for one phase, in the background while PostgreSQL is handled."""

    def __init__(self, base: str, paths_file: Path, args, offset: int):
        self.base, self.paths_file, self.args, self.offset = base, paths_file, args, offset
        self.result: dict = {}

    def run(self, phase: Phase, actions=()) -> dict:
        """Load for `phase.seconds`; each action (at seconds, label, function) runs meanwhile."""
        wrk_args = SimpleNamespace(
            threads_wrk=2, connections=self.args.connections, timeout=self.args.timeout
        )
        worker = threading.Thread(
            target=lambda: self.result.update(
                wrk(self.base, self.paths_file, phase.seconds, self.offset, wrk_args)
            )
        )
        started = time.monotonic()
        worker.start()
        for at, label, action in actions:
            time.sleep(max(0.0, at - (time.monotonic() - started)))
            began = time.monotonic() - started
            action()
            phase.events.append(
                f"{label} at {began:.1f} s, done at {time.monotonic() - started:.1f} s"
            )
        worker.join()
        result, self.result = self.result, {}
        self.offset = result["next_index"]
        phase.requests = result["requests"]
        phase.rps = result["requests"] / (result["duration_us"] / 1e6)
        phase.statuses = dict(sorted(result["statuses"].items()))
        phase.socket_errors = sum(
            result[f"errors_{name}"] for name in ["connect", "read", "write", "timeout"]
        )
        for name in ("p50", "p95", "p99", "max"):
            setattr(phase, f"{name}_ms", result[f"{name}_us"] / 1000)
        return result


def every_page(base: str) -> dict[str, int]:
    statuses = {}
    for path in EVERY_PAGE:
        try:
            statuses[path], _ = get(base + path, timeout=10)
        except OSError as error:
            statuses[path] = f"no answer ({error})"
    return statuses


def log_counts(log: Path) -> dict[str, int]:
    text = log.read_text(encoding="utf-8", errors="replace")
    return {
        "Database unreachable (ERROR, one per incident and worker)": text.count(
            "Database unreachable"
        ),
        "Database reachable again (WARNING)": text.count("Database reachable again"),
        "Traceback": text.count("Traceback"),
        "Internal Server Error": text.count("Internal Server Error"),
        "gunicorn WORKER TIMEOUT": text.count("WORKER TIMEOUT"),
    }


def verdicts(phases: dict[str, Phase], after: dict[str, int]) -> list[tuple[str, bool, str]]:
    load = phases["load"]
    faults = [phases[key] for key in ("restart", "outage", "back")]

    def statuses(phase: Phase) -> str:
        return ", ".join(f"{status}: {n:,}" for status, n in phase.statuses.items()) or "none"

    bad_after = {path: status for path, status in after.items() if status != 200}
    return [
        (
            "load: every response 2xx, no socket errors",
            load.count(lambda s: not 200 <= s < 300) == 0 and load.socket_errors == 0,
            f"{statuses(load)}; socket errors {load.socket_errors}",
        ),
        (
            "restart and outage: only 2xx and 503, never 500",
            all(p.count(lambda s: not (200 <= s < 300 or s == 503)) == 0 for p in faults),
            "; ".join(f"{p.key}: {statuses(p)}" for p in faults),
        ),
        (
            "after PostgreSQL is back: 2xx only under load, every page 200, same gunicorn",
            phases["after"].count(lambda s: not 200 <= s < 300) == 0 and not bad_after,
            f"{statuses(phases['after'])}; "
            + (f"pages not 200: {bad_after}" if bad_after else f"all {len(after)} pages 200"),
        ),
    ]


def markdown(meta, phases: dict[str, Phase], after, logs, checks) -> str:
    lines = [
        "# Faults under load: PostgreSQL restarted and stopped under gunicorn",
        "",
        f"Run {meta['started']} on {meta['machine']}; {meta['server']}; {meta['database']}; "
        f"wrk 2 threads, {meta['connections']} connections, {meta['timeout']} s timeout; "
        f"data: {meta['data']}; "
        f"{meta['distinct_paths']:,} distinct URLs (cold searches and provider pages).",
        "",
        "| phase | s | requests | req/s | statuses | socket errors | p50 ms | p95 ms | p99 ms "
        "| max ms |",
        "|---|---:|---:|---:|---|---:|---:|---:|---:|---:|",
    ]
    for p in phases.values():
        statuses = ", ".join(f"{s}: {n:,}" for s, n in p.statuses.items()) or "—"
        lines.append(
            f"| {p.label} | {p.seconds} | {p.requests:,} | {p.rps:,.0f} | {statuses} | "
            f"{p.socket_errors} | {p.p50_ms:.1f} | {p.p95_ms:.1f} | {p.p99_ms:.1f} | "
            f"{p.max_ms:.1f} |"
        )
    lines += ["", "What was done to PostgreSQL:", ""]
    for p in phases.values():
        for event in p.events:
            lines.append(f"- {p.label}: {event}")
    lines += ["", "## Checks (issue 12, Must hold)", ""]
    lines += [f"- {label}: **{'yes' if ok else 'NO'}** — {detail}" for label, ok, detail in checks]
    lines += ["", "## Every page once PostgreSQL is back", ""]
    lines += [f"- `{path}`: {status}" for path, status in after.items()]
    lines += ["", f"## The server's log ({meta['server_log']})", ""]
    lines += [f"- {name}: {count}" for name, count in logs.items()]
    lines += [
        "",
        f"gunicorn master pid {meta['gunicorn_pid']} from start to end (never restarted). "
        "Closed loop: each connection sends its next request when the last answer arrives; "
        "wrk, gunicorn and PostgreSQL share the machine's CPUs.",
        "",
    ]
    return "\n".join(lines)


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--load", type=int, default=60, help="seconds of steady load first")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers")
    parser.add_argument(
        "--timeout",
        type=int,
        default=30,
        help="seconds wrk waits for an answer before it counts a socket timeout",
    )
    parser.add_argument("--output", type=Path, default=RESULTS, help="where faults.md goes")
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    postgres = Postgres()
    prepare("bench/faults.py", "faults")
    from django.db import connection

    args.output.mkdir(parents=True, exist_ok=True)
    paths = mixed_paths()
    connection.close()  # this process holds no connection while PostgreSQL restarts
    log = args.output / "faults-gunicorn.log"
    phases = {
        "load": Phase("load", "load", args.load),
        "restart": Phase("restart", "PostgreSQL restart under load", 20),
        "outage": Phase("outage", "PostgreSQL stopped", 15),
        "back": Phase("back", "PostgreSQL started again", 15),
        "after": Phase("after", "load after it is back", 15),
    }
    with (
        Server(args.workers, 0, log) as server,
        tempfile.TemporaryDirectory(prefix="faults-paths-") as workdir,
    ):
        print(f"Serving on {server.base} ({server.description})", flush=True)
        meta = environment(
            server, SimpleNamespace(threads_wrk=2, **vars(args), warmup=0, duration=0)
        )
        connection.close()
        meta.update(
            connections=args.connections,
            timeout=args.timeout,
            distinct_paths=len(paths),
            gunicorn_pid=server.process.pid,
            server_log=str(log.relative_to(PROJECT, walk_up=True)),
        )
        paths_file = Path(workdir) / "paths.txt"
        paths_file.write_text("\n".join(paths) + "\n", encoding="utf-8")
        load = Load(server.base, paths_file, args, offset=0)
        plan = {
            "load": [],
            "restart": [(5, "pg_ctl restart -m fast", postgres.restart)],
            "outage": [(0, "pg_ctl stop -m fast", postgres.stop)],
            "back": [(5, "pg_ctl start", postgres.start)],
            "after": [],
        }
        for key, phase in phases.items():
            print(f"  {phase.label} ({phase.seconds} s)...", flush=True)
            load.run(phase, plan[key])
            print(
                f"    {phase.requests:,} requests, {phase.rps:,.0f} req/s, "
                f"statuses {phase.statuses}, socket errors {phase.socket_errors}, "
                f"p95 {phase.p95_ms:.1f} ms",
                flush=True,
            )
        after = every_page(server.base)
        still_running = server.process.poll() is None
    logs = log_counts(log)
    checks = verdicts(phases, after)
    if not still_running:
        checks.append(("gunicorn kept running", False, "its master exited during the run"))
    meta["started_at"] = datetime.now(UTC).isoformat()
    report = markdown(meta, phases, after, logs, checks)
    (args.output / "faults.md").write_text(report, encoding="utf-8")
    data = {
        "meta": meta,
        "phases": [asdict(p) for p in phases.values()],
        "every_page_after": after,
        "log": logs,
        "checks": [{"check": c, "met": ok, "detail": d} for c, ok, d in checks],
    }
    (args.output / "faults.json").write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    print()
    print(report)
    print(f"Written: {args.output / 'faults.md'} and faults.json")


if __name__ == "__main__":
    main()
