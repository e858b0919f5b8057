"""The suite's own account of block-list infractions (luna_conformance/blockguard.py) follows the
guide's worked example and never lets the suite's requests take the last of the budget."""

from __future__ import annotations

import pytest

from luna_conformance.blockguard import InfractionBudget


class Clock:
    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


@pytest.fixture(autouse=True)
def _one_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PYTEST_XDIST_WORKER_COUNT", raising=False)


def test_the_guides_bad_login_example() -> None:
    clock = Clock()
    b = InfractionBudget(5, 1, 2, clock=clock, sleep=clock.sleep)
    b.after_response(401, count=2)  # a bad login: 5 -> 3, the timeout 1 x 2^2 = 4 s
    assert (b.budget, b.timeout) == (3, 4)
    clock.now = 4
    b.before_request()
    assert b.budget == 4
    clock.now = 8  # "if the user waits an additional 4 seconds ... back to its default"
    b.before_request()
    assert (b.budget, b.timeout) == (5, 1)


def test_refused_requests_never_take_the_budget_below_its_reserve() -> None:
    clock = Clock()
    b = InfractionBudget(5, 1, 2, clock=clock, sleep=clock.sleep)
    lowest = b.budget
    for _ in range(10):  # ten refused payloads in a row: the guide's client is blocked
        b.before_request()
        b.after_response(400)
        lowest = min(lowest, b.budget)
    assert lowest >= 2
    assert clock.slept, "the suite waited for its budget to come back"
    assert b.charged == 10
    b.before_request()
    b.after_response(200)  # a success costs nothing
    assert b.charged == 10


def test_settings_from_the_appliance() -> None:
    assert InfractionBudget.from_settings({"maxInfractionCount": 0}) is None  # off
    b = InfractionBudget.from_settings(
        {"maxInfractionCount": 10, "timeoutStart": 1, "timeoutMultiplier": 2.0}
    )
    assert b is not None
    assert b.max_infractions == 10
    unknown = InfractionBudget.from_settings(None)  # unreadable: the guide's example
    assert unknown is not None
    assert unknown.max_infractions == 5


def test_parallel_workers_share_one_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTEST_XDIST_WORKER_COUNT", "2")
    clock = Clock()
    workers = [InfractionBudget(5, 1, 2, clock=clock, sleep=clock.sleep) for _ in range(2)]
    lowest = 5.0
    for _ in range(4):
        for w in workers:
            w.before_request()
            w.after_response(400)
            # what both took from the appliance's one budget for their address
            lowest = min(lowest, 5 - sum(w.share - w.budget for w in workers))
    assert lowest >= 2
