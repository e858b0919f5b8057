"""Waiting for tasks (guide ch. 8 and 14): adaptive polling of ``GET /tasks/{id}``.

The wait between polls grows with the time the task has run: ``first`` plus ``fraction``
of the elapsed time, at most ``max_interval``. So a task is known finished at
most about ``fraction`` of its own duration (plus a round trip) after it finished: a 0.2 s
task within tens of milliseconds, a 5 s task within half a second, with a few dozen polls
at most. 200 means
Waiting or Running, 303 finished (then the result is fetched from ``/tasks/{id}/response``),
410 unknown. A Waiting task of a protected resource is started only with ``start=True``.
Transient failures of a poll (5xx, a dropped connection) are retried.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from typing import Any

import httpx

from ._errors import ProtectedTaskNotStarted, TaskFailed, TaskGone, TaskTimeout, error_from_response
from ._media import vendor_type

__all__ = ["Backoff", "TaskResult", "task_url", "untasked"]

_TASK = re.compile(r"/tasks/([A-Za-z0-9_.-]+)")
Progress = Callable[[dict[str, Any]], None]


def task_url(source: httpx.Response | str) -> str:
    """``/tasks/N`` from a tasked response (its ``Location``) or from a URL."""
    text = source.headers.get("Location", "") if isinstance(source, httpx.Response) else source
    m = _TASK.search(text)
    if not m:
        raise ValueError(f"no task in {text!r}")
    return f"/tasks/{m.group(1)}"


@dataclass
class Backoff:
    """Poll intervals: ``first`` plus ``fraction`` of the time elapsed since the task was
    submitted, at most ``max_interval``. (``factor`` is kept for ``intervals()``, the older
    doubling sequence.)"""

    first: float = 0.03
    factor: float = 2.0
    max_interval: float = 1.0
    fraction: float = 0.07

    def delay(self, elapsed: float) -> float:
        """The wait before the next poll, ``elapsed`` seconds into the task: ``first`` +
        ``fraction`` * ``elapsed``, at most ``max_interval`` (a 5 s task: ~36 polls)."""
        return min(self.max_interval, self.first + self.fraction * elapsed)

    def intervals(self) -> Generator[float, None, None]:
        delay = self.first
        while True:
            yield delay
            delay = min(delay * self.factor, self.max_interval)


@dataclass
class TaskResult:
    """A finished request: ``result`` is what the request returned (the task's
    ``/response``, or the body of an answer that was not tasked)."""

    task: dict[str, Any]
    result: Any
    polls: int
    elapsed: float
    history: list[str] = field(default_factory=list)
    tasked: bool = True


def untasked(response: httpx.Response) -> TaskResult | None:
    """The result of a response the appliance did not hand to a task, else None."""
    if response.status_code == 202 or _TASK.search(response.headers.get("Location", "")):
        return None
    return TaskResult({}, _parse_result(response), 0, 0.0, [], tasked=False)


class _Waiter:
    """The polling logic as a generator of requests, shared by the sync and async waits."""

    def __init__(
        self,
        url: str,
        *,
        start: bool,
        timeout: float,
        backoff: Backoff,
        on_progress: Progress | None,
        retries: int,
        origin: httpx.Request | None = None,
    ) -> None:
        self.origin = origin
        self.url, self.start, self.timeout = url, start, timeout
        self.backoff, self.on_progress, self.retries = backoff, on_progress, retries
        self.polls = 0
        self.started = False
        self.history: list[str] = []

    def step(
        self, response: httpx.Response | None, error: Exception | None, failures: int
    ) -> tuple[str, Any]:
        """Decide what to do with one poll's outcome: ('poll'|'start'|'result'|'retry', data)."""
        if error is not None or (response is not None and response.status_code >= 500):
            if failures >= self.retries:
                if error is not None:
                    raise error
                assert response is not None
                raise error_from_response(response)
            return "retry", None
        assert response is not None
        status = response.status_code
        if status == 410:
            raise TaskGone(
                f"{self.url} does not exist (it never did, expired or was deleted)",
                path=self.url,
            )
        if status not in (200, 303):
            raise error_from_response(response)
        task = response.json()
        self.history.append(task.get("state", "?"))
        if self.on_progress is not None:
            self.on_progress(task)
        if status == 303 or task.get("state") in ("Finished", "Error"):
            return "result", task
        if task.get("state") == "Waiting" and not self.started:
            if not self.start:
                raise ProtectedTaskNotStarted(task)
            return "start", task
        return "poll", task

    def failed(self, task: dict[str, Any], result: Any) -> TaskFailed:
        method = self.origin.method if self.origin is not None else ""
        path = self.origin.url.path if self.origin is not None else ""
        return TaskFailed.for_result(task, result, method=method, path=path)

    def finish(self, task: dict[str, Any], r: httpx.Response, t0: float) -> TaskResult:
        result = _parse_result(r)
        if task.get("state") == "Error":
            raise self.failed(task, result)
        if r.status_code >= 400:
            raise error_from_response(r)
        return TaskResult(task, result, self.polls, time.monotonic() - t0, self.history)


