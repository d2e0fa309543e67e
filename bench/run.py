"""Benchmark the public search and provider pages against /healthz, side by side in one run.

Starts gunicorn on a free loopback port against the database in DATABASE_URL (filled by
bench/fill.py), then drives every scenario with wrk at a fixed concurrency: a short warm-up, then
a timed run. Writes bench/results/latest.md and bench/results/latest.json and prints the table.
See bench/README.md; `make bench` does all of it on a throwaway PostgreSQL.

Usage: .venv/bin/python bench/run.py [--duration 10] [--warmup 2] [--only search-gent]
"""

import argparse
import json
import os
import platform
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
RESULTS = PROJECT / "bench" / "results"
LUA_SCRIPT = PROJECT / "bench" / "paths.lua"
VENV_BIN = Path(sys.executable).parent
HOST = "127.0.0.1"

# Production-like settings for this process (the URL lists, the SQL profile) and for gunicorn.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
os.environ.setdefault("DJANGO_SECRET_KEY", "bench-only-secret-key-not-for-production")
os.environ.update(
    {
        "DJANGO_DEBUG": "false",
        "DJANGO_ALLOWED_HOSTS": HOST,
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        # Errors (tracebacks of 500s) reach the gunicorn log; a 404 per request would flood it.
        "DJANGO_LOG_LEVEL": "ERROR",
    }
)

# DESIGN.md, "Quality bars" (raised for speed): the least share of /healthz's rate per kind of
# page, cold (a different URL every request) and repeated; p95 applies to searches and answers.
HEALTHZ_REFERENCE_RPS = 4_000
COLD_RATIO = 0.08
REPEATED_RATIO = 0.6
P95_LIMIT_MS = 50.0
FLOORS = {
    ("search", "cold"): COLD_RATIO,
    ("search", "repeated"): REPEATED_RATIO,
    ("detail", "cold"): 0.25,
    ("content", "repeated"): 0.5,
    ("answer", "cold"): COLD_RATIO,
}
WITH_P95 = {"search", "answer"}
# The pages that change only when staff publish (and with the day), one after the other.
CONTENT_PAGES = [
    "/",
    "/kwalificaties/",
    "/kwalificaties/kinderbegeleider-babys-en-peuters/",
    "/trajecten/",
    "/tijdlijn/",
    "/onderwijsmatrix/",
    "/contracten/",
    "/duaal-leren/",
    "/ondersteuning/",
    "/premies/",
]

QUALIFICATION = "kinderbegeleider-babys-en-peuters"
QUALIFICATIONS = [QUALIFICATION, "kinderbegeleider-schoolgaande-kinderen"]
PROVIDER_SLUG = "benchmarkschool-12"
SEED = 20261128


@dataclass
class Scenario:
    key: str
    label: str
    kind: str  # "baseline", "search", "detail", "content" or "answer" (planner, estimate)
    mode: str  # "baseline", "repeated" (one URL) or "cold" (a different URL per request)
    paths: list[str]
    bases: int = 1  # cold: distinct queries before the list goes on with another page or order

    @property
    def example(self) -> str:
        return self.paths[0]


@dataclass
class Measurement:
    key: str
    label: str
    kind: str
    mode: str
    example: str
    distinct_paths: int
    distinct_bases: int
    rps: float = 0.0
    ratio: float | None = None
    p50_ms: float = 0.0
    p90_ms: float = 0.0
    p95_ms: float = 0.0
    p99_ms: float = 0.0
    max_ms: float = 0.0
    requests: int = 0
    non_2xx: int = 0
    by_class: dict[str, int] = field(default_factory=dict)
    first_bad_status: int | None = None
    socket_errors: int = 0
    kb_per_response: float = 0.0
    repeated_share: float = 0.0  # cold: share of timed requests whose URL was already used
    reused_base_share: float = 0.0  # cold: share for a query already asked (other page/order)
    target: str = ""
    met: bool | None = None
    verdict: str = ""
    wrk: dict = field(default_factory=dict)


# -- Scenarios ------------------------------------------------------------------------------

# Cold lists go through every base query (a place, a province and filters, a search term) once
# with the first variant, then again with the next: a different URL every request, and a query
# for the same place again only after all the others. /opleidingen/ accepts only its own radii,
# so variants change the page and the order, never the radius (another page than the last shows
# the last, with status 200).
VARIANTS = [{}, {"sorteer": "naam"}, {"pagina": "2"}, {"sorteer": "start"}, {"pagina": "3"}]


