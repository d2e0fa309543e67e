"""Benchmark the public search and provider pages against /healthz, side by side in one run.

Starts gunicorn on a free loopback port against the database in DATABASE_URL (filled by
bench/fill.py), then drives every scenario with wrk at a fixed concurrency: a short warm-up, then
a timed run. Writes bench/results/latest.md and bench/results/latest.json and prints the table.
See bench/README.md; `make bench` does all of it on a throwaway PostgreSQL.

Usage: .venv/bin/python bench/run.py [--duration 10] [--warmup 2] [--only search-gent]

The parts: `common.py` (paths, settings, the targets), `scenarios.py` (what is asked),
`server.py` (gunicorn and wrk), `in_process.py` (SQL and CPU per page in this process) and
`report.py` (the verdict, the Markdown and JSON).
"""

import argparse
import tempfile
import time
from pathlib import Path

from common import PROJECT, RESULTS, prepare
from in_process import sql_profile, time_split
from report import environment, judge, target_summary, warnings, write_results
from scenarios import Scenario, build_scenarios
from server import Server, background_cpu, measure

# -- Main -----------------------------------------------------------------------------------


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=10, help="timed seconds per scenario")
    parser.add_argument("--warmup", type=int, default=2, help="warm-up seconds per scenario")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--threads-wrk", type=int, default=2, help="wrk threads")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument(
        "--threads", type=int, default=0, help="gunicorn threads per worker (0: sync workers)"
    )
    parser.add_argument("--only", default="", help="run only scenarios whose key contains this")
    parser.add_argument(
        "--path",
        action="append",
        default=[],
        help="also measure this path, same URL every request (repeatable)",
    )
    parser.add_argument("--no-sql", action="store_true", help="skip the in-process SQL profile")
    parser.add_argument("--output", type=Path, default=RESULTS, help="where latest.md goes")
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    prepare("bench/run.py", "bench")
    args.output.mkdir(parents=True, exist_ok=True)
    scenarios = [s for s in build_scenarios() if args.only in s.key or s.kind == "baseline"]
    for number, path in enumerate(args.path, start=1):
        extra = Scenario(f"path-{number}", f"{path}, repeated", "other", "repeated", [path])
        scenarios.insert(-1, extra)
    background = background_cpu()
    started = time.monotonic()
    measurements = []
    with (
        Server(args.workers, args.threads, args.output / "gunicorn.log") as server,
        tempfile.TemporaryDirectory(prefix="bench-paths-") as workdir,
    ):
        print(f"Serving on {server.base} ({server.description})", flush=True)
        meta = environment(server, args)
        meta["background_cpu"] = background
        meta["server_log"] = str(server.log.relative_to(PROJECT, walk_up=True))
        for scenario in scenarios:
            m = measure(scenario, server.base, Path(workdir), args)
            bad = f", {m.non_2xx + m.socket_errors} non-2xx" if m.non_2xx or m.socket_errors else ""
            print(
                f"  {m.label:<48} {m.rps:8,.0f} req/s  p50 {m.p50_ms:6.1f} ms  "
                f"p95 {m.p95_ms:6.1f} ms{bad}",
                flush=True,
            )
            measurements.append(m)
    baseline = judge(measurements)
    targets = target_summary(measurements, baseline)
    meta["load_seconds"] = round(time.monotonic() - started, 1)
    meta["warnings"] = warnings(meta, measurements)
    # The timings are written first: the SQL profile imports the views in this process, and code
    # being edited while the benchmark runs must not cost the numbers.
    write_results(args.output, meta, baseline, measurements, targets, [])
    profile, split = [], []
    if not args.no_sql:
        try:
            split = time_split(scenarios)
            profile = sql_profile(scenarios)
        except Exception as error:  # any failure is reported, not raised
            meta["warnings"].append(f"The SQL profile failed: {type(error).__name__}: {error}")
    report = write_results(args.output, meta, baseline, measurements, targets, profile, split)
    print()
    print(report)
    print(f"Written: {args.output / 'latest.md'} and latest.json")


if __name__ == "__main__":
    main()
