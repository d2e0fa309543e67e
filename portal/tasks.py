"""Django's tasks, run after the answer: each in a thread of its own in the server process.

Django 6 defines tasks and leaves running them to a backend; its own `ImmediateBackend` runs a
task inside the request, so the answer waits for it. This backend runs the same task in a
background thread instead: the request that enqueued it answers at once. It suits short work that
may be lost when the process stops (a mail that can be asked for again), not work that must
survive a restart: for that, set `TASKS` to a queue with a worker of its own.
"""

import threading

from django.db import close_old_connections, connections
from django.tasks.backends.immediate import ImmediateBackend


class BackgroundThreadBackend(ImmediateBackend):
    """`ImmediateBackend`, with each task run in a daemon thread after `enqueue` returns."""

    def __init__(self, alias, params):
        super().__init__(alias, params)
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()

    def _execute_task(self, task_result):
        thread = threading.Thread(
            target=self._run, args=(task_result,), name=f"task-{task_result.id}", daemon=True
        )
        with self._lock:
            self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()

    def _run(self, task_result):
        close_old_connections()
        try:
            super()._execute_task(task_result)
        finally:
            connections.close_all()  # this thread's own connections, never the request's

    def join(self, timeout: float | None = None) -> None:
        """Wait for the tasks started so far (for a clean shutdown, and for tests)."""
        with self._lock:
            threads = list(self._threads)
        for thread in threads:
            thread.join(timeout)
