"""The emulator's core behaviour, through its ASGI app with response validation on."""

from __future__ import annotations

import json

import pytest
from starlette.testclient import TestClient

import luna_spec
from luna_emulator import errors as E
from luna_emulator.control_client import ControlClient
from luna_emulator.dispatch import Reply
from luna_emulator.http.validation import ResponseValidator
from luna_emulator.spec_index import SpecIndex

from .conftest import HSM, JSON, MONITOR


def _init_hsm_and_login(api: TestClient) -> None:
    # as on a PED HSM: the guide's commonly tasked resources answer 202 + a task
    assert api.put("/_emulator/tasks/progress", json={"usuallyTasked": True}).status_code == 204
    r = api.put(
        f"/api/lunasa/hsms/{HSM}",
        json={"label": "hsm1", "password": "Sopass123!", "domain": "mydomain"},
        headers=JSON,
    )
    assert r.status_code == 202, r.text  # initializeHsm is usually tasked
    task = r.headers["Location"]
    assert api.get(task).status_code == 200  # Running on the first poll
    done = api.get(task)
    assert done.status_code == 303
    assert done.json()["state"] == "Finished"
    r = api.post(
        f"/api/lunasa/hsms/{HSM}/login",
        json={"ped": "0", "password": "Sopass123!", "role": "so"},
        headers=JSON,
    )
    assert r.status_code == 204, r.text
    assert r.headers["Location"] == f"/api/lunasa/hsms/{HSM}/login/so/1"


def _wait(api: TestClient, location: str) -> dict:  # type: ignore[type-arg]
    for _ in range(10):
        r = api.get(location)
        if r.status_code == 303:
            return r.json()  # type: ignore[no-any-return]
    raise AssertionError(f"{location} never finished")


def test_requests_without_credentials_are_refused(api: TestClient) -> None:
    r = api.get("/api/lunasa/hsms", auth=None)
    assert r.status_code == 401
    assert r.json()["id"] == "FRAMEWORK_NO_SESSION_COOKIE"
    assert r.headers["content-type"] == luna_spec.VENDOR_JSON


def test_wrong_password_is_refused(api: TestClient) -> None:
    r = api.get("/api/lunasa/hsms", auth=("admin", "nope"))
    assert r.status_code == 401
    assert r.json()["status"] == "ERROR"


def test_private_session_cookie(api: TestClient) -> None:
    r = api.post("/auth/session", json={}, headers=JSON)
    assert r.status_code == 204
    assert "SESSIONID" in api.cookies
    r = api.get("/api/lunasa/hsms", auth=None)
    assert r.status_code == 200
    assert api.delete("/auth/session", auth=None).status_code == 204
    api.cookies.clear()
    assert api.get("/api/lunasa/hsms", auth=None).status_code == 401


def test_session_expires_after_ten_idle_minutes(api: TestClient, control: ControlClient) -> None:
    assert api.post("/auth/session", json={}, headers=JSON).status_code == 204
    control.advance_clock(601)
    r = api.get("/api/lunasa/hsms", auth=None)
    assert r.status_code == 401
    assert r.json()["id"] == "FRAMEWORK_NO_SESSION_COOKIE"


def test_monitor_cannot_initialize_the_hsm(api: TestClient) -> None:
    r = api.put(
        f"/api/lunasa/hsms/{HSM}",
        json={"label": "x", "password": "Sopass123!"},
        headers=JSON,
        auth=MONITOR,
    )
    assert r.status_code == 401
    assert r.json()["id"] == "FRAMEWORK_NO_ACL_RULE"


def test_bad_input_gets_framework_bad_request_and_changes_nothing(api: TestClient) -> None:
    url = f"/api/lunasa/hsms/{HSM}"
    cases = [
        (b"{not json", JSON),
        (b"\xff\xfe", JSON),
        (json.dumps({"label": 12}).encode(), JSON),
        (json.dumps({"label": "x" * 40, "password": "Sopass123!"}).encode(), JSON),
        (
            json.dumps({"label": "ok", "password": "Sopass123!"}).encode(),
            {"Content-Type": "text/plain"},
        ),
        (
            json.dumps({"label": "ok", "password": "Sopass123!"}).encode(),
            {"Content-Type": "application/vnd.safenetinc.lunasa+json;version=99"},
        ),
    ]
    for content, headers in cases:
        r = api.put(url, content=content, headers=headers)
        assert r.status_code == 400, (content, r.text)
        assert r.json()["id"] == "FRAMEWORK_BAD_REQUEST"
    assert api.get("/api/lunasa/hsms/0").status_code == 400  # below the v17 minimum
    assert api.get("/api/lunasa/hsms/abc").status_code == 400
    assert api.get(url).json()["state"] == "zeroized"
    assert api.get("/tasks").json()["tasks"] == []


