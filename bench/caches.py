"""What each cache buys (`make bench-caches`): every page of the benchmark timed in this process
with all caches on, and with each one switched off in turn, on the database `bench/fill.py` fills.

A cache is switched off from here, by replacing the function that reads it (nothing in the
portal knows about this script). The timing is in one process, one request after the other, so
it does not suffer from the load generator sharing the machine as `bench/run.py` does; the two
states alternate, twice, and the faster of each pair counts, so a machine busy for a moment does
not decide. Cold pages are timed as `bench/run.py` asks them (a different URL each time), after
a new content version and a warm-up on other URLs of the same page (what every request shares is
then cached, the page itself is not); repeated pages ask one URL again and again.

Usage: .venv/bin/python bench/caches.py [--urls 50] [--only page]
"""

import argparse
import contextlib
import json
import time
from unittest import mock

from common import HOST, RESULTS, prepare
from scenarios import build_scenarios


def switches() -> dict[str, tuple[str, str, object]]:
    """Each cache: what it keeps, the pages it is for ("cold" or "repeated") and how to switch it
    off (a context manager)."""

    from django.templatetags.cache import CacheNode

    import portal.caching as caching
    import portal.templatetags.portal_tags as portal_tags
    import trajectories.filters as filters
    import trajectories.results as results

    def uncached(build, *parts, **options):
        return build()

    class NoRows:
        def get_many(self, keys):
            return {}

        def set_many(self, values, timeout=None):
            pass

    remembered = caching._remembered

    def unremembered(key, build):
        # The shared values are read from the shared cache each time; a class stays remembered.
        return build()[1] if build.__name__ == "shareable" else remembered(key, build)

    def off(*patches):
        @contextlib.contextmanager
        def switched():
            with contextlib.ExitStack() as stack:
                for patch in patches:
                    stack.enter_context(patch)
                yield

        return switched

    return {
        "page": (
            "whole pages (`cached_page`)",
            "repeated",
            off(mock.patch.object(caching, "CacheMiddleware", lambda respond, **kw: respond)),
        ),
        "request-version": (
            "the content version, read once per request",
            "cold",
            off(mock.patch.object(caching, "content_version", caching._read_version)),
        ),
        "process-memory": (
            "shared values in the process's memory (choices, gazetteer, text index...)",
            "cold",
            off(mock.patch.object(caching, "_remembered", unremembered)),
        ),
        "rows": (
            "each result's HTML (`trajectories.results`)",
            "cold",
            off(mock.patch.object(results, "cache", NoRows())),
        ),
        "fields": (
            "each form field's HTML (`form_field`)",
            "cold",
            off(mock.patch.object(portal_tags, "cached_content", uncached)),
        ),
        "form-class": (
            "the search's form class",
            "cold",
            off(mock.patch.object(filters, "cached_content", uncached)),
        ),
        "fragments": (
            "header, footer and coverage note (`{% cache %}`)",
            "cold",
            off(mock.patch.object(CacheNode, "render", lambda node, c: node.nodelist.render(c))),
        ),
        "markdown": (
            "Markdown's sanitised HTML per text (`lru_cache`)",
            "cold",
            off(
                mock.patch.object(
                    portal_tags, "_sanitised_html", portal_tags._sanitised_html.__wrapped__
                )
            ),
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--urls", type=int, default=50, help="URLs timed per page and state")
    parser.add_argument("--only", default="", help="only these caches, comma-separated")
    args = parser.parse_args()
    prepare("bench/caches.py", "bench-caches", load_generator=False)

    from django.test import Client

    from portal.caching import content_changed

    client = Client(SERVER_NAME=HOST, raise_request_exception=False)
    scenarios = [s for s in build_scenarios() if s.kind != "baseline"]

    def ms_per_request(paths: list[str]) -> float:
        started = time.perf_counter()
        for path in paths:
            response = client.get(path)
            assert response.status_code == 200, (path, response.status_code)
        return (time.perf_counter() - started) * 1000 / len(paths)

    def timed(scenario, switched_off, seen: bool) -> float:
        if scenario.mode == "cold":
            warm, paths = scenario.paths[-20:], scenario.paths[: args.urls]
        else:  # the same URL (or the ten content pages) again and again
            warm, paths = scenario.paths, (scenario.paths * args.urls)[: args.urls]
        with switched_off() if switched_off else contextlib.nullcontext():
            content_changed()
            ms_per_request(warm)
            if seen:  # the same searches under other URLs: pages not cached, their rows seen
                ms_per_request(paths)
                paths = [f"{path}&pagina=1" for path in paths]
            return ms_per_request(paths)

    rows = []
    for name, (what, mode, switched_off) in switches().items():
        if args.only and name not in args.only.split(","):
            continue
        measured = [(s, False) for s in scenarios if s.mode == mode]
        if name == "rows":  # also a search whose rows were shown before, by another search
            searches = [s for s in scenarios if s.mode == mode and s.kind == "search"]
            measured += [(s, True) for s in searches if s.paths[0].startswith("/opleidingen/")]
        for scenario, seen in measured:
            on, off = [], []
            for _ in range(2):
                on.append(timed(scenario, None, seen))
                off.append(timed(scenario, switched_off, seen))
            label = scenario.label + (", rows seen before" if seen else "")
            row = {
                "cache": name,
                "keeps": what,
                "page": label,
                "on_ms": round(min(on), 2),
                "off_ms": round(min(off), 2),
            }
            row["gain"] = round(row["off_ms"] / row["on_ms"] - 1, 3)
            rows.append(row)
            print(
                f"  {name:<16} {label:<48} on {row['on_ms']:7.2f} ms  "
                f"off {row['off_ms']:7.2f} ms  {row['gain']:+.0%}",
                flush=True,
            )
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "caches.json").write_text(json.dumps(rows, indent=1))
    lines = [
        "| cache | keeps | page | ms/request on | off | off costs |",
        "|---|---|---|---:|---:|---:|",
        *(
            f"| {r['cache']} | {r['keeps']} | {r['page']} | {r['on_ms']:.2f} | "
            f"{r['off_ms']:.2f} | {r['gain']:+.0%} |"
            for r in rows
        ),
    ]
    (RESULTS / "caches.md").write_text("\n".join(lines) + "\n")
    print(f"\nWritten: {RESULTS / 'caches.md'} and caches.json")


if __name__ == "__main__":
    main()