def wait_sync(
    client: httpx.Client,
    url: str,
    *,
    start: bool = False,
    timeout: float = 300.0,
    backoff: Backoff | None = None,
    on_progress: Progress | None = None,
    retries: int = 5,
    origin: httpx.Request | None = None,
    t0: float | None = None,
) -> TaskResult:
    w = _Waiter(
        task_url(url),
        start=start,
        timeout=timeout,
        backoff=backoff or Backoff(),
        on_progress=on_progress,
        retries=retries,
        origin=origin,
    )
    t0 = time.monotonic() if t0 is None else t0
    failures = 0
    last: dict[str, Any] | None = None
    while True:
        response: httpx.Response | None = None
        error: Exception | None = None
        try:
            response = client.get(w.url)
            w.polls += 1
        except httpx.TransportError as exc:
            error = exc
        action, data = w.step(response, error, failures)
        failures = failures + 1 if action == "retry" else 0
        if action == "result":
            return w.finish(data, client.get(f"{w.url}/response"), t0)
        if action == "start":
            r = client.post(
                f"{w.url}/actions/start",
                content=b"{}",
                headers={"Content-Type": vendor_type("json")},
            )
            if r.status_code >= 400:
                raise error_from_response(r)
            w.started = True
            continue
        last = data or last
        if time.monotonic() - t0 > w.timeout:
            raise TaskTimeout(w.url, w.timeout, last)
        time.sleep(w.backoff.delay(time.monotonic() - t0))


async def wait_async(
    client: httpx.AsyncClient,
    url: str,
    *,
    start: bool = False,
    timeout: float = 300.0,
    backoff: Backoff | None = None,
    on_progress: Progress | None = None,
    retries: int = 5,
    origin: httpx.Request | None = None,
    t0: float | None = None,
) -> TaskResult:
    w = _Waiter(
        task_url(url),
        start=start,
        timeout=timeout,
        backoff=backoff or Backoff(),
        on_progress=on_progress,
        retries=retries,
        origin=origin,
    )
    t0 = time.monotonic() if t0 is None else t0
    failures = 0
    last: dict[str, Any] | None = None
    while True:
        response: httpx.Response | None = None
        error: Exception | None = None
        try:
            response = await client.get(w.url)
            w.polls += 1
        except httpx.TransportError as exc:
            error = exc
        action, data = w.step(response, error, failures)
        failures = failures + 1 if action == "retry" else 0
        if action == "result":
            return w.finish(data, await client.get(f"{w.url}/response"), t0)
        if action == "start":
            r = await client.post(
                f"{w.url}/actions/start",
                content=b"{}",
                headers={"Content-Type": vendor_type("json")},
            )
            if r.status_code >= 400:
                raise error_from_response(r)
            w.started = True
            continue
        last = data or last
        if time.monotonic() - t0 > w.timeout:
            raise TaskTimeout(w.url, w.timeout, last)
        await asyncio.sleep(w.backoff.delay(time.monotonic() - t0))


def _parse_result(response: httpx.Response) -> Any:
    if not response.content:
        return None
    try:
        return response.json()
    except ValueError:
        return response.content
