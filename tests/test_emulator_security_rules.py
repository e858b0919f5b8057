"""The appliance's security rules, enforced on the emulator's clock (issue 10, defect 8),
over HTTPS and through the control API only (``ControlClient.advance_clock``):

* the session timeout (guide ch. 3, notes: 10 minutes) ends an HSM SO login made over
  Basic auth, as it ends a private session;
* the login lockout policy (``/api/lunasa/user/config/login``): N wrong passwords in the
  detection window lock the account for the lockout duration, the right password
  included;
* the block list is on by default, at the guide's severity 50, with the guide's
  infractions (a bad login credential is 2).
"""

from __future__ import annotations

import ssl
from collections.abc import Iterator

import httpx
import pytest
from starlette.testclient import TestClient

import luna_spec
from luna_emulator import create_app
from luna_emulator.backend import SESSION_TIMEOUT
from luna_emulator.control_client import ControlClient
from luna_emulator.server import RunningEmulator, serve_in_thread

from .conftest import ADMIN, HSM, JSON

SO_PW = "SoPassw0rd!"
REQUIRE_SO = luna_spec.load_spec()["info"]["x-luna-requires-errors"]["hsm-so"]["id"]
LOGIN_CONFIG = "/api/lunasa/user/config/login"
DROPPED = (httpx.RemoteProtocolError, httpx.ReadError, httpx.ConnectError)


def _client(running: RunningEmulator, auth: tuple[str, str] | None = ADMIN) -> httpx.Client:
    verify = ssl.create_default_context(cafile=str(running.ca_file))
    return httpx.Client(base_url=running.url, verify=verify, auth=auth, timeout=30)


@pytest.fixture
def control(served: RunningEmulator) -> Iterator[ControlClient]:
    with ControlClient.for_running(served) as c:
        c.reset()
        c.set_task_progress("immediate")
        yield c


@pytest.fixture
def admin(served: RunningEmulator, control: ControlClient) -> Iterator[httpx.Client]:
    with _client(served) as c:
        yield c


def _so_login(c: httpx.Client) -> None:
    hsm = f"/api/lunasa/hsms/{HSM}"
    body = {"label": "hsm1", "password": SO_PW, "domain": "mydomain"}
    assert c.put(hsm, json=body, headers=JSON).status_code == 204
    r = c.post(f"{hsm}/login", json={"password": SO_PW, "role": "so"}, headers=JSON)
    assert r.status_code == 204, r.text


def _create_partition(c: httpx.Client, name: str) -> httpx.Response:
    body = {"name": name, "allStorageSpace": False, "hasPso": True, "size": 20480}
    return c.post(f"/api/lunasa/hsms/{HSM}/partitions", json=body, headers=JSON)


# ---- the session timeout -------------------------------------------------------------


def test_an_so_login_over_basic_auth_ends_with_the_session_timeout(
    admin: httpx.Client, control: ControlClient
) -> None:
    _so_login(admin)
    assert _create_partition(admin, "p1").status_code == 204
    # activity keeps the user session (and its SO login) alive
    control.advance_clock(SESSION_TIMEOUT - 1)
    assert _create_partition(admin, "p2").status_code == 204
    control.advance_clock(SESSION_TIMEOUT - 1)
    assert admin.get("/api/lunasa").status_code == 200
    control.advance_clock(SESSION_TIMEOUT - 1)
    assert _create_partition(admin, "p3").status_code == 204
    # ten minutes without a request: the session, and the SO login, are gone
    control.advance_clock(SESSION_TIMEOUT + 1)
    before = control.snapshot()
    r = _create_partition(admin, "p4")
    assert r.status_code == 400, r.text
    assert r.json()["id"] == REQUIRE_SO
    assert control.snapshot() == before
    assert len(control.state()["partitions"]) == 3


def test_a_day_later_the_so_login_is_long_gone(admin: httpx.Client, control: ControlClient) -> None:
    _so_login(admin)
    control.advance_clock(86400)
    r = _create_partition(admin, "late")
    assert r.json()["id"] == REQUIRE_SO
    assert control.state()["partitions"] == []