def test_hsm_setup_partitions_paging_and_ntls_links(api: TestClient) -> None:
    _init_hsm_and_login(api)
    serials = []
    for i in range(5):
        r = api.post(
            f"/api/lunasa/hsms/{HSM}/partitions",
            headers=JSON,
            json={
                "name": f"p{i}",
                "allStorageSpace": False,
                "hasPso": True,
                "size": 20480,
                "version": 0,
            },
        )
        assert r.status_code == 202, r.text
        result = api.get(_wait(api, r.headers["Location"])["responseUrl"])
        assert result.status_code == 200
        serials.append(len(serials))
    listing = api.get(f"/api/lunasa/hsms/{HSM}/partitions", params={"limit": 2, "offset": 0})
    assert len(listing.json()["partitions"]) == 2
    assert 'rel="next"' in listing.headers["Link"]
    nxt = listing.headers["Link"].split(">")[0].lstrip("<")
    assert len(api.get(nxt).json()["partitions"]) == 2
    everything = api.get(f"/api/lunasa/hsms/{HSM}/partitions").json()["partitions"]
    assert len(everything) == 5
    last = api.get(f"/api/lunasa/hsms/{HSM}/partitions", params={"limit": 2, "offset": 4})
    assert "Link" not in last.headers

    r = api.post(
        "/api/lunasa/ntls/clients",
        headers=JSON,
        json={"ip": "1.2.3.4", "clientName": "testClient3"},
    )
    assert r.status_code == 200
    assert r.json() == {"client": "testClient3"}
    dupe = api.post(
        "/api/lunasa/ntls/clients", headers=JSON, json={"ip": "1.2.3.4", "clientName": "other"}
    )
    assert dupe.status_code == 400
    assert dupe.json()["id"] == "NTLS_DUPE_IP"
    partition_url = everything[0]["url"]
    r = api.post(
        "/api/lunasa/ntls/clients/testClient3/links", headers=JSON, json={"url": partition_url}
    )
    assert r.status_code == 204
    link = r.headers["Location"]
    assert api.get(link).json() == {"url": partition_url, "type": "hsm/partition"}
    assert api.delete(partition_url).status_code == 204
    assert api.get(link).status_code == 404  # deleting the partition removed the link


def test_protected_zeroize_waits_for_an_explicit_start(api: TestClient) -> None:
    _init_hsm_and_login(api)
    r = api.post(f"/api/lunasa/hsms/{HSM}/actions/zeroize", json={}, headers=JSON)
    assert r.status_code == 202
    task = r.headers["Location"]
    for _ in range(3):
        assert api.get(task).json()["state"] == "Waiting"
    assert api.get(f"/api/lunasa/hsms/{HSM}").json()["state"] == "initialized"
    actions = api.get(f"{task}/actions").json()["actions"]
    assert [a["id"] for a in actions] == ["start"]
    assert api.post(f"{task}/actions/start", json={}, headers=JSON).status_code == 204
    assert _wait(api, task)["state"] == "Finished"
    assert api.get(f"/api/lunasa/hsms/{HSM}").json()["state"] == "zeroized"


def test_third_wrong_so_password_zeroizes(api: TestClient) -> None:
    _init_hsm_and_login(api)
    for left in (2, 1):
        r = api.post(
            f"/api/lunasa/hsms/{HSM}/login",
            json={"password": "Wrongpass1!", "role": "so"},
            headers=JSON,
        )
        assert r.status_code == 400
        assert api.get(f"/api/lunasa/hsms/{HSM}").json()["soLoginsLeft"] == left
    api.post(
        f"/api/lunasa/hsms/{HSM}/login",
        json={"password": "Wrongpass1!", "role": "so"},
        headers=JSON,
    )
    assert api.get(f"/api/lunasa/hsms/{HSM}").json()["state"] == "zeroized"


def test_password_hsm_initializes_without_a_task(api: TestClient) -> None:
    r = api.put(
        f"/api/lunasa/hsms/{HSM}", json={"label": "hsm1", "password": "Sopass123!"}, headers=JSON
    )
    assert r.status_code == 204
    assert r.headers["Location"] == f"/api/lunasa/hsms/{HSM}"
    assert api.get(f"/api/lunasa/hsms/{HSM}").json()["state"] == "initialized"


def test_ped_hsm_tasks_its_initialization(api: TestClient) -> None:
    assert api.post("/_emulator/reset", json={"pedBased": True}).status_code == 204
    r = api.put(f"/api/lunasa/hsms/{HSM}", json={"label": "hsm1"}, headers=JSON)
    assert r.status_code == 202
    assert r.headers["Location"].startswith("/tasks/")


def test_unknown_task_is_gone(api: TestClient) -> None:
    assert api.get("/tasks/999").status_code == 410


def test_implementation_report_covers_every_operation(api: TestClient) -> None:
    report = api.get("/_emulator/implementation").json()
    ops = {op["operationId"] for _, _, op in luna_spec.iter_operations()}
    assert {row["operationId"] for row in report} == ops
    # the rules module of each operation (handlers/<tag>.py): every one has rules
    assert {row["operationId"]: row["implementation"] for row in report}["getHsm"] == "hsms"
    assert all(row["implementation"] for row in report)


def test_response_validation_sees_the_status_the_rules_raised() -> None:
    """An undocumented status is sent as 400, but --validate-responses still catches it
    unless the spec declares the error id for 400 on that operation."""
    index = SpecIndex.shared()
    validator = ResponseValidator(index)
    get_hsm = index.operations["getHsm"]
    assert "409" not in get_hsm.statuses
    body = E.InvalidHsm("x").body()
    validator.check(get_hsm, Reply(404, body), 404)  # documented: fine
    with pytest.raises(AssertionError, match="undocumented 409"):
        validator.check(get_hsm, Reply(400, {**body, "returnCode": 400}), 409)
    install = index.operations["installPackageFile"]  # declares FILEID_DOES_NOT_EXIST as 400
    missing = {**E.FileidDoesNotExist("x").body(), "returnCode": 400}
    validator.check(install, Reply(400, missing), 404)
