"""Every operation with ``x-luna-requires`` refuses a caller without the login, over HTTPS.

The cases are generated from the spec, not listed by hand: for each operation that
declares a required login (HSM SO, partition SO or CO), an admin in a fresh private
session (no HSM or partition login) calls it on an initialized HSM with an initialized
partition, with a body built from the spec. The answer, or the task's outcome for a
tasked request, is the appliance's error for the missing login, and nothing changed.
With the login held, the same request is not refused for it.
"""

from __future__ import annotations

import contextlib
import ssl
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import luna_spec
from luna_emulator.control_client import ControlClient
from luna_emulator.server import RunningEmulator

from .conftest import ADMIN, HSM, JSON

SPEC = luna_spec.load_spec()
SO_PW, PSO_PW, CO_PW = "Sopass123!", "Psopass12!", "Copass123!"
# what the appliance answers for a missing login (APPLIANCE_REQUIRE_SO_LOGIN is documented
# for applyUpgrade; the partition-user error for the partition roles' operations)
MISSING = {
    "hsm-so": (400, "APPLIANCE_REQUIRE_SO_LOGIN"),
    "partition": (401, "HSMPLUGIN_PARTITION_USER_NOT_AUTHENTICATED"),
}


def _deref(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def _instance(schema: Any, depth: int = 0) -> Any:
    """A small document that conforms to ``schema``: its example, else its required fields."""
    schema = _deref(schema)
    if "example" in schema:
        return schema["example"]
    for key in ("allOf", "oneOf", "anyOf"):
        if schema.get(key):
            return _instance(schema[key][0], depth + 1)
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type", "object")
    if kind == "object":
        required = set(schema.get("required", []))
        props = schema.get("properties", {}).items()
        return {n: _instance(s, depth + 1) for n, s in props if n in required and depth < 6}
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "boolean":
        return False
    if kind == "array":
        return [_instance(schema.get("items", {}), depth + 1)]
    return "a" * max(int(schema.get("minLength", 1)), 1)


def _json_body(op: dict[str, Any]) -> Any:
    content = _deref(op.get("requestBody", {})).get("content", {})
    media = next((m for m in content if "+json" in m), None)
    if media is None:
        return None
    if "example" in content[media]:
        return content[media]["example"]
    return _instance(content[media].get("schema", {}))


REQUIRING = [
    pytest.param(method.upper(), path, op, id=op["operationId"])
    for method, path, op in luna_spec.iter_operations(SPEC)
    if op.get("x-luna-requires")
]


def _requirements(op: dict[str, Any]) -> list[str]:
    declared = op["x-luna-requires"]
    return [declared] if isinstance(declared, str) else list(declared)


def _client(served: RunningEmulator, **kwargs: Any) -> httpx.Client:
    verify = ssl.create_default_context(cafile=str(served.ca_file))
    return httpx.Client(
        base_url=served.url, verify=verify, follow_redirects=False, timeout=30, **kwargs
    )


@pytest.fixture
def appliance(served: RunningEmulator) -> Iterator[str]:
    """An initialized HSM with an initialized partition (its URL) whose CO is initialized;
    the admin's Basic-auth session holds the logins that made them."""
    with ControlClient.for_running(served) as control, _client(served, auth=ADMIN) as c:
        control.reset()
        control.set_task_progress("immediate")
        hsm = f"/api/lunasa/hsms/{HSM}"
        body = {"label": "hsm1", "password": SO_PW, "domain": "mydomain"}
        assert c.put(hsm, json=body, headers=JSON).status_code == 204
        login = {"password": SO_PW, "role": "so"}
        assert c.post(f"{hsm}/login", json=login, headers=JSON).status_code == 204
        body = {"name": "p1", "allStorageSpace": False, "hasPso": True, "size": 20480}
        r = c.post(f"{hsm}/partitions", json=body, headers=JSON)
        assert r.status_code == 204, r.text
        partition = r.headers["Location"]
        body = {"password": PSO_PW, "label": "p1", "domain": "domain", "defaultDomain": True}
        assert c.put(partition, json=body, headers=JSON).status_code == 204
        login = {"role": "so", "password": PSO_PW}
        assert c.post(f"{partition}/login", json=login, headers=JSON).status_code == 204
        body = {"password": CO_PW, "defaultChallenge": False}
        assert c.put(f"{partition}/roles/co", json=body, headers=JSON).status_code == 204
        yield partition


def _url(path: str, op: dict[str, Any], partition: str) -> str:
    values = {
        "hsmid": str(HSM),
        "partitionid": partition.rsplit("/", 1)[1],
        "roleid": "co",
        "policyid": "37",
        "objectid": "1",
        "clientid": "1",
        "actionid": (op.get("x-luna-protected-actions") or op.get("x-luna-actions", ["x"]))[0],
    }
    for name in [seg[1:-1] for seg in path.split("/") if seg.startswith("{")]:
        assert name in values, f"no value for path parameter {name!r}: add one here"
        path = path.replace(f"{{{name}}}", values[name])
    return path


def _outcome(c: httpx.Client, r: httpx.Response) -> tuple[int, dict[str, Any]]:
    """(status, body) of the answer, or of the task's outcome for a tasked request (a
    Waiting task is started first; an Error task's response carries the status as its
    ``returnCode``)."""
    if r.status_code != 202:
        return r.status_code, r.json() if r.content else {}
    task = r.headers["Location"]
    if c.get(task).json()["state"] == "Waiting":
        assert c.post(f"{task}/actions/start", json={}, headers=JSON).status_code == 204
    assert c.get(task).status_code == 303, f"{task} did not finish"
    response = c.get(f"{task}/response")
    body = response.json() if response.content else {}
    return int(body.get("returnCode", response.status_code)), body


@contextlib.contextmanager
def _private_session(served: RunningEmulator) -> Iterator[httpx.Client]:
    """The admin in a fresh private session: no HSM or partition login."""
    with _client(served) as c:
        r = c.post("/auth/session", json={}, headers=JSON, auth=ADMIN)
        assert r.status_code == 204, r.text
        yield c


def _snapshot(c: httpx.Client, partition: str) -> list[Any]:
    return [
        c.get(f"/api/lunasa/hsms/{HSM}").json(),
        c.get(partition).json(),
        c.get(f"{partition}/roles/co").json(),
        c.get(f"{partition}/policies").json(),
        c.get(f"{partition}/stc").json(),
    ]


def test_every_declared_requirement_is_tested() -> None:
    """The generated cases cover the operations the issue names (a spec edit that drops
    one fails here)."""
    ids = {p.id for p in REQUIRING}
    assert {"performHsmAction", "initializeHsm", "initializePartition"} <= ids
    assert len(ids) >= 20


@pytest.mark.parametrize(("method", "path", "op"), REQUIRING)
def test_refused_without_the_required_login(
    served: RunningEmulator,
    appliance: str,
    method: str,
    path: str,
    op: dict[str, Any],
) -> None:
    url, body = _url(path, op, appliance), _json_body(op)
    kind = "hsm-so" if "hsm-so" in _requirements(op) else "partition"
    with ControlClient.for_running(served) as control, _private_session(served) as c:
        before, counts = _snapshot(c, appliance), control.state()
        r = c.request(method, url, json=body, headers=JSON if body is not None else {})
        status, answer = _outcome(c, r)
        assert (status, answer.get("id")) == MISSING[kind], (r.status_code, answer)
        assert answer["status"] == "ERROR"
        assert answer["returnCode"] == status
        assert _snapshot(c, appliance) == before
        assert {k: v for k, v in control.state().items() if k != "tasks"} == {
            k: v for k, v in counts.items() if k != "tasks"
        }


@pytest.mark.parametrize(("method", "path", "op"), REQUIRING)
def test_not_refused_with_the_login(
    served: RunningEmulator,
    appliance: str,
    method: str,
    path: str,
    op: dict[str, Any],
) -> None:
    url, body = _url(path, op, appliance), _json_body(op)
    with _private_session(served) as c:
        login = {"password": SO_PW, "role": "so"}
        assert c.post(f"/api/lunasa/hsms/{HSM}/login", json=login, headers=JSON).status_code == 204
        for role, password in (("so", PSO_PW), ("co", CO_PW)):
            login = {"role": role, "password": password}
            assert c.post(f"{appliance}/login", json=login, headers=JSON).status_code == 204
        r = c.request(method, url, json=body, headers=JSON if body is not None else {})
        _, answer = _outcome(c, r)
        assert answer.get("id") not in {i for _, i in MISSING.values()}, answer
