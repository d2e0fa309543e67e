"""What a request costs inside one process, beside the load test: the SQL each kind of page
issues (`sql_profile`) and where a cold search spends its CPU (`time_split`)."""

import time

from common import HOST
from scenarios import Scenario

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

    The parts: rendering the result rows not rendered before (their queries included), the page
    template, and the rest (middleware, the view, forms, building and compiling queries). The
    database's own time is apart: the wall time of the queries, spent in PostgreSQL. A search is
    then asked again as `pagina=1`, the same page under another URL: the page cache misses,
    its rows are rendered, so that column is what a search costs when every row is rendered
    ahead.
    """
    from django.db import connection
    from django.template.response import SimpleTemplateResponse
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from portal.caching import content_changed
    from trajectories import results

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

    render, rendered_rows = SimpleTemplateResponse.render, results._rendered_rows
    SimpleTemplateResponse.render = timed(render, "template")
    results._rendered_rows = timed(rendered_rows, "rows")
    split = []
    try:
        for scenario in scenarios:
            if scenario.mode != "cold":
                continue
            # As after a publish: nothing rendered before counts (rows another scenario rendered
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
        SimpleTemplateResponse.render, results._rendered_rows = render, rendered_rows
    return split
