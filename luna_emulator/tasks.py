"""Tasks: how long-running and protected requests are tracked (guide ch. 8 and 14).

A task runs its work when it is due: at once, after N polls of ``GET /tasks/{id}``,
after N seconds of the emulator's clock, or when the control API says so. A
protected task waits (state ``Waiting``) until ``POST /tasks/{id}/actions/start``.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .clock import Clock
from .errors import LunaError, TaskDoesNotExist, TaskNotFinished, TaskNotWaiting

__all__ = ["MAX_RUNNING_TASKS", "MAX_STALE_TASKS", "Progress", "Task", "TaskManager"]

MAX_STALE_TASKS = 20
# emulator choice (the guide gives no figure): a task left Running because nobody polls
# it (the "polls" progression) would have finished on the appliance; past this many, the
# oldest such task finishes (its work runs) and counts as stale
MAX_RUNNING_TASKS = 100


@dataclass
class Progress:
    """How tasks progress: mode ``immediate``, ``polls`` (after ``count`` polls),
    ``seconds`` (after ``seconds``) or ``manual``; ``fail`` makes the next tasks end in Error;
    ``usually_tasked`` tasks the guide's "commonly tasked" resources on password HSMs too."""

    mode: str = "polls"
    count: int = 1
    seconds: float = 0.0
    fail: str = ""
    # "usually tasked" resources (guide ch. 14) answer 202 on PED-based HSMs; on password
    # HSMs the reference pages show a synchronous 204 + Location, unless this is set
    usually_tasked: bool = False


@dataclass
class Task:
    number: int
    source_url: str
    work: Callable[[], tuple[int, Any, dict[str, str]]]
    protected: bool
    created: float
    state: str = "Running"
    start_time: str = ""
    finish_time: str = ""
    details: str = ""
    polls: int = 0
    started_at: float = 0.0
    result_status: int = 204
    result: Any = field(default_factory=dict)
    # headers of the finished request's answer (the ``Location`` of what it created)
    result_headers: dict[str, str] = field(default_factory=dict)
    due_polls: int = 0
    due_seconds: float = 0.0
    manual: bool = False
    fail: str = ""

    @property
    def url(self) -> str:
        return f"/tasks/{self.number}"

    def body(self) -> dict[str, Any]:
        return {
            "finishTime": self.finish_time,
            "instance": self.url,
            "responseUrl": f"{self.url}/response",
            "sourceUrl": self.source_url,
            "startTime": self.start_time,
            "state": self.state,
            "details": self.details,
        }

    @property
    def finished(self) -> bool:
        return self.state in ("Finished", "Error")


class TaskManager:
    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.progress = Progress()
        self.tasks: dict[int, Task] = {}
        self._numbers = itertools.count(1)

    def reset(self) -> None:
        self.tasks.clear()
        self._numbers = itertools.count(1)

    def submit(
        self,
        source_url: str,
        work: Callable[[], tuple[int, Any, dict[str, str]]],
        *,
        protected: bool = False,
    ) -> Task:
        self._evict()
        p = self.progress
        task = Task(
            next(self._numbers),
            source_url,
            work,
            protected,
            self.clock.now(),
            due_polls=p.count if p.mode == "polls" else 0,
            due_seconds=p.seconds if p.mode == "seconds" else 0.0,
            manual=p.mode == "manual",
            fail=p.fail,
        )
        self.tasks[task.number] = task
        if protected:
            task.state = "Waiting"
        else:
            self._start(task)
        return task

    def _evict(self) -> None:
        """Keep at most MAX_STALE_TASKS stale tasks: the oldest finished ones go first.
        (The guide: clean-up is not required, at most 20 stale tasks are kept.)"""
        running = [t for t in self.tasks.values() if t.state == "Running" and not t.manual]
        for t in running[: max(0, len(running) - MAX_RUNNING_TASKS + 1)]:
            self._finish(t)
        stale = [t for t in self.tasks.values() if t.finished or t.state == "Waiting"]
        excess = len(stale) - MAX_STALE_TASKS + 1
        if excess > 0:
            stale.sort(key=lambda t: (not t.finished, t.number))
            for t in stale[:excess]:
                del self.tasks[t.number]

    def _start(self, task: Task) -> None:
        task.state = "Running"
        task.start_time = self.clock.iso()
        task.started_at = self.clock.now()
        if self.progress.mode == "immediate" and not task.manual:
            self._finish(task)

    def _finish(self, task: Task) -> None:
        if task.fail:
            task.state, task.details = "Error", task.fail
            task.result_status, task.result = (
                500,
                {
                    "details": task.fail,
                    "id": "FRAMEWORK_TASK_FAILED",
                    "message": "Task failed",
                    "returnCode": 500,
                    "status": "ERROR",
                    "type": "FRAMEWORK",
                },
            )
        else:
            try:
                task.result_status, task.result, task.result_headers = task.work()
                task.state = "Finished"
            except LunaError as exc:
                task.state, task.details = "Error", exc.details
                task.result_status, task.result = exc.status_code, exc.body()
        task.finish_time = self.clock.iso()

    def _advance(self, task: Task) -> None:
        if task.state != "Running" or task.manual:
            return
        if task.polls >= task.due_polls and self.clock.now() - task.started_at >= task.due_seconds:
            self._finish(task)

    def get(self, number: int) -> Task:
        task = self.tasks.get(number)
        if task is None:
            raise TaskDoesNotExist(f"task {number} does not exist")
        return task

    def poll(self, number: int) -> Task:
        task = self.get(number)
        self._advance(task)
        task.polls += 1
        return task

    def all(self) -> list[Task]:
        for task in self.tasks.values():
            self._advance(task)
        return list(self.tasks.values())

    def start(self, number: int) -> Task:
        task = self.get(number)
        if task.state != "Waiting":
            raise TaskNotWaiting(f"task {number} is {task.state}, not Waiting")
        self._start(task)
        return task

    def complete(self, number: int) -> Task:
        """Control API: finish a task now, whatever the mode."""
        task = self.get(number)
        if task.state == "Waiting":
            self._start(task)
        if not task.finished:
            self._finish(task)
        return task

    def response(self, number: int) -> Task:
        task = self.get(number)
        self._advance(task)
        if not task.finished:
            raise TaskNotFinished(f"task {number} is {task.state}")
        return task

    def delete(self, number: int) -> None:
        task = self.get(number)
        if task.state == "Running":
            raise TaskNotFinished(f"task {number} is still running")
        del self.tasks[number]

    def delete_stale(self) -> None:
        for number in [n for n, t in self.tasks.items() if t.state != "Running"]:
            del self.tasks[number]

    def busy(self, source_prefixes: tuple[str, ...]) -> bool:
        return any(
            t.state in ("Running", "Waiting") and t.source_url.startswith(source_prefixes)
            for t in self.tasks.values()
        )
