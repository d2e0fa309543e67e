"""What a parallel test run prepares once, in the background, while its test processes start.

Under `pytest -n N` the controlling process runs no test. As soon as it starts, it prepares in
the background, with the `manage.py` commands of a real installation:

- **The static files** (`collectstatic`): pages name the hashed file names from its manifest.
  They are compressed with gzip only: WhiteNoise's Brotli copies take 13 of the command's 15
  CPU-seconds, at the moment every core is busy starting the run, and a browser that gets gzip
  instead checks the same page. Production keeps both (`STORAGES` in the settings).
- **On PostgreSQL with new databases** (CI, `--create-db`): one database, migrated and loaded
  with the geography and the content (`migrate`, `load_geography`, `load_content`). Migrating an
  empty database takes about fifteen seconds of one core, even with the migrations squashed
  (Django renders the models again after each operation); when every test process migrated its
  own, the run's first half minute went to that on both cores. Each test process now makes its
  test database as a copy of this one (PostgreSQL's `CREATE DATABASE ... TEMPLATE`, a copy of
  files), and Django's own migrate finds nothing left to apply. The tests still run on the
  schema the migrations build.

Meanwhile the test processes start and collect their tests. Each waits for the static files
before its first test and for the database before its first test that uses one
(`wait_for_preparation`); the tests without a database run first, while it is being made
(tests/conftest.py sorts them). A command that fails fails the run with its own message.

A run that keeps its databases (`--reuse-db`, `make test` on a developer's machine) gets its
static files but no template: each process keeps and migrates its own database, as Django's test
runner does. A run in one process prepares nothing: run `manage.py collectstatic` first, as for
serving.
"""

import contextlib
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

# Set by the controlling process for the test processes it starts.
STATUS_DIRECTORY = "TEST_PREPARATION_DIRECTORY"
TEMPLATE_NAME = "TEST_DATABASE_TEMPLATE"
# A test process gives up waiting after this long (a migration that hangs on a lock).
WAIT_SECONDS = 600

PROJECT = Path(__file__).resolve().parent.parent
# Each job is one process running the commands one after another (one start of Django).
STATIC_COMMANDS = (("collectstatic", {"interactive": False}),)
# Before them, in the static files' process: WhiteNoise's compressor without Brotli.
GZIP_ONLY = (
    "from whitenoise.compress import Compressor",
    "from whitenoise.storage import CompressedManifestStaticFilesStorage as Storage",
    "Storage.create_compressor = lambda self, **options: Compressor(use_brotli=False, **options)",
)
JOBS = {"static": "the static files", "database": "the database template"}
DATABASE_COMMANDS = (
    ("migrate", {"interactive": False}),
    ("load_geography", {}),
    ("load_content", {}),
)


def is_parallel_controller(config) -> bool:
    return not hasattr(config, "workerinput") and bool(getattr(config.option, "numprocesses", None))


def wants_template(config) -> bool:
    """A new database on PostgreSQL for each test process: a template pays."""
    from django.conf import settings

    if config.option.reuse_db and not config.option.create_db:
        return False
    return settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"


