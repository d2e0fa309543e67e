"""The benchmark's verdict and report: each scenario against /healthz and its floor, warnings
about the machine, the Markdown table and the JSON beside it."""

import json
import os
import platform
import subprocess
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

from common import (
    COLD_RATIO,
    FLOORS,
    HEALTHZ_REFERENCE_RPS,
    P95_LIMIT_MS,
    REPEATED_RATIO,
    VENV_BIN,
    WITH_P95,
)
from server import Measurement, Server

# -- Verdicts -------------------------------------------------------------------------------


def judge(measurements: list[Measurement]) -> float:
    """Set ratio, target and verdict on every measurement; returns the /healthz baseline."""
    baselines = [m.rps for m in measurements if m.kind == "baseline" and m.non_2xx == 0]
    baseline = sum(baselines) / len(baselines) if baselines else 0.0
    for m in measurements:
        m.ratio = m.rps / baseline if baseline else None
        floor = FLOORS.get((m.kind, m.mode))
        if floor is None:
            m.target, m.verdict = "—", "—"
            continue
        with_p95 = m.kind in WITH_P95
        m.target = f"≥ {floor}x" + (f", p95 < {P95_LIMIT_MS:.0f} ms" if with_p95 else "")
        problems = []
        if m.non_2xx or m.socket_errors:
            problems.append(f"{m.non_2xx + m.socket_errors} failed")
        if m.ratio is None or m.ratio < floor:
            problems.append("too slow")
        if with_p95 and m.p95_ms >= P95_LIMIT_MS:
            problems.append("p95")
        m.met = not problems
        m.verdict = "yes" if m.met else "NO (" + ", ".join(problems) + ")"
    return baseline


def target_summary(measurements: list[Measurement], baseline: float) -> list[dict]:
    searches = [m for m in measurements if m.kind == "search"]
    cold = [m for m in searches if m.mode == "cold"]
    repeated = [m for m in searches if m.mode == "repeated"]

    def clean(m: Measurement) -> bool:
        return m.non_2xx == 0 and m.socket_errors == 0

    def worst_ratio(group):
        worst = min(group, key=lambda m: m.ratio or 0)
        return f"worst {worst.ratio or 0:.3f}x ({worst.label})"

    def check(group, ok) -> bool | None:
        return all(clean(m) and ok(m) for m in group) if group else None

    healthz = [m for m in measurements if m.kind == "baseline"]
    slowest = max(searches, key=lambda m: m.p95_ms) if searches else None
    return [
        {
            "target": f"/healthz about {HEALTHZ_REFERENCE_RPS:,} req/s on 2 cores (reference)",
            "met": None,
            "detail": ", ".join(f"{m.rps:,.0f} req/s ({m.label})" for m in healthz)
            + f"; baseline {baseline:,.0f} req/s",
        },
        {
            "target": f"search, cold, at least {COLD_RATIO}x /healthz at any radius",
            "met": check(cold, lambda m: (m.ratio or 0) >= COLD_RATIO),
            "detail": worst_ratio(cold) if cold else "not measured",
        },
        {
            "target": f"search, repeated query, at least {REPEATED_RATIO}x /healthz",
            "met": check(repeated, lambda m: (m.ratio or 0) >= REPEATED_RATIO),
            "detail": worst_ratio(repeated) if repeated else "not measured",
        },
        {
            "target": f"search p95 under {P95_LIMIT_MS:.0f} ms at 8 concurrent connections",
            "met": check(searches, lambda m: m.p95_ms < P95_LIMIT_MS),
            "detail": f"slowest p95 {slowest.p95_ms:.1f} ms ({slowest.label})"
            if slowest
            else "not measured",
        },
        *[
            {
                "target": f"{label} at least {FLOORS[(kind, mode)]}x /healthz"
                + (f", p95 under {P95_LIMIT_MS:.0f} ms" if kind in WITH_P95 else ""),
                "met": check(group, lambda m: bool(m.met)),
                "detail": worst_ratio(group) if group else "not measured",
            }
            for kind, mode, label in [
                ("detail", "cold", "provider page, cold,"),
                ("content", "repeated", "content pages"),
                ("answer", "cold", "route planner and premium estimate, cold,"),
            ]
            for group in [[m for m in measurements if (m.kind, m.mode) == (kind, mode)]]
        ],
        {
            "target": "every response 2xx",
            "met": all(clean(m) for m in measurements),
            "detail": ", ".join(
                f"{m.label}: {m.non_2xx + m.socket_errors} (first status {m.first_bad_status})"
                for m in measurements
                if not clean(m)
            )
            or "none failed",
        },
    ]