def search(params: dict) -> str:
    return "/opleidingen/?" + urlencode(params)


def shuffled(items: list) -> list:
    items = list(items)
    random.Random(SEED).shuffle(items)
    return items


def resolved_places(candidates: list[str]) -> list[str]:
    """The candidates the app resolves to a point, one per distinct point, in a seeded order."""
    from portal.services import place_resolve

    by_point: dict[tuple[float, float], str] = {}
    for candidate in candidates:
        resolution = place_resolve(query=candidate)
        if resolution.is_resolved:
            point = (round(resolution.point.latitude, 5), round(resolution.point.longitude, 5))
            by_point.setdefault(point, candidate)
    return shuffled(sorted(by_point.values()))


def cold_paths(bases: list[dict]) -> list[str]:
    return [search(base | variant) for variant in VARIANTS for base in bases]


def build_scenarios() -> list[Scenario]:
    from portal.models import FormerMunicipality, Municipality, PostalLocality, Province
    from trajectories.models import Provider, Route

    names = sorted(
        set(Municipality.objects.values_list("name_nl", flat=True))
        | set(PostalLocality.objects.values_list("name", flat=True))
        | set(FormerMunicipality.objects.values_list("name", flat=True))
    )
    # A postcode alone, or with a locality's name ("9050 Gentbrugge") for a point of its own.
    localities = PostalLocality.objects.values_list("postcode", "name")
    postcodes = sorted({code for code, _ in localities} | {f"{c} {n}" for c, n in localities})
    name_places = resolved_places(names)
    postcode_places = resolved_places(postcodes)

    provinces = list(Province.objects.order_by("slug").values_list("slug", flat=True))
    routes = list(Route.objects.published().order_by("slug").values_list("slug", flat=True))
    province_bases = []
    for route in ["", *routes]:
        for qualification in ["", *QUALIFICATIONS]:
            for extra in [{}, {"duaal": "ja"}, {"lesmoment": "dag"}, {"lesmoment": "avond"}]:
                for province in provinces:
                    base = {"provincie": province}
                    if qualification:
                        base["kwalificatie"] = qualification
                    if route:
                        base["traject"] = route
                    province_bases.append(base | extra)

    slugs = Provider.objects.filter(slug__startswith="benchmarkschool-").values_list(
        "slug", flat=True
    )
    detail_paths = [f"/aanbieders/{slug}/" for slug in shuffled(sorted(slugs))]

    searches = [
        (
            "search-gent-20",
            "search: place name, 20 km",
            {"plaats": "Gent", "straal": "20"},
            [{"plaats": place, "straal": "20"} for place in name_places],
        ),
        (
            "search-9000-50",
            "search: postcode, 50 km",
            {"plaats": "9000", "straal": "50"},
            [{"plaats": place, "straal": "50"} for place in postcode_places],
        ),
        (
            "search-aalst-20-qualification",
            "search: place, 20 km, qualification",
            {"plaats": "Aalst", "straal": "20", "kwalificatie": QUALIFICATION},
            [
                {"plaats": place, "straal": "20", "kwalificatie": QUALIFICATION}
                for place in name_places
            ],
        ),
        (
            "search-province",
            "search: province",
            {"provincie": "limburg"},
            shuffled(province_bases),
        ),
        (
            # Nothing found: counted by the demand app, also when served from the page cache
            # (demand.counting); compare with the searches that find something.
            "search-unanswered",
            "search: place, 5 km, nothing found (counted)",
            {"plaats": "Gent", "straal": "5", "q": "onvindbaar"},
            [{"plaats": place, "straal": "5", "q": "onvindbaar"} for place in name_places],
        ),
        (
            "search-text",
            "search: free text",
            {"q": "benchmarkschool 12"},
            [{"q": f"benchmarkschool {n}"} for n in shuffled(range(10, 2000))],
        ),
    ]
    scenarios = [
        Scenario("healthz-start", "/healthz (baseline)", "baseline", "baseline", ["/healthz"])
    ]
    for key, label, repeated, bases in searches:
        scenarios.append(
            Scenario(
                f"{key}-repeated", f"{label}, repeated", "search", "repeated", [search(repeated)]
            )
        )
        scenarios.append(
            Scenario(
                f"{key}-cold", f"{label}, cold", "search", "cold", cold_paths(bases), len(bases)
            )
        )
    scenarios.append(
        Scenario(
            "provider-repeated",
            "provider page, repeated",
            "detail",
            "repeated",
            [f"/aanbieders/{PROVIDER_SLUG}/"],
        )
    )
    if detail_paths:
        scenarios.append(
            Scenario(
                "provider-cold",
                "provider page, cold",
                "detail",
                "cold",
                detail_paths,
                len(detail_paths),
            )
        )
    scenarios.append(
        Scenario(
            "content-repeated",
            f"content pages ({len(CONTENT_PAGES)}), repeated",
            "content",
            "repeated",
            CONTENT_PAGES,
        )
    )
    planner = planner_paths(name_places)
    scenarios.append(
        Scenario("planner-cold", "route planner, cold", "answer", "cold", planner, len(planner))
    )
    estimates = estimate_paths(routes)
    scenarios.append(
        Scenario(
            "estimate-cold", "premium estimate, cold", "answer", "cold", estimates, len(estimates)
        )
    )
    scenarios.append(
        Scenario("healthz-end", "/healthz (baseline, again)", "baseline", "baseline", ["/healthz"])
    )
    return scenarios


