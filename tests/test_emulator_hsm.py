"""The HSM beyond the basics: roles, policies, capabilities, information, firmware, tamper
and PEDs, through the emulator's ASGI app with response validation on."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

from luna_emulator.control_client import ControlClient

from .conftest import HSM, JSON, MONITOR

SO_PASSWORD = "Sopass123!"
BASE = f"/api/lunasa/hsms/{HSM}"


# ---- helpers (the indirect-login tests use them too) --------------------------------------
def immediate_tasks(c: httpx.Client) -> None:
    assert c.put("/_emulator/tasks/progress", json={"mode": "immediate"}).status_code == 204


def finish(c: httpx.Client, r: Any) -> tuple[str, dict[str, Any]]:
    """The state and response body of the task a 202 answer names."""
    assert r.status_code == 202, r.text
    task = r.headers["Location"]
    for _ in range(10):
        t = c.get(task)
        if t.status_code == 303:
            return t.json()["state"], c.get(f"{task}/response").json()
    raise AssertionError(f"{task} never finished")


def outcome(c: httpx.Client, r: Any) -> tuple[str, dict[str, Any]]:
    """``Finished`` or ``Error`` and the body, whether the request ran at once or as a task
    (the guide's "usually tasked" resources answer at once on password HSMs)."""
    if r.status_code == 202:
        return finish(c, r)
    return ("Finished" if r.is_success else "Error"), (r.json() if r.content else {})


def init_hsm(c: httpx.Client, serial: int = HSM, *, ped: bool = False) -> None:
    """Initialize the HSM and log the client's session in as HSM SO."""
    body = {"label": f"hsm{serial}"} if ped else {"label": "hsm", "password": SO_PASSWORD}
    r = c.put(f"/api/lunasa/hsms/{serial}", json={**body, "domain": "dom"}, headers=JSON)
    assert outcome(c, r)[0] == "Finished"
    login = {"ped": "0", "role": "so"} if ped else {"password": SO_PASSWORD, "role": "so"}
    r = c.post(f"/api/lunasa/hsms/{serial}/login", json=login, headers=JSON)
    if ped:
        assert outcome(c, r)[0] == "Finished"
    else:
        assert r.status_code == 204, r.text


def create_partition(
    c: httpx.Client, serial: int = HSM, size: int = 20480, version: int = 0
) -> str:
    before = {p["url"] for p in c.get(f"/api/lunasa/hsms/{serial}/partitions").json()["partitions"]}
    r = c.post(
        f"/api/lunasa/hsms/{serial}/partitions",
        json={"name": f"p{len(before)}", "hasPso": True, "size": size, "version": version},
        headers=JSON,
    )
    assert outcome(c, r)[0] == "Finished"
    after = {p["url"] for p in c.get(f"/api/lunasa/hsms/{serial}/partitions").json()["partitions"]}
    (url,) = after - before
    return str(url)


def so_login(c: httpx.Client, serial: int = HSM, password: str = SO_PASSWORD) -> Any:
    return c.post(
        f"/api/lunasa/hsms/{serial}/login",
        json={"password": password, "role": "so"},
        headers=JSON,
    )


@pytest.fixture
def hsm(api: TestClient) -> TestClient:
    immediate_tasks(api)
    init_hsm(api)
    return api


# ---- roles -----------------------------------------------------------------------------
def test_roles_list_and_describe_so_and_audit(hsm: TestClient) -> None:
    roles = hsm.get(f"{BASE}/roles").json()["roles"]
    assert [(r["id"], r["name"]) for r in roles] == [
        ("audit", "Auditor"),
        ("so", "Security Officer"),
    ]
    so = hsm.get(f"{BASE}/roles/so").json()
    assert so["initialized"] is True
    assert so["loginAttemptsLeft"] == 3
    assert so["indirectLoginVersion"] == "None"
    assert so["primaryAuthentication"] == "PIN"
    audit = hsm.get(f"{BASE}/roles/audit", auth=MONITOR).json()
    assert audit["initialized"] is False
    assert audit["changePasswordAttemptsLeft"] == 3
    assert hsm.get(f"{BASE}/roles/co").status_code == 404


def test_so_password_change_needs_the_old_password(hsm: TestClient) -> None:
    r = hsm.patch(
        f"{BASE}/roles/so",
        json={"oldPassword": "Wrongpass1!", "newPassword": "Newpass123!"},
        headers=JSON,
    )
    assert r.status_code == 400
    assert r.json()["id"] == "HSMPLUGIN_INCORRECT_PASSWORD"
    assert hsm.get(f"{BASE}/roles/so").json()["changePasswordAttemptsLeft"] == 2
    r = hsm.patch(
        f"{BASE}/roles/so",
        json={"oldPassword": SO_PASSWORD, "newPassword": "Newpass123!"},
        headers=JSON,
    )
    assert r.status_code == 204, r.text
    assert r.headers["Location"] == f"{BASE}/roles/so"
    assert hsm.get(f"{BASE}/roles/so").json()["changePasswordAttemptsLeft"] == 3
    assert hsm.post(f"{BASE}/logout", json={}, headers=JSON).status_code == 204
    assert so_login(hsm).status_code == 400  # the old password no longer works
    assert so_login(hsm, password="Newpass123!").status_code == 204


def test_so_password_change_needs_an_so_login(hsm: TestClient) -> None:
    assert hsm.post(f"{BASE}/logout", json={}, headers=JSON).status_code == 204
    r = hsm.patch(
        f"{BASE}/roles/so",
        json={"oldPassword": SO_PASSWORD, "newPassword": "Newpass123!"},
        headers=JSON,
    )
    assert r.status_code == 400
    assert r.json()["id"] == "APPLIANCE_REQUIRE_SO_LOGIN"


def test_role_actions_reset_the_auditor_and_never_apply_to_the_so(hsm: TestClient) -> None:
    assert hsm.get(f"{BASE}/roles/so/actions").json()["actions"] == []
    ids = [a["id"] for a in hsm.get(f"{BASE}/roles/audit/actions").json()["actions"]]
    assert sorted(ids) == ["createChallenge", "deactivate", "reset"]

    state, body = outcome(hsm, hsm.post(f"{BASE}/roles/so/actions/reset", json={}, headers=JSON))
    assert (state, body["id"]) == ("Error", "HSMPLUGIN_FUNC_NOT_SUPPORTED")

    r = hsm.post(f"{BASE}/roles/audit/actions/reset", json={"password": "short"}, headers=JSON)
    assert outcome(hsm, r)[0] == "Error"
    assert hsm.get(f"{BASE}/roles/audit").json()["initialized"] is False
    r = hsm.post(
        f"{BASE}/roles/audit/actions/reset", json={"password": "Auditpass1!"}, headers=JSON
    )
    assert outcome(hsm, r)[0] == "Finished"
    audit = hsm.get(f"{BASE}/roles/audit").json()
    assert audit["initialized"] is True
    assert audit["pinToBeChanged"] is True

    # challenges are PED secrets: not on a password HSM
    r = hsm.post(f"{BASE}/roles/audit/actions/createChallenge", json={}, headers=JSON)
    assert outcome(hsm, r)[1]["id"] == "HSMPLUGIN_FUNC_NOT_SUPPORTED"


def test_role_actions_need_the_so(hsm: TestClient) -> None:
    assert hsm.post(f"{BASE}/logout", json={}, headers=JSON).status_code == 204
    r = hsm.post(
        f"{BASE}/roles/audit/actions/reset", json={"password": "Auditpass1!"}, headers=JSON
    )
    state, body = outcome(hsm, r)
    assert (state, body["id"]) == ("Error", "APPLIANCE_REQUIRE_SO_LOGIN")


def test_auditor_changes_its_own_password(hsm: TestClient) -> None:
    r = hsm.post(
        f"{BASE}/roles/audit/actions/reset", json={"password": "Auditpass1!"}, headers=JSON
    )
    assert outcome(hsm, r)[0] == "Finished"
    change = {"oldPassword": "Auditpass1!", "newPassword": "Auditpass2!"}
    r = hsm.patch(f"{BASE}/roles/audit", json=change, headers=JSON)
    assert r.status_code == 400  # the auditor is not logged in
    r = hsm.post(f"{BASE}/login", json={"role": "audit", "password": "Auditpass1!"}, headers=JSON)
    assert r.status_code == 204
    assert hsm.patch(f"{BASE}/roles/audit", json=change, headers=JSON).status_code == 204
    assert hsm.get(f"{BASE}/roles/audit").json()["pinToBeChanged"] is False


def test_ped_hsm_role_challenge_and_deactivate(api: TestClient) -> None:
    assert api.post("/_emulator/reset", json={"pedBased": True}).status_code == 204
    immediate_tasks(api)
    init_hsm(api, ped=True)
    assert api.get(f"{BASE}/roles/so").json()["primaryAuthentication"] == "PED"
    r = api.post(f"{BASE}/roles/audit/actions/reset", json={"password": ""}, headers=JSON)
    assert outcome(api, r)[0] == "Finished"
    r = api.post(
        f"{BASE}/roles/audit/actions/createChallenge",
        json={"defaultChallenge": False},
        headers=JSON,
    )
    assert outcome(api, r)[0] == "Finished"
    audit = api.get(f"{BASE}/roles/audit").json()
    assert audit["secondaryAuthentication"] == "Challenge"
    assert audit["challengeToBeChanged"] is False
    r = api.post(f"{BASE}/roles/audit/actions/deactivate", json={}, headers=JSON)
    assert outcome(api, r)[0] == "Finished"
    assert api.get(f"{BASE}/roles/audit").json()["activated"] is False
    # a password change on a PED HSM goes through the PED: a task
    r = api.patch(f"{BASE}/roles/so", json={"oldPassword": "x", "newPassword": "y"}, headers=JSON)
    assert outcome(api, r)[0] == "Finished"


# ---- policies and capabilities ---------------------------------------------------------
def test_policies_have_defaults_and_change_under_the_so(hsm: TestClient) -> None:
    policies = {p["id"]: p for p in hsm.get(f"{BASE}/policies").json()["policies"]}
    assert policies["12"]["value"] == 1
    assert policies["49"] == {
        "id": "49",
        "name": "Allow Partition Utilization Metrics",
        "value": 0,
    }
    assert hsm.get(f"{BASE}/utilization").json() == {"enabled": False, "partitions": []}
    r = hsm.put(f"{BASE}/policies/49", json={"value": 1}, headers=JSON)
    assert outcome(hsm, r)[0] == "Finished"
    assert hsm.get(f"{BASE}/policies/49").json()["value"] == 1
    assert hsm.get(f"{BASE}/utilization").json()["enabled"] is True
    r = hsm.patch(f"{BASE}/policies/49", json={"value": 2}, headers=JSON)
    state, body = outcome(hsm, r)
    assert (state, body["id"]) == ("Error", "FRAMEWORK_BAD_REQUEST")
    assert hsm.get(f"{BASE}/policies/49").json()["value"] == 1
    r = hsm.patch(f"{BASE}/policies/33", json={"value": 20}, headers=JSON)
    assert outcome(hsm, r)[0] == "Finished"
    assert hsm.get(f"{BASE}/storageSpace").json()["maxPartitions"] == 20
    assert hsm.get(f"{BASE}/policies/99").status_code == 404
    assert hsm.get(f"{BASE}/policies/abc").status_code == 404


def test_policy_change_needs_the_so(hsm: TestClient) -> None:
    assert hsm.post(f"{BASE}/logout", json={}, headers=JSON).status_code == 204
    state, body = outcome(hsm, hsm.put(f"{BASE}/policies/49", json={"value": 1}, headers=JSON))
    assert (state, body["id"]) == ("Error", "APPLIANCE_REQUIRE_SO_LOGIN")
    assert hsm.get(f"{BASE}/policies/49").json()["value"] == 0


def test_destructive_policy_zeroizes_the_hsm(hsm: TestClient) -> None:
    create_partition(hsm)
    r = hsm.put(f"{BASE}/policies/12", json={"value": 0}, headers=JSON)
    assert outcome(hsm, r)[0] == "Finished"
    assert hsm.get(BASE).json()["state"] == "zeroized"
    assert hsm.get(f"{BASE}/partitions").json()["partitions"] == []
    assert hsm.get(f"{BASE}/policies/12").json()["value"] == 0  # zeroize keeps policies


def test_capabilities_follow_the_authentication_method(api: TestClient) -> None:
    caps = {c["id"]: c["value"] for c in api.get(f"{BASE}/capabilities").json()["capabilities"]}
    assert (caps["0"], caps["1"]) == (1, 0)
    assert caps["12"] == 1
    api.post("/_emulator/reset", json={"pedBased": True})
    caps = {c["id"]: c["value"] for c in api.get(f"{BASE}/capabilities").json()["capabilities"]}
    assert (caps["0"], caps["1"]) == (0, 1)


# ---- information -----------------------------------------------------------------------
def test_storage_space_counts_the_partitions(hsm: TestClient) -> None:
    empty = hsm.get(f"{BASE}/storageSpace").json()
    assert empty["usedStorageSpace"] == 0
    create_partition(hsm, size=20480)
    create_partition(hsm, size=100000)
    space = hsm.get(f"{BASE}/storageSpace", auth=MONITOR).json()
    assert space["usedStorageSpace"] == 120480
    assert space["freeStorageSpace"] == space["totalStorageSpace"] - 120480
    assert space["partitions"] == 2
    metrics = hsm.get(f"{BASE}/metrics").json()  # policy 49 off: no partition is counted
    assert metrics["metrics"] == []
    assert metrics["resetTime"]
    assert hsm.get(f"{BASE}/licenses").json()["licenses"]
    assert hsm.get(f"{BASE}/counter").json()["enabled"] is False
    r = hsm.put(f"{BASE}/policies/49", json={"value": 1}, headers=JSON)
    assert outcome(hsm, r)[0] == "Finished"
    bins = hsm.get(f"{BASE}/utilization/bins").json()["bins"]
    assert len(bins) == 4
    assert len(bins[0]["partitions"]) == 2


def test_unknown_hsm_is_404(api: TestClient) -> None:
    for path in ("roles", "policies", "firmware", "storageSpace", "ped/peds", "capabilities"):
        r = api.get(f"/api/lunasa/hsms/999/{path}")
        assert r.status_code == 404, path
        assert r.json()["id"] == "HSMPLUGIN_INVALID_HSM"


# ---- firmware --------------------------------------------------------------------------
def test_firmware_upgrade_then_rollback(hsm: TestClient) -> None:
    actions = hsm.get(f"{BASE}/firmware/actions").json()["actions"]
    assert sorted(a["id"] for a in actions) == ["rollback", "upgrade"]
    fw = hsm.get(f"{BASE}/firmware").json()
    assert (fw["currentVersion"], fw["rollbackVersion"]) == ("7.8.4", "")
    state, body = outcome(hsm, hsm.post(f"{BASE}/firmware/actions/rollback", json={}, headers=JSON))
    assert (state, body["id"]) == ("Error", "HSMPLUGIN_FUNC_NOT_SUPPORTED")

    r = hsm.put(f"{BASE}/policies/49", json={"value": 1}, headers=JSON)
    assert outcome(hsm, r)[0] == "Finished"
    r = hsm.post(f"{BASE}/firmware/actions/upgrade", json={}, headers=JSON)
    assert outcome(hsm, r)[0] == "Finished"
    assert hsm.get(BASE).json()["firmwareVersion"] == "7.9.0"
    assert hsm.get(f"{BASE}/firmware").json()["rollbackVersion"] == "7.8.4"
    # the HSM restarted: the SO login is gone
    state, body = outcome(hsm, hsm.post(f"{BASE}/firmware/actions/rollback", json={}, headers=JSON))
    assert (state, body["id"]) == ("Error", "APPLIANCE_REQUIRE_SO_LOGIN")
    assert so_login(hsm).status_code == 204
    r = hsm.post(f"{BASE}/firmware/actions/rollback", json={}, headers=JSON)
    assert outcome(hsm, r)[0] == "Finished"
    fw = hsm.get(f"{BASE}/firmware").json()
    assert (fw["currentVersion"], fw["rollbackVersion"]) == ("7.8.4", "")
    assert hsm.get(f"{BASE}/policies/49").json()["value"] == 0  # defaults restored
    assert so_login(hsm).status_code == 204
    r = hsm.post(f"{BASE}/firmware/actions/upgrade", json={"version": "7.0.3"}, headers=JSON)
    assert outcome(hsm, r)[1]["id"] == "FRAMEWORK_BAD_REQUEST"  # not newer


def test_firmware_actions_exclude_each_other(hsm: TestClient) -> None:
    progress = {"mode": "manual", "usuallyTasked": True}
    assert hsm.put("/_emulator/tasks/progress", json=progress).status_code == 204
    first = hsm.post(f"{BASE}/firmware/actions/upgrade", json={}, headers=JSON)
    assert first.status_code == 202
    r = hsm.post(f"{BASE}/firmware/actions/rollback", json={}, headers=JSON)
    assert r.status_code == 409
    assert r.json()["status"] == "ERROR"
    number = first.headers["Location"].rsplit("/", 1)[1]
    assert hsm.post(f"/_emulator/tasks/{number}/complete").json()["state"] == "Finished"
    assert hsm.get(BASE).json()["firmwareVersion"] == "7.9.0"


# ---- tamper ----------------------------------------------------------------------------
def test_tamper_clear(hsm: TestClient) -> None:
    control = ControlClient.over(hsm)
    control.tamper_hsm()  # the emulator has no way to open the case: seed the event
    assert control.state()["hsm"]["tampered"] is True
    r = hsm.post(f"{BASE}/tamper/actions/clear", json={}, headers=JSON)
    assert outcome(hsm, r)[0] == "Finished"
    assert control.state()["hsm"]["tampered"] is False
    assert control.state()["hsm"]["tamperClears"] == 1
    r = hsm.post(f"{BASE}/tamper/actions/open", json={}, headers=JSON)
    state, body = outcome(hsm, r)
    assert (state, body["id"]) == ("Error", "HSMPLUGIN_INVALID_ACTION")


# ---- PEDs ------------------------------------------------------------------------------
def test_password_hsm_has_no_ped(hsm: TestClient) -> None:
    assert hsm.get(f"{BASE}/ped/peds").json() == {"peds": []}
    assert hsm.get(f"{BASE}/ped/peds/0").json() == {}
    r = hsm.post(f"{BASE}/ped/peds/1/actions/disconnect", json={}, headers=JSON)
    assert outcome(hsm, r)[1]["id"] == "HSMPLUGIN_FUNC_NOT_SUPPORTED"


def test_remote_ped_connect_disconnect_and_vector(api: TestClient) -> None:
    api.post("/_emulator/reset", json={"pedBased": True})
    immediate_tasks(api)
    peds = api.get(f"{BASE}/ped/peds").json()["peds"]
    assert [p["id"] for p in peds] == ["0", "1"]
    local = api.get(f"{BASE}/ped/peds/0").json()
    assert (local["isConnected"], local.get("ipAddress"), local["port"]) == (True, None, 0)
    assert api.get(f"{BASE}/ped/peds/1").json()["isConnected"] is False
    assert api.get(f"{BASE}/ped/peds/7").status_code == 404
    remote = f"{BASE}/ped/peds/1/actions"
    assert [a["id"] for a in api.get(remote).json()["actions"]] == [
        "connect",
        "disconnect",
        "vectorErase",
        "vectorInitialize",
    ]

    def act(action: str, body: dict[str, Any] | None = None, ped: int = 1) -> tuple[str, Any]:
        r = api.post(f"{BASE}/ped/peds/{ped}/actions/{action}", json=body or {}, headers=JSON)
        return outcome(api, r)

    assert act("disconnect")[0] == "Error"  # not connected
    assert act("vectorInitialize")[1]["id"] == "APPLIANCE_REQUIRE_SO_LOGIN"
    assert act("connect", {"ipAddress": "not-an-ip", "ipPort": 1503})[0] == "Error"
    assert act("connect", {"ipAddress": "1.2.3.70"})[0] == "Error"  # no port
    r = api.post(f"{remote}/connect", json={"ipAddress": "1.2.3.70", "ipPort": 79}, headers=JSON)
    assert r.status_code == 400  # the port is out of the documented range
    assert act("connect", {"ipAddress": "1.2.3.70", "ipPort": 1503})[0] == "Finished"
    ped = api.get(f"{BASE}/ped/peds/1").json()
    assert (ped["isConnected"], ped["ipAddress"], ped["port"]) == (True, "1.2.3.70", 1503)
    assert act("connect", {"ipAddress": "1.2.3.71", "ipPort": 1503})[0] == "Error"
    assert act("connect", {"ipAddress": "1.2.3.71", "ipPort": 1503}, ped=0)[0] == "Error"

    init_hsm(api, ped=True)
    assert act("vectorErase")[0] == "Error"  # no vector yet
    assert act("vectorInitialize")[0] == "Finished"
    assert act("vectorErase")[0] == "Finished"
    assert act("disconnect")[0] == "Finished"
    ped = api.get(f"{BASE}/ped/peds/1").json()
    assert (ped["isConnected"], ped.get("ipAddress")) == (False, None)
    assert act("vectorInitialize")[0] == "Error"  # the remote PED is gone
