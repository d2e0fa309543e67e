"""Tasks run after the answer: `enqueue` returns before the task is done."""

import threading

from django.tasks import task

from portal.tasks import BackgroundThreadBackend

started = threading.Event()
may_finish = threading.Event()
done = []


@task
def slow_task(value: str) -> None:
    started.set()
    may_finish.wait(timeout=5)
    done.append(value)


def test_a_task_runs_in_a_thread_after_enqueue_returns():
    backend = BackgroundThreadBackend("test", {})
    may_finish.clear()
    backend.enqueue(slow_task, ["klaar"], {})
    assert started.wait(timeout=5)
    assert done == []  # enqueue returned while the task still ran
    may_finish.set()
    backend.join(timeout=5)
    assert done == ["klaar"]