def planner_paths(places: list[str]) -> list[str]:
    """A different candidate every request: age, situation, diploma, moments and a place."""
    from trajectories.services.route_planner import DIPLOMAS, SITUATIONS

    moments = [["dag"], ["avond"], ["avond", "weekend"], []]
    candidates = [
        {"leeftijd": str(age), "situatie": situation, "diploma": diploma}
        | ({"lesmoment": chosen} if chosen else {})
        | {"plaats": places[(age * 7 + index) % len(places)]}
        for age in range(16, 66)
        for situation in SITUATIONS
        for index, diploma in enumerate(DIPLOMAS)
        for chosen in moments
    ]
    return ["/routeplanner/?" + urlencode(c, doseq=True) for c in shuffled(candidates)]


def estimate_paths(routes: list[str]) -> list[str]:
    """A different employer every request: who, what care, which route, how many, how long."""
    from incentives.rules import CARE_TYPES, EMPLOYER_TYPES

    employers = [
        {
            "werkgever": employer,
            "opvang": care,
            "traject": route,
            "lerenden": str(learners),
            "maanden": str(months),
            "vergoeding": paid,
        }
        for employer in EMPLOYER_TYPES
        for care in CARE_TYPES
        for route in routes
        for learners in (1, 2, 3, 5)
        for months in range(1, 13)
        for paid in ("ja", "nee")
    ]
    return ["/premies/?" + urlencode(e) for e in shuffled(employers)]


# -- Server ---------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def get(url: str, timeout: float = 5.0) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


class Server:
    """gunicorn serving portal.wsgi on a free loopback port, for the length of a `with` block."""

    def __init__(self, workers: int, threads: int, log: Path):
        self.port = free_port()
        self.base = f"http://{HOST}:{self.port}"
        self.workers, self.threads, self.log = workers, threads, log
        self.process: subprocess.Popen | None = None

    @property
    def description(self) -> str:
        if self.threads:
            return f"gunicorn, {self.workers} workers (gthread, {self.threads} threads each)"
        return f"gunicorn, {self.workers} sync workers"

    def __enter__(self):
        command = [
            str(VENV_BIN / "gunicorn"),
            "portal.wsgi",
            "--bind",
            f"{HOST}:{self.port}",
            "--workers",
            str(self.workers),
            "--log-level",
            "warning",
        ]
        if self.threads:
            command += ["--worker-class", "gthread", "--threads", str(self.threads)]
        # gunicorn's own messages and Django's error log (tracebacks of 500s) both go here.
        with self.log.open("w", encoding="utf-8") as log:
            self.process = subprocess.Popen(
                command,
                cwd=PROJECT,
                start_new_session=True,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"gunicorn exited ({self.process.returncode}); see {self.log}")
            try:
                status, _ = get(self.base + "/healthz", timeout=1)
                if status == 200:
                    return self
            except OSError:
                pass
            time.sleep(0.2)
        self.__exit__()
        raise SystemExit(f"gunicorn did not answer /healthz within 30 s; see {self.log}")

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)  # the master stops its workers
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()


