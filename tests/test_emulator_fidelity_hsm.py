"""The HSM and tasks as outside clients see them, over HTTPS (issue 9).

Written from the reference:
* trailing slash: the vendor's samples call ``/api/lunasa/`` after a certificate login and
  read ``version``: the same resource as ``/api/lunasa``;
* utilization metrics: the guide's "Partition Utilization Metrics" page (per-partition
  bins, one REQUESTS counter each, reset or power cycle) in the shape Waldur reads, counted
  while HSM policy 49 is on;
* the SO credential: the guide's "Changing the HSM SO Credential" (log in as HSM SO first),
  the 4.0.0 PATCH page (204 + Location the role on password HSMs, a task on PED HSMs);
* re-initializing an initialized HSM needs the SO (the spec's x-luna-requires-if);
* a tasked request's ``/tasks/{id}/response`` gives what the untasked answer would;
* a configuration backup is not a downloadable file (the restore page keeps it in the
  appliance's local file system): luna_ext refuses instead of writing JSON into a file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

import luna_spec
from luna_emulator.control_client import ControlClient
from luna_emulator.server import RunningEmulator
from luna_ext import LunaSession, NotAFileError

from .conftest import ADMIN, HSM, JSON, MONITOR
from .test_emulator_partitions import _ok, _partition

BASE = f"/api/lunasa/hsms/{HSM}"
SO_PW, NEW_SO_PW = "Sopass123!", "Sopass456!"
SPEC = luna_spec.load_spec()


def _op(operation_id: str) -> dict[str, Any]:
    for item in SPEC["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return op
    raise KeyError(operation_id)


def _error(r: httpx.Response) -> tuple[int, str]:
    return r.status_code, r.json()["id"]


def _finish(c: httpx.Client, r: httpx.Response) -> httpx.Response:
    """The ``/response`` of the task a 202 answer names, once it finished."""
    assert r.status_code == 202, r.text
    for _ in range(10):
        t = c.get(r.headers["Location"])
        if t.status_code == 303:
            assert t.json()["state"] == "Finished", t.text
            return c.get(t.json()["responseUrl"])
    raise AssertionError(f"{r.headers['Location']} never finished")


def _init(c: httpx.Client, password: str = SO_PW) -> httpx.Response:
    body = {"label": "hsm1", "password": password, "domain": "mydomain"}
    return c.put(BASE, json=body, headers=JSON)


def _login(c: httpx.Client, password: str = SO_PW) -> httpx.Response:
    return c.post(f"{BASE}/login", json={"password": password, "role": "so"}, headers=JSON)


# ---- trailing slash ----------------------------------------------------------------------
def test_a_trailing_slash_names_the_same_resource(https: httpx.Client) -> None:
    root = https.get("/api/lunasa/")
    assert root.status_code == 200, root.text
    assert root.json() == https.get("/api/lunasa").json()
    assert root.json()["version"]
    hsms = https.get("/api/lunasa/hsms/", auth=MONITOR)
    assert hsms.status_code == 200
    assert hsms.json() == https.get("/api/lunasa/hsms").json()
    assert https.get("/api/lunasa//").status_code == 404  # one slash only
    assert https.get("/api/lunasa/nothing/").status_code == 404


# ---- utilization metrics -----------------------------------------------------------------
def _metrics(c: httpx.Client) -> dict[str, Any]:
    r = c.get(f"{BASE}/metrics", auth=MONITOR)
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


def _counts(c: httpx.Client) -> dict[str, dict[str, int]]:
    return {
        m["partitionId"]: {
            b["binId"]: next(x["count"] for x in b["counters"] if x["counterId"] == "REQUESTS")
            for b in m["bins"]
        }
        for m in _metrics(c)["metrics"]
    }


def test_metrics_count_partition_use_while_policy_49_is_on(
    https: httpx.Client, served: RunningEmulator
) -> None:
    url = _partition(https, co=True)
    serial = url.rsplit("/", 1)[1]
    assert _metrics(https)["metrics"] == []  # policy 49 is off by default
    _ok(https, https.put(f"{BASE}/policies/49", json={"value": 1}, headers=JSON))
    body = _metrics(https)
    (entry,) = body["metrics"]
    assert (entry["partitionId"], entry["label"]) == (serial, "ABC123")
    bins = [b["binId"] for b in entry["bins"]]
    assert {"ENCRYPT", "DECRYPT", "SIGN", "VERIFY", "KEY_GENERATION", "KEY_DERIVATION"} <= set(bins)
    assert set(_counts(https)[serial].values()) == {0}
    actions = f"{url}/object/actions"
    _ok(https, https.post(f"{actions}/backup", json={"name": "b1", "ids": []}, headers=JSON))
    _ok(https, https.post(f"{actions}/restore", json={"ids": ["1", "2"]}, headers=JSON))
    counts = _counts(https)[serial]
    assert (counts["ENCRYPT"], counts["DECRYPT"], counts["SIGN"]) == (3, 2, 0)
    first_reset = body["resetTime"]
    with ControlClient.for_running(served) as control:
        control.advance_clock(120)
    _ok(https, https.put(f"{BASE}/policies/49", json={"value": 0}, headers=JSON))
    _ok(https, https.post(f"{actions}/backup", json={"name": "b2", "ids": []}, headers=JSON))
    assert _metrics(https)["metrics"] == []  # not counted while off
    _ok(https, https.put(f"{BASE}/policies/49", json={"value": 1}, headers=JSON))
    assert set(_counts(https)[serial].values()) == {0}  # turning it on restarts the counters
    assert _metrics(https)["resetTime"] > first_reset


# ---- the HSM SO credential -----------------------------------------------------------------
def test_changing_the_so_password_needs_the_so_and_answers_204_with_the_role(
    https: httpx.Client,
) -> None:
    declared = {i for ids in _op("updateHsmRole")["x-luna-errors"].values() for i in ids}
    assert "APPLIANCE_REQUIRE_SO_LOGIN" in declared
    assert _init(https).status_code == 204
    change = {"oldPassword": SO_PW, "newPassword": NEW_SO_PW}
    r = https.patch(f"{BASE}/roles/so", json=change, headers=JSON)
    assert _error(r) == (400, "APPLIANCE_REQUIRE_SO_LOGIN")
    assert _login(https).status_code == 204  # the old password still holds
    r = https.patch(f"{BASE}/roles/so", json=change, headers=JSON)
    assert (r.status_code, r.headers["Location"]) == (204, f"{BASE}/roles/so")
    assert https.post(f"{BASE}/logout", headers=JSON).status_code == 204
    assert _login(https, NEW_SO_PW).status_code == 204
    wrong = https.patch(
        f"{BASE}/roles/so", json={"oldPassword": SO_PW, "newPassword": "Other123!"}, headers=JSON
    )
    assert wrong.status_code == 400
    assert https.get(f"{BASE}/roles/so").json()["changePasswordAttemptsLeft"] == 2


def test_on_a_ped_hsm_the_so_password_change_is_a_task(
    https: httpx.Client, served: RunningEmulator
) -> None:
    assert "202" in _op("updateHsmRole")["responses"]
    with ControlClient.for_running(served) as control:
        control.reset(ped_based=True)
        control.set_task_progress("immediate")
    _finish(https, https.put(BASE, json={"label": "pedhsm", "ped": "0"}, headers=JSON))
    _finish(https, https.post(f"{BASE}/login", json={"ped": "0", "role": "so"}, headers=JSON))
    r = https.patch(f"{BASE}/roles/so", json={"oldPassword": "", "newPassword": ""}, headers=JSON)
    assert r.headers["Location"].startswith("/tasks/")
    assert _finish(https, r).status_code == 200


# ---- re-initialization ----------------------------------------------------------------
def test_reinitializing_an_initialized_hsm_needs_the_so_and_changes_nothing_without(
    https: httpx.Client,
) -> None:
    op = _op("initializeHsm")
    assert (op["x-luna-requires"], op["x-luna-requires-if"]) == ("hsm-so", "initialized")
    url = _partition(https)
    assert https.post(f"{BASE}/logout", headers=JSON).status_code == 204
    r = _init(https, "Another12!")
    assert _error(r) == (400, "APPLIANCE_REQUIRE_SO_LOGIN")
    assert https.get(url).status_code == 200  # the partition is still there
    assert https.get(BASE).json()["label"] == "hsm1"
    assert _login(https, SO_PW).status_code == 204  # and the SO password is unchanged
    assert _init(https, "Another12!").status_code == 204
    assert https.get(f"{BASE}/partitions").json()["partitions"] == []


# ---- tasked creates --------------------------------------------------------------------
def test_a_tasked_create_names_what_it_created(
    https: httpx.Client, served: RunningEmulator
) -> None:
    with ControlClient.for_running(served) as control:
        control.set_task_progress("immediate", usually_tasked=True)
    _finish(https, _init(https))
    assert _login(https).status_code == 204
    body = {"name": "p1", "allStorageSpace": False, "hasPso": True, "size": 20480, "version": 0}
    r = https.post(f"{BASE}/partitions", json=body, headers=JSON)
    response = _finish(https, r)
    assert response.status_code == 200
    created = response.headers["Location"]
    (listed,) = https.get(f"{BASE}/partitions").json()["partitions"]
    assert created == listed["url"]
    assert https.get(created).json()["name"] == "p1"


def test_a_failed_task_response_carries_no_location(
    https: httpx.Client, served: RunningEmulator
) -> None:
    with ControlClient.for_running(served) as control:
        control.set_task_progress("immediate", usually_tasked=True)
    _finish(https, _init(https))  # no SO login: the create's task ends in Error
    r = https.post(
        f"{BASE}/partitions", json={"name": "p1", "hasPso": True, "size": 20480}, headers=JSON
    )
    assert r.status_code == 202
    task = https.get(r.headers["Location"]).json()
    assert task["state"] == "Error"
    response = https.get(task["responseUrl"])
    assert response.json()["id"] == "APPLIANCE_REQUIRE_SO_LOGIN"
    assert "Location" not in response.headers


# ---- what getHsm and the policies serve ------------------------------------------------
def test_hsm_and_policy_bodies_hold_only_declared_fields(https: httpx.Client) -> None:
    schemas = SPEC["components"]["schemas"]
    hsm = https.get(BASE).json()
    assert set(hsm) <= set(schemas["Hsm"]["properties"])
    assert "id" not in hsm
    assert "authentication" not in hsm
    assert hsm["authenticationMethod"] == "password"
    for policy in https.get(f"{BASE}/policies").json()["policies"]:
        assert set(policy) <= set(schemas["HsmPolicy"]["properties"])


# ---- configuration backups ------------------------------------------------------------
def test_a_configuration_backup_is_not_downloaded_as_a_file(
    https: httpx.Client, served: RunningEmulator, tmp_path: Path
) -> None:
    assert https.post("/api/lunasa/config/backups", headers=JSON).status_code == 204
    (backup,) = https.get("/api/lunasa/config/backups").json()["backups"]
    target = tmp_path / "backup.tar"
    with LunaSession(
        served.url, username=ADMIN[0], password=ADMIN[1], ca_file=served.ca_file
    ) as luna:
        with pytest.raises(NotAFileError) as refused:
            luna.download(backup["url"], target)
        assert refused.value.path == backup["url"]
        assert not target.exists()
        assert not list(tmp_path.iterdir())
        assert "REST" in _op("getConfigBackup")["description"]


# ---- optional bodies -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", "/auth/session"),
        ("POST", "/api/lunasa/config/backups"),
        ("POST", f"{BASE}/logout"),
        ("POST", "/api/lunasa/services/ssh/actions/restart"),
    ],
)
def test_an_optional_body_may_be_left_out(https: httpx.Client, method: str, path: str) -> None:
    op = next(
        o
        for p, item in SPEC["paths"].items()
        for m, o in item.items()
        if m == method.lower() and luna_spec_path_matches(p, path)
    )
    assert op["requestBody"].get("required") is not True
    r = https.request(method, path)  # no body, no Content-Type
    assert r.status_code < 300, r.text


def luna_spec_path_matches(template: str, path: str) -> bool:
    t, p = template.split("/"), path.split("/")
    return len(t) == len(p) and all(a == b or a.startswith("{") for a, b in zip(t, p, strict=True))