def test_a_private_session_ends_with_the_session_timeout(
    served: RunningEmulator, control: ControlClient
) -> None:
    with _client(served) as c:
        assert c.post("/auth/session", json={}, headers=JSON).status_code == 204
    cookie = c.cookies.get("SESSIONID")
    assert cookie
    with _client(served, auth=None) as s:
        s.cookies.set("SESSIONID", cookie)
        assert s.get("/api/lunasa").status_code == 200
        control.advance_clock(SESSION_TIMEOUT - 1)
        assert s.get("/api/lunasa").status_code == 200
        control.advance_clock(SESSION_TIMEOUT + 1)
        r = s.get("/api/lunasa")
        assert r.status_code == 401
        assert r.json()["id"] == "FRAMEWORK_NO_SESSION_COOKIE"
    assert control.state()["sessions"] == 0  # reclaimed


# ---- the login lockout policy --------------------------------------------------------


def _login(served: RunningEmulator, auth: tuple[str, str]) -> int:
    with _client(served, auth=auth) as c:
        return c.get("/api/lunasa").status_code


def test_the_default_policy_is_the_reference_pages(admin: httpx.Client) -> None:
    assert admin.get(LOGIN_CONFIG).json() == {
        "actions": "/api/lunasa/user/config/login/actions",
        "maxFailedAttempts": 3,
        "lockoutDurationSeconds": 600,
        "detectionWindowSeconds": 900,
    }


def test_wrong_passwords_lock_the_account_for_the_lockout_duration(
    served: RunningEmulator, control: ControlClient
) -> None:
    wrong = ("admin", "not-the-password")
    assert [_login(served, wrong) for _ in range(3)] == [401] * 3
    # locked: the right password fails too, until the lockout duration has passed
    assert _login(served, ADMIN) == 401
    control.advance_clock(599)
    assert _login(served, ADMIN) == 401
    control.advance_clock(2)
    assert _login(served, ADMIN) == 200
    # a locked account's answer is a wrong password's (nothing tells them apart)
    assert [_login(served, wrong) for _ in range(3)] == [401] * 3
    with _client(served) as c:
        r = c.get("/api/lunasa")
    assert r.json()["id"] == "FRAMEWORK_AUTHENTICATION_FAILED"


def test_fifty_wrong_admin_passwords_then_the_right_one(
    served: RunningEmulator, control: ControlClient
) -> None:
    wrong = ("admin", "guess")
    assert {_login(served, wrong) for _ in range(50)} == {401}
    assert _login(served, ADMIN) == 401  # the case: it used to be let in
    control.advance_clock(601)
    assert _login(served, ADMIN) == 200


def test_failures_outside_the_detection_window_do_not_add_up(
    served: RunningEmulator, control: ControlClient
) -> None:
    wrong = ("operator", "nope")
    operator = ("operator", "PASSWORD2!b")
    assert [_login(served, wrong) for _ in range(2)] == [401, 401]
    control.advance_clock(901)
    assert [_login(served, wrong) for _ in range(2)] == [401, 401]
    assert _login(served, operator) == 200  # 2 in the window: not locked
    # a successful login restarts the window
    assert _login(served, wrong) == 401
    assert _login(served, operator) == 200
    assert [_login(served, wrong) for _ in range(2)] == [401, 401]
    assert _login(served, operator) == 200
    assert [_login(served, wrong) for _ in range(3)] == [401] * 3  # three in a row: locked
    assert _login(served, operator) == 401


def test_the_configured_policy_is_enforced(
    served: RunningEmulator, admin: httpx.Client, control: ControlClient
) -> None:
    body = {"maxFailedAttempts": 5, "lockoutDurationSeconds": 60, "detectionWindowSeconds": 120}
    assert admin.put(LOGIN_CONFIG, json=body, headers=JSON).status_code == 204
    assert admin.get(LOGIN_CONFIG).json()["maxFailedAttempts"] == 5
    wrong = ("monitor", "nope")
    monitor = ("monitor", "PASSWORD3!c")
    assert [_login(served, wrong) for _ in range(4)] == [401] * 4
    assert _login(served, monitor) == 200
    assert [_login(served, wrong) for _ in range(5)] == [401] * 5
    assert _login(served, monitor) == 401
    control.advance_clock(61)
    assert _login(served, monitor) == 200
    # 0 turns the lockout off
    off = {**body, "maxFailedAttempts": 0}
    assert admin.put(LOGIN_CONFIG, json=off, headers=JSON).status_code == 204
    assert {_login(served, wrong) for _ in range(20)} == {401}
    assert _login(served, monitor) == 200


