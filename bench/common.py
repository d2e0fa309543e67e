"""What every part of the benchmark shares: where things are, the production-like settings of
this process and of gunicorn, the targets (`FLOORS`), and `prepare()`."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

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


def prepare(script: str, target: str, load_generator: bool = True) -> None:
    """Stop unless PostgreSQL and wrk (for a `load_generator`) are there; set up Django and
    collect the static files."""
    if not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        sys.exit(f"{script} runs on PostgreSQL: set DATABASE_URL (make {target} does).")
    if load_generator and not shutil.which("wrk"):
        sys.exit(f"{script} needs wrk (Debian/Ubuntu: apt-get install wrk).")
    import django

    django.setup()
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=PROJECT,
        check=True,
    )