def warnings(meta: dict, measurements: list[Measurement]) -> list[str]:
    """What makes this run's numbers less trustworthy."""
    found = []
    background = meta.get("background_cpu")
    if background is not None and background > 0.15:
        found.append(
            f"Other processes kept {background:.0%} of the CPUs busy just before the run: "
            "every number is lower and noisier than on an idle machine. Run again when idle."
        )
    healthz = [m.rps for m in measurements if m.kind == "baseline" and m.rps]
    if len(healthz) == 2 and min(healthz) < 0.8 * max(healthz):
        found.append(
            f"/healthz changed from {healthz[0]:,.0f} to {healthz[1]:,.0f} req/s between the "
            "start and the end of the run: the machine's load changed, so the ratios are rough."
        )
    for m in measurements:
        if m.repeated_share:
            found.append(
                f"{m.label}: {m.repeated_share:.0%} of the timed requests reused a URL of the "
                f"run (only {m.distinct_paths:,} distinct URLs), so a cache may have helped."
            )
        elif m.reused_base_share:
            found.append(
                f"{m.label}: {m.reused_base_share:.0%} of the timed requests asked again for one "
                f"of its {m.distinct_bases:,} queries (another page or sort order), so a cache "
                "of the query may have helped."
            )
        if m.non_2xx or m.socket_errors:
            found.append(
                f"{m.label}: {m.non_2xx} non-2xx responses (first: HTTP {m.first_bad_status}) "
                f"and {m.socket_errors} socket errors out of {m.requests:,}; its timing is "
                "not the page's."
            )
    if any(m.by_class.get("5xx") for m in measurements):
        found.append(
            f"Server errors: the tracebacks are in {meta['server_log']} (kept after the run)."
        )
    return found


# -- Report ---------------------------------------------------------------------------------


def yes_no(value: bool | None) -> str:
    return "—" if value is None else ("yes" if value else "NO")