def test_bad_policies_are_refused(admin: httpx.Client, control: ControlClient) -> None:
    before = control.snapshot()
    for body in (
        {"maxFailedAttempts": 5, "lockoutDurationSeconds": 59, "detectionWindowSeconds": 120},
        {"maxFailedAttempts": 5, "lockoutDurationSeconds": 60},
        {"maxFailedAttempts": -1, "lockoutDurationSeconds": 60, "detectionWindowSeconds": 60},
    ):
        r = admin.put(LOGIN_CONFIG, json=body, headers=JSON)
        assert r.status_code == 400, r.text
        assert r.json()["id"] == "FRAMEWORK_BAD_REQUEST"
    assert control.snapshot() == before


def test_the_password_policy_is_kept(admin: httpx.Client) -> None:
    url = "/api/lunasa/user/config/password"
    assert admin.get(url).json() == {
        "actions": "/api/lunasa/user/config/password/actions",
        "history": 4,
        "expiryDays": 90,
        "minimumLength": 8,
    }
    assert admin.patch(url, json={"history": 2}, headers=JSON).status_code == 204
    assert admin.get(url).json()["history"] == 2
    assert admin.get(url).json()["expiryDays"] == 90
    r = admin.post(f"{url}/actions/disable", json={"settingsToToggle": ["history"]}, headers=JSON)
    assert r.status_code == 204
    assert admin.patch(url, json={"minimumLength": 7}, headers=JSON).status_code == 400


# ---- the block list, on by default ---------------------------------------------------


def test_a_fresh_appliance_has_the_block_list_at_the_guides_default() -> None:
    with TestClient(create_app(), base_url="https://testserver") as c:
        c.auth = ADMIN
        got = c.get("/api/lunasa/webServer/blocklist").json()
    assert (got["maxInfractionCount"], got["timeoutStart"], got["timeoutMultiplier"]) == (
        10,
        1,
        2,
    )


def test_bad_logins_block_a_client_of_a_default_emulator() -> None:
    """serve_in_thread(blocklist=None): the appliance's default. Each bad login is 2 of
    the 10 infractions: the fifth blocks; the timer brings the client back."""
    with serve_in_thread(blocklist=None) as running, ControlClient.for_running(running) as ctl:
        outcomes: list[int | str] = []
        with _client(running, auth=("operator", "wrong")) as c:
            for _ in range(6):
                try:
                    outcomes.append(c.get("/api/lunasa").status_code)
                except DROPPED:
                    outcomes.append("dropped")
        assert outcomes == [401] * 5 + ["dropped"]
        state = ctl.state()["blocklist"]
        assert state["127.0.0.1"]["budget"] == 0
        with _client(running) as c, pytest.raises(DROPPED):
            c.get("/api/lunasa")  # the right credentials do not help a blocked client
        ctl.advance_clock(2**10 + 1)  # 1 s * 2^10, the timeout after 10 infractions
        with _client(running) as c:
            assert c.get("/api/lunasa").status_code == 200
        # a reset goes back to the default (on) and forgets the counters
        ctl.reset()
        assert "127.0.0.1" not in ctl.state()["blocklist"]
        with _client(running) as c:
            assert c.get("/api/lunasa/webServer/blocklist").json()["maxInfractionCount"] == 10
        # a suite that sends wrong credentials on purpose seeds the list off at reset
        ctl.reset(blocklist={"severity": 0})
        with _client(running, auth=("monitor", "wrong")) as c:
            assert {c.get("/api/lunasa").status_code for _ in range(12)} == {401}