class Preparation:
    """The background jobs of the controlling process, one thread each."""

    def __init__(self, directory: Path, *, template: bool):
        from django.conf import settings

        self.directory = directory
        name = settings.DATABASES["default"]["NAME"]
        self.template = f"test_{name}_template" if template else None
        self._processes: list[subprocess.Popen] = []
        self._threads = [
            threading.Thread(target=self._job, args=[job], daemon=True)
            for job in _jobs(self.template)
        ]

    def start(self) -> None:
        os.environ[STATUS_DIRECTORY] = str(self.directory)
        if self.template:
            os.environ[TEMPLATE_NAME] = self.template
        for thread in self._threads:
            thread.start()

    def finish(self) -> None:
        """Stop what still runs (a run that ended early), then remove the template: the test
        databases are copies of it."""
        for process in self._processes:
            if process.poll() is None:
                process.terminate()
        for thread in self._threads:
            thread.join()
        if self.template:
            # A cluster that was stopped first took it along.
            with contextlib.suppress(Exception):
                self._execute(f'DROP DATABASE IF EXISTS "{self.template}" WITH (FORCE)')

    def summary(self) -> str:
        """One line for the end of the run: how long each job took, or that it failed."""
        said = []
        for job in _jobs(self.template):
            status = self.directory / f"{job}.json"
            if status.exists():
                result = json.loads(status.read_text(encoding="utf-8"))
                outcome = f"in {result['output']}" if result["ok"] else "failed"
                said.append(f"{JOBS[job]} {outcome}")
        return "Prepared while the test processes started: " + (", ".join(said) or "nothing") + "."

    def _job(self, job: str) -> None:
        """Run one job and write its status, whatever happens: a test process waits for it."""
        started = time.monotonic()
        try:
            if job == "database":
                self._execute(f'DROP DATABASE IF EXISTS "{self.template}" WITH (FORCE)')
                self._execute(f'CREATE DATABASE "{self.template}"')
                environment = {**os.environ, "DATABASE_URL": _url(self.template)}
                failure = self._run(DATABASE_COMMANDS, environment)
            else:
                failure = self._run(STATIC_COMMANDS, os.environ, before=GZIP_ONLY)
        except Exception as error:  # the test processes report it
            failure = repr(error)
        if failure is None:
            _write(
                self.directory / f"{job}.json",
                ok=True,
                output=f"{time.monotonic() - started:.1f} s",
            )
        else:
            _write(self.directory / f"{job}.json", ok=False, output=failure)

    def _run(self, commands, environment, before=()) -> str | None:
        """The commands in one Django process, after the lines of `before`; their output if one
        failed, else None."""
        script = "\n".join(
            [
                "import django",
                "from django.core.management import call_command",
                "django.setup()",
                *before,
                *(
                    f"call_command({name!r}, verbosity=0, **{options!r})"
                    for name, options in commands
                ),
            ]
        )
        process = subprocess.Popen(
            [sys.executable, "-c", script],
            cwd=PROJECT,
            env={"DJANGO_SETTINGS_MODULE": "portal.settings", **environment},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self._processes.append(process)
        output, _ = process.communicate()
        if process.returncode:
            return f"manage.py {', '.join(name for name, _ in commands)}:\n{output}"
        return None

    def _execute(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(_url("postgres"), autocommit=True) as connection:
            connection.execute(sql)


def _jobs(template: str | None) -> list[str]:
    return [*JOBS] if template else ["static"]


def _url(database: str) -> str:
    """`DATABASE_URL` for another database of the same cluster, with its options."""
    return urlsplit(os.environ["DATABASE_URL"])._replace(path=f"/{database}").geturl()


def _write(path: Path, *, ok: bool, output: str) -> None:
    partial = path.with_suffix(".partial")
    partial.write_text(json.dumps({"ok": ok, "output": output}), encoding="utf-8")
    partial.replace(path)  # whole or not there: a test process never reads half of it


def wait_for_preparation(job: str) -> str | None:
    """In a test process: wait until `job` of what the controlling process prepares is ready
    (at once when this run does not prepare it), and return the database template to copy (None
    when there is none). Fails with the command's own message when it failed."""
    directory = os.environ.get(STATUS_DIRECTORY)
    template = os.environ.get(TEMPLATE_NAME)
    if not directory or job not in _jobs(template):
        return None
    status = Path(directory) / f"{job}.json"
    deadline = time.monotonic() + WAIT_SECONDS
    while not status.exists():
        if time.monotonic() > deadline:
            raise RuntimeError(f"The test run's {job} preparation took over {WAIT_SECONDS} s.")
        time.sleep(0.1)
    result = json.loads(status.read_text(encoding="utf-8"))
    if not result["ok"]:
        raise RuntimeError(f"The test run's {job} preparation failed.\n{result['output']}")
    return template
