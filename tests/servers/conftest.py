"""Two real gunicorn workers on the test database, without Redis, for as long as a test needs."""

import http.client
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import pytest
from django.conf import settings
from django.db import connection

STARTUP_SECONDS = 30


@dataclass
class Answer:
    status: int
    process: str
    body: str
    headers: dict


@dataclass
class Site:
    """The running server: plain HTTP requests, each on a new connection."""

    port: int
    environment: dict
    cookies: dict = field(default_factory=dict)

    def request(self, path: str, *, method="GET", form=None, cookies=None) -> Answer:
        body = urllib.parse.urlencode(form or {}, doseq=True) if form is not None else None
        headers = {"Host": "127.0.0.1", "Connection": "close"}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        jar = cookies if cookies is not None else {}
        if jar:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in jar.items())
        client = http.client.HTTPConnection("127.0.0.1", self.port, timeout=20)
        try:
            client.request(method, path, body=body, headers=headers)
            response = client.getresponse()
            text = response.read().decode("utf-8", "replace")
            for header, value in response.getheaders():
                if header.lower() == "set-cookie":
                    name, _, rest = value.partition("=")
                    jar[name.strip()] = rest.split(";", 1)[0]
            return Answer(
                response.status,
                response.getheader("X-Server-Process", ""),
                text,
                dict(response.getheaders()),
            )
        finally:
            client.close()

    def from_both(self, path: str, *, each: int = 6, limit: int = 200) -> list[Answer]:
        """Answers to `path` until both processes gave at least `each` (two at a time, so that
        both workers are busy); at most `limit` requests."""
        answers: list[Answer] = []
        with ThreadPoolExecutor(max_workers=2) as pool:
            while len(answers) < limit:
                answers += pool.map(lambda _: self.request(path), range(2))
                counts = {}
                for answer in answers:
                    counts[answer.process] = counts.get(answer.process, 0) + 1
                if len(counts) >= 2 and min(counts.values()) >= each:
                    return answers
        raise AssertionError(f"Both workers did not answer {path} within {limit} requests.")

    def manage(self, *args: str) -> subprocess.CompletedProcess:
        """`manage.py` in a process of its own, on the same database (a second terminal)."""
        return subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=settings.BASE_DIR,
            env=self.environment,
            capture_output=True,
            text=True,
            timeout=120,
        )


def csrf_token(html: str) -> str:
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)[1]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _database_url() -> str:
    db = connection.settings_dict
    credentials = urllib.parse.quote(db["USER"] or "")
    if db["PASSWORD"]:
        credentials += ":" + urllib.parse.quote(db["PASSWORD"])
    host = db["HOST"] or "127.0.0.1"
    return f"postgres://{credentials}@{host}:{db['PORT'] or 5432}/{db['NAME']}"


@pytest.fixture
def two_workers(transactional_db):
    """gunicorn with two workers on a free loopback port, on the test database, no REDIS_URL."""
    if connection.vendor != "postgresql":
        pytest.skip("Real server processes share the test database only on PostgreSQL.")
    port = _free_port()
    environment = {
        key: value for key, value in os.environ.items() if key not in {"REDIS_URL", "RELEASE"}
    }
    environment.update(
        DATABASE_URL=_database_url(),
        DJANGO_SETTINGS_MODULE="portal.settings",
        DJANGO_DEBUG="false",
        DJANGO_SECRET_KEY=settings.SECRET_KEY,
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        DJANGO_SECURE_SSL_REDIRECT="false",
        DJANGO_HSTS_SECONDS="0",
    )
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "tests.servers.wsgi_with_pid:application",
            "--workers=2",
            f"--bind=127.0.0.1:{port}",
            "--timeout=60",
            "--graceful-timeout=5",
        ],
        cwd=settings.BASE_DIR,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    site = Site(port=port, environment=environment)
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            if server.poll() is not None:
                raise AssertionError(f"gunicorn stopped: {server.stderr.read().decode()[-3000:]}")
            try:
                site.from_both("/healthz", each=1, limit=40)
                break
            except (OSError, AssertionError):
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        yield site
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