def cpu_times() -> tuple[int, int]:
    with open("/proc/stat", encoding="ascii") as stat:
        values = [int(v) for v in stat.readline().split()[1:]]
    idle = values[3] + values[4]  # idle + iowait
    return sum(values) - idle, sum(values)


def background_cpu(seconds: float = 2.0) -> float | None:
    """Share of all CPUs busy with other work just before the run (Linux; None elsewhere)."""
    try:
        busy_before, total_before = cpu_times()
        time.sleep(seconds)
        busy_after, total_after = cpu_times()
    except (OSError, ValueError, IndexError):
        return None
    total = total_after - total_before
    return (busy_after - busy_before) / total if total else None


# -- Load -----------------------------------------------------------------------------------


def wrk(base: str, paths_file: Path, seconds: int, offset: int, args) -> dict:
    command = [
        "wrk",
        "-t",
        str(args.threads_wrk),
        "-c",
        str(args.connections),
        "-d",
        f"{seconds}s",
        "--timeout",
        f"{getattr(args, 'timeout', 10)}s",
        "-s",
        str(LUA_SCRIPT),
        base,
        "--",
        str(paths_file),
        str(args.threads_wrk),
        str(offset),
    ]
    completed = subprocess.run(command, capture_output=True, text=True, check=False)
    for line in completed.stdout.splitlines():
        if line.startswith("BENCH_JSON "):
            return json.loads(line.removeprefix("BENCH_JSON "))
    raise SystemExit(f"wrk gave no result:\n{completed.stdout}\n{completed.stderr}")


def measure(scenario: Scenario, base: str, workdir: Path, args) -> Measurement:
    paths_file = workdir / f"{scenario.key}.txt"
    paths_file.write_text("\n".join(scenario.paths) + "\n", encoding="utf-8")
    warm = wrk(base, paths_file, args.warmup, 0, args) if args.warmup else {"next_index": 0}
    offset = warm["next_index"]
    result = wrk(base, paths_file, args.duration, offset, args)
    requests = result["requests"]
    seconds = result["duration_us"] / 1e6
    non_2xx = result["n3xx"] + result["n4xx"] + result["n5xx"]
    used = result["next_index"] - offset
    cold = scenario.mode == "cold"
    repeated = max(0, result["next_index"] - max(offset, len(scenario.paths))) if cold else 0
    reused = max(0, result["next_index"] - max(offset, scenario.bases)) if cold else 0
    return Measurement(
        key=scenario.key,
        label=scenario.label,
        kind=scenario.kind,
        mode=scenario.mode,
        example=scenario.example,
        distinct_paths=len(scenario.paths),
        distinct_bases=scenario.bases,
        rps=requests / seconds if seconds else 0.0,
        p50_ms=result["p50_us"] / 1000,
        p90_ms=result["p90_us"] / 1000,
        p95_ms=result["p95_us"] / 1000,
        p99_ms=result["p99_us"] / 1000,
        max_ms=result["max_us"] / 1000,
        requests=requests,
        non_2xx=non_2xx,
        by_class={name: result[f"n{name}"] for name in ["2xx", "3xx", "4xx", "5xx"]},
        first_bad_status=result["first_bad_status"] or None,
        socket_errors=sum(
            result[f"errors_{name}"] for name in ["connect", "read", "write", "timeout"]
        ),
        kb_per_response=result["bytes"] / requests / 1024 if requests else 0.0,
        repeated_share=min(1.0, repeated / used) if used > 0 else 0.0,
        reused_base_share=min(1.0, reused / used) if used > 0 else 0.0,
        wrk=result,
    )


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


# -- SQL profile ----------------------------------------------------------------------------


