"""Serving and measuring: gunicorn on a free loopback port (`Server`), wrk driving one scenario at
a time (`measure`), and the CPU the machine spends elsewhere meanwhile."""

import json
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from common import HOST, LUA_SCRIPT, PROJECT, VENV_BIN
from scenarios import Scenario


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