def markdown(meta: dict, measurements, targets, profile, split=()) -> str:
    lines = [
        "# Benchmark: public pages against /healthz",
        "",
        f"Run {meta['started']} on {meta['machine']}; {meta['server']}; {meta['database']}; "
        f"{meta['load']}. Data: {meta['data']}. Cache: {meta['cache']}.",
        "",
        "| scenario | req/s | x /healthz | p50 ms | p95 ms | non-2xx | KB/resp | target | met |",
        "|---|---:|---:|---:|---:|---:|---:|---|---|",
    ]
    for m in measurements:
        ratio = f"{m.ratio:.3f}" if m.ratio is not None else "—"
        non_2xx = str(m.non_2xx + m.socket_errors)
        if m.first_bad_status:
            non_2xx += f" (HTTP {m.first_bad_status})"
        lines.append(
            f"| {m.label} | {m.rps:,.0f} | {ratio} | {m.p50_ms:.1f} | {m.p95_ms:.1f} | "
            f"{non_2xx} | {m.kb_per_response:.1f} | {m.target} | {m.verdict} |"
        )
    lines += ["", "## Targets (DESIGN.md, Quality bars)", ""]
    lines += [f"- {t['target']}: **{yes_no(t['met'])}** — {t['detail']}" for t in targets]
    if meta.get("warnings"):
        lines += ["", "## Warnings", ""]
        lines += [f"- {warning}" for warning in meta["warnings"]]
    lines += ["", "## URLs", ""]
    for m in measurements:
        if m.mode == "cold":
            note = f"{m.distinct_bases:,} queries, e.g. `{m.example}`"
            if m.distinct_paths > m.distinct_bases:
                note += f" (then other pages and orders: {m.distinct_paths:,} distinct URLs)"
            if m.repeated_share:
                note += f"; {m.repeated_share:.0%} of timed requests reused a URL (list wrapped)"
        else:
            note = f"`{m.example}` every request"
        lines.append(f"- {m.label}: {note}")
    if profile:
        lines += [
            "",
            "## SQL per page (one in-process request, then the same again)",
            "",
            "| page | status | queries | SQL ms | slowest query ms | again: queries "
            "| again: SQL ms |",
            "|---|---:|---:|---:|---:|---:|---:|",
        ]
        for entry in profile:
            first, again = entry["requests"]
            lines.append(
                f"| `{entry['path']}` | {first['status']} | {first['queries']} | "
                f"{first['sql_ms']:.1f} | {first['slowest_ms']:.1f} | {again['queries']} | "
                f"{again['sql_ms']:.1f} |"
            )
        lines += ["", "Every query and the plan of each page's slowest one: latest.json, `sql`."]
    if split:
        lines += [
            "",
            "## Cold pages in process: where the CPU goes",
            "",
            "| page, cold | URLs | CPU ms | new rows rendered | page template | rest | "
            "database ms | CPU ms, rows rendered ahead |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        ]
        lines += [
            f"| {s['label']} | {s['urls']} | {s['cpu_ms']:.1f} | {s['rows_ms']:.1f} | "
            f"{s['template_ms']:.1f} | {s['rest_ms']:.1f} | {s['sql_ms']:.1f} | "
            f"{s.get('rows_drawn_cpu_ms', '—')} |"
            for s in split
        ]
        connections, cpus = meta.get("connections", 8), os.cpu_count() or 1
        rate = connections / 0.05
        lines += [
            "",
            "Mean CPU per request of one process over each scenario's first URLs (the database's "
            "own time apart), after the load. *Rows rendered ahead*: the same searches again as "
            "`pagina=1`, every row already rendered, the page itself not cached. For scale: p95 "
            f"under 50 ms with {connections} connections in a closed loop needs at least "
            f"{rate:.0f} req/s, so at most {cpus / rate * 1000:.1f} ms of the {cpus} CPUs per "
            "request, database, wrk and the server's own work included.",
        ]
    lines += [
        "",
        "Closed loop: each connection sends its next request when the last answer arrives. "
        "wrk and gunicorn share the machine's CPUs. Ratios divide by the mean of the two "
        "/healthz runs.",
        "",
    ]
    return "\n".join(lines)


def environment(server: Server, args) -> dict:
    import django
    from django.conf import settings
    from django.db import connection

    from trajectories.models import Offering, Provider

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        pg_version = cursor.fetchone()[0]
    wrk_version = subprocess.run(["wrk", "--version"], capture_output=True, text=True).stdout
    gunicorn_version = subprocess.run(
        [str(VENV_BIN / "gunicorn"), "--version"], capture_output=True, text=True
    ).stdout.strip()
    return {
        "started": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{platform.node()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"Django {django.get_version()}",
        "server": f"{server.description} ({gunicorn_version})",
        "database": f"PostgreSQL {pg_version}",
        "load": f"{(wrk_version.split() or ['wrk'])[0]} {args.threads_wrk} threads, "
        f"{args.connections} connections, {args.warmup:g} s warm-up + {args.duration:g} s "
        "per scenario",
        "data": f"{Provider.objects.count():,} providers, {Offering.objects.count():,} offerings",
        "cache": f"{settings.CACHES['default']['BACKEND'].rsplit('.', 1)[-1]}, page cache "
        f"{getattr(settings, 'PAGE_CACHE_SECONDS', 'not set')} s",
        "connections": args.connections,
        "duration_s": args.duration,
        "warmup_s": args.warmup,
    }


def write_results(output: Path, meta, baseline, measurements, targets, profile, split=()) -> str:
    report = markdown(meta, measurements, targets, profile, split)
    (output / "latest.md").write_text(report, encoding="utf-8")
    data = {
        "meta": meta,
        "baseline_rps": baseline,
        "scenarios": [asdict(m) for m in measurements],
        "targets": targets,
        "sql": profile,
        "split": list(split),
    }
    (output / "latest.json").write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return report