def sql_profile(scenarios: list[Scenario]) -> list[dict]:
    """One in-process request per scenario URL (then the same again): queries and their time."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(SERVER_NAME=HOST, raise_request_exception=False)
    profile = []
    for scenario in scenarios:
        if scenario.kind == "baseline":
            continue
        entry = {"key": scenario.key, "path": scenario.example, "requests": []}
        for _ in range(2):
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                response = client.get(scenario.example)
                wall_ms = (time.perf_counter() - started) * 1000
            queries = [{"ms": float(q["time"]) * 1000, "sql": q["sql"]} for q in captured]
            slowest = max(queries, key=lambda q: q["ms"], default=None)
            entry["requests"].append(
                {
                    "status": response.status_code,
                    "wall_ms": round(wall_ms, 2),
                    "queries": len(queries),
                    "sql_ms": round(sum(q["ms"] for q in queries), 2),
                    "slowest_ms": round(slowest["ms"], 2) if slowest else 0.0,
                    "slowest_sql": slowest["sql"] if slowest else "",
                    "all_sql": queries,
                }
            )
        first = entry["requests"][0]
        if first["status"] == 200 and first["slowest_sql"].lstrip().upper().startswith("SELECT"):
            with connection.cursor() as cursor:
                cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + first["slowest_sql"])
                entry["slowest_plan"] = "\n".join(row[0] for row in cursor.fetchall())
        profile.append(entry)
    return profile


def time_split(scenarios: list[Scenario], count: int = 100) -> list[dict]:
    """Where the CPU of each cold page goes, in this process: the mean over its first URLs,
    from a content version of its own (as right after a publish).

    The parts: drawing the result rows not drawn before (their queries included), the page
    template, and the rest (middleware, the view, forms, building and compiling queries). The
    database's own time is apart: the wall time of the queries, spent in PostgreSQL. A search is
    then asked again as `pagina=1`, the same page under another URL: the page cache misses,
    its rows are drawn, so that column is what a search costs when every row is drawn ahead.
    """
    from django.db import connection
    from django.template.response import SimpleTemplateResponse
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from portal.caching import content_changed
    from trajectories import search

    client = Client(SERVER_NAME=HOST, raise_request_exception=False)
    spent = {"template": 0.0, "rows": 0.0}

    def timed(function, part):
        def wrapper(*args, **kwargs):
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[part] += time.process_time() - started

        return wrapper

    def cpu_ms(paths: list[str]) -> dict:
        spent.update(template=0.0, rows=0.0)
        with CaptureQueriesContext(connection) as captured:
            started = time.process_time()
            statuses = {client.get(path).status_code for path in paths}
            total = time.process_time() - started
        per_request = 1000 / len(paths)
        return {
            "statuses": sorted(statuses),
            "cpu_ms": round(total * per_request, 1),
            "rows_ms": round(spent["rows"] * per_request, 1),
            "template_ms": round(spent["template"] * per_request, 1),
            "rest_ms": round((total - spent["rows"] - spent["template"]) * per_request, 1),
            "sql_ms": round(sum(float(q["time"]) for q in captured) * per_request, 1),
        }

    render, drawn_rows = SimpleTemplateResponse.render, search._drawn_rows
    SimpleTemplateResponse.render = timed(render, "template")
    search._drawn_rows = timed(drawn_rows, "rows")
    split = []
    try:
        for scenario in scenarios:
            if scenario.mode != "cold":
                continue
            # As after a publish: nothing drawn before counts (rows another scenario drew
            # included). Then this process warms up (compiled templates, the shared choices)
            # on URLs it does not measure.
            content_changed()
            for path in scenario.paths[-3:]:
                client.get(path)
            paths = scenario.paths[:count]
            entry = {"key": scenario.key, "label": scenario.label, "urls": len(paths)}
            entry |= cpu_ms(paths)
            if scenario.kind == "search":
                again = cpu_ms([f"{path}&pagina=1" for path in paths])
                entry["rows_drawn_cpu_ms"] = again["cpu_ms"]
            split.append(entry)
    finally:
        SimpleTemplateResponse.render, search._drawn_rows = render, drawn_rows
    return split


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
            "| page, cold | URLs | CPU ms | new rows drawn | page template | rest | "
            "database ms | CPU ms, rows drawn ahead |",
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
            "own time apart), after the load. *Rows drawn ahead*: the same searches again as "
            "`pagina=1`, every row already drawn, the page itself not cached. For scale: p95 "
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


def prepare(script: str, target: str) -> None:
    """Stop unless PostgreSQL and wrk are there; set up Django and collect the static files."""
    if not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        sys.exit(f"{script} runs on PostgreSQL: set DATABASE_URL (make {target} does).")
    if not shutil.which("wrk"):
        sys.exit(f"{script} needs wrk (Debian/Ubuntu: apt-get install wrk).")
    import django

    django.setup()
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=PROJECT,
        check=True,
    )


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


if __name__ == "__main__":
    main()
