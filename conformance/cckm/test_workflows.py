"""CCKM layer 3: the Luna-keys document's workflows, step by step, through ``CckmSession``:
tokens (password and refresh-token grants), a read-only walk, keys (create an RSA pair and
an AES key in a partition and wait for AVAILABLE, update attributes, replicate, delete from
the HSM, delete from CCKM) and jobs (refresh and synchronize: start, status, cancel). Every
answer each step gets is checked against ``cckm.yaml`` and counted for its operation
(``conform.py``).

Against a CipherTrust Manager the tiers decide (``policy.workflow_skip_reason``): keys are
labelled ``lrk-``, only keys the workflow created are deleted (also when it fails), and the
key workflow, which deletes its keys from the HSM, needs ``--allow-destructive``."""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Iterator
from typing import Any, Literal

import httpx
import pytest

import luna_spec
from luna_ext import CckmApiError, CckmSession

from ..report import Recorder
from .conform import watch
from .discovery import item_paths, list_paths
from .policy import PREFIX, workflow_skip_reason
from .seed import CckmSeed, seed_cckm
from .target import CckmTarget, watch_for_secrets

__all__: list[str] = []

SPEC = luna_spec.load_cckm_spec()
TOKENS = "/api/v1/auth/tokens/"
KEYS = "/api/v1/cckm/hsm/luna/keys"
PARTITIONS = "/api/v1/cckm/hsm/luna/partitions"
JOBS = {
    "refresh": "/api/v1/cckm/hsm/luna/refresh",
    "synchronize": "/api/v1/cckm/hsm/luna/synchronize",
}


def _operation(operation_id: str) -> dict[str, Any]:
    for item in SPEC["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return op
    raise KeyError(operation_id)


def _example(operation_id: str, name: str | None = None) -> dict[str, Any]:
    content = _operation(operation_id)["requestBody"]["content"]["application/json"]
    value = content["examples"][name]["value"] if name else content["example"]
    return dict(value)


def _completion(operation_id: str) -> dict[str, Any]:
    completion: dict[str, Any] = _operation(operation_id)["x-cckm-completion"]
    return completion


def _label(kind: str) -> str:
    return f"{PREFIX}{kind}-{secrets.token_hex(3)}"


@pytest.fixture
def seeded(cckm_target: CckmTarget) -> CckmSeed | None:
    """On the embedded emulator: CCKM seeded, key operations taking 1 s and jobs 2 s of
    its clock (so that waiting is waiting); against a CipherTrust Manager: nothing."""
    if not cckm_target.is_emulator:
        return None
    seed = seed_cckm(cckm_target)
    assert cckm_target.control is not None
    cckm_target.control.set_timing(key_operation_delay=1.0, job_duration=2.0)
    return seed


@pytest.fixture
def cm(
    cckm_target: CckmTarget, recorder: Recorder, seeded: CckmSeed | None
) -> Iterator[CckmSession]:
    """The workflow's session; every answer it gets (its token answers too) is checked."""
    session = cckm_target.session()
    watch(session.http, recorder)
    with session:
        yield session


def _partition(cckm_target: CckmTarget, seeded: CckmSeed | None) -> str:
    if seeded is not None:
        return seeded.partitions[0]
    return cckm_target.partition


@pytest.mark.workflow("CCKM: API tokens (password and refresh-token grants)", tags=("tokens",))
def test_cckm_tokens(cckm_target: CckmTarget, recorder: Recorder, seeded: CckmSeed | None) -> None:
    """Trade the password for a JWT and a refresh token, the refresh token for a new JWT,
    use it; with writes allowed, delete the workflow's own refresh token and see it refused."""
    with httpx.Client(base_url=cckm_target.url, verify=cckm_target.ssl_context, timeout=30) as http:
        watch_for_secrets(http)
        watch(http, recorder)
        grant = {"grant_type": "password", "username": cckm_target.username}
        issued = http.post(TOKENS, json={**grant, "password": cckm_target.password})
        assert issued.status_code == 200, issued.status_code
        body = issued.json()
        assert body["duration"] == _operation("issueToken")["x-cckm-jwt-lifetime-seconds"]
        refresh = {"grant_type": "refresh_token", "refresh_token": body["refresh_token"]}
        renewed = http.post(TOKENS, json=refresh)
        assert renewed.status_code == 200, renewed.status_code
        bearer = {"Authorization": f"Bearer {renewed.json()['jwt']}"}
        assert http.get(PARTITIONS, params={"limit": 1}, headers=bearer).status_code == 200
        token_id = body.get("refresh_token_id")
        if token_id and (cckm_target.is_emulator or cckm_target.allow_writes):
            record = http.get(f"{TOKENS}{token_id}", headers=bearer)
            assert record.status_code == 200, record.status_code
            assert http.delete(f"{TOKENS}{token_id}", headers=bearer).is_success
            refused = http.post(TOKENS, json=refresh)
            assert refused.status_code == 401, refused.status_code


@pytest.mark.workflow(
    "CCKM: read what is there (connections, partitions, keys, jobs)",
    tags=("lunaConnections", "lunaPartitions", "lunaKeys", "lunaRefresh", "lunaSynchronize"),
)
def test_cckm_read_only_walk(cm: CckmSession) -> None:
    """Every list, and the first resource of each read back by its id."""
    items = item_paths()
    for param, path in list_paths().items():
        listed = cm.request("GET", path, params={"limit": 5})
        assert {"skip", "limit", "total", "resources"} <= set(listed), sorted(listed)
        for resource in listed["resources"][:1]:
            got = cm.request("GET", items[param].replace("{" + param + "}", str(resource["id"])))
            assert got["id"] == resource["id"]


def _wait_key(cm: CckmSession, key_id: str, operation_id: str) -> dict[str, Any]:
    """Wait for a key operation as its x-cckm-completion says; its final state."""
    completion = _completion(operation_id)
    state = cm.wait_for_key(key_id, operation=completion.get("operation", "keycreate"), timeout=120)
    assert state[completion["field"]] in completion["success"], (
        f"{operation_id}: {completion['field']} is {state[completion['field']]!r}"
    )
    return state


@pytest.mark.workflow(
    "CCKM: keys (create RSA and AES, AVAILABLE, update, replicate, delete from the HSM)",
    tags=("lunaKeys",),
)
def test_cckm_key_lifecycle(
    cm: CckmSession, cckm_target: CckmTarget, seeded: CckmSeed | None
) -> None:
    reason = workflow_skip_reason(cckm_target, destructive=True)
    if reason:
        pytest.skip(reason)
    partition = _partition(cckm_target, seeded)
    created: list[str] = []  # every key id the workflow made (both halves of a pair)
    try:
        keys: dict[str, dict[str, Any]] = {}
        for kind in ("rsa", "aes"):
            body = {**_example("createLunaKey", kind), "label": _label(kind)}
            body["partition_id"] = partition
            body["attributes"] = sorted({*body.get("attributes", ()), "CKA_MODIFIABLE"})
            key = cm.request("POST", KEYS, json=body)
            created.append(str(key["id"]))
            if isinstance(key.get("links"), dict) and key["links"].get("id"):
                created.append(str(key["links"]["id"]))
            assert (
                key["status"]
                in _completion("createLunaKey")["pending"] + _completion("createLunaKey")["success"]
            )
            keys[kind] = _wait_key(cm, str(key["id"]), "createLunaKey")
            assert keys[kind]["label"] == body["label"]
        listed = cm.request("GET", KEYS, params={"label": keys["aes"]["label"]})
        assert [k["id"] for k in listed["resources"]] == [keys["aes"]["id"]]
        # update attributes (the spec's example), then the key shows them
        change = _example("updateLunaKey")
        rsa = keys["rsa"]["id"]
        cm.request("PATCH", f"{KEYS}/{rsa}", json=change)
        updated = _wait_key(cm, rsa, "updateLunaKey")
        for attr in change["attributes"]:
            assert (attr["type"] in updated.get("attributes", [])) is attr["value"], attr
        # replicate across the partition's HA group (where it is missing)
        cm.request("POST", f"{KEYS}/{rsa}/replicate")
        _wait_key(cm, rsa, "replicateLunaKey")
        # delete from the HSM: the record stays, DELETED
        for kind in ("rsa", "aes"):
            key_id = keys[kind]["id"]
            cm.request("POST", f"/api/v1/cckm/hsm/luna/{key_id}/delete")
            _wait_key(cm, key_id, "deleteLunaKeyFromHsm")
    finally:
        _remove(cm, cckm_target, created)


def _remove(cm: CckmSession, cckm_target: CckmTarget, created: list[str]) -> None:
    """The workflow's own keys off the HSM (when still there) and out of CCKM."""
    for key_id in created:
        with contextlib.suppress(CckmApiError):
            state = cm.request("GET", f"{KEYS}/{key_id}")
            if state["status"] != "DELETED" and cckm_target.allow_destructive:
                cm.request("POST", f"/api/v1/cckm/hsm/luna/{key_id}/delete")
                cm.wait_for_key(key_id, operation="keydelete", timeout=120)
    for key_id in created:
        with contextlib.suppress(CckmApiError):
            cm.request("DELETE", f"{KEYS}/{key_id}")


@pytest.mark.parametrize(
    "kind",
    [
        pytest.param(
            "refresh",
            marks=pytest.mark.workflow(
                "CCKM: refresh jobs (start, status, cancel)", tags=("lunaRefresh",)
            ),
        ),
        pytest.param(
            "synchronize",
            marks=pytest.mark.workflow(
                "CCKM: synchronization jobs (start, status, cancel)", tags=("lunaSynchronize",)
            ),
        ),
    ],
)
def test_cckm_jobs(
    kind: Literal["refresh", "synchronize"],
    cm: CckmSession,
    cckm_target: CckmTarget,
    seeded: CckmSeed | None,
) -> None:
    reason = workflow_skip_reason(cckm_target, writes=True)
    if reason:
        pytest.skip(reason)
    path, start = JOBS[kind], "startLunaRefresh" if kind == "refresh" else "startLunaSynchronize"
    completion = _completion(start)
    partition = _partition(cckm_target, seeded)
    job = cm.request("POST", path, json={"partitions": [partition]})
    assert job["overall_status"] in completion["pending"] + completion["success"]
    assert job["partitions"] == [partition]
    status = cm.request("GET", f"{path}/{job['id']}")
    assert status["id"] == job["id"]
    listed = cm.request("GET", path, params={"id": job["id"]})
    assert [j["id"] for j in listed["resources"]] == [job["id"]]
    done = cm.wait_for_job(job["id"], kind=kind, timeout=600)
    assert done["overall_status"] in completion["success"], done["overall_status"]
    # a second job, cancelled while it runs
    if cckm_target.control is not None:
        cckm_target.control.set_timing(job_duration=60.0)
    job = cm.request("POST", path, json={"partitions": [partition]})
    cancel = cm.http.post(f"{path}/{job['id']}/cancel")  # checked by the watch
    if not cancel.is_success:
        # a job that finished before the cancel arrived: refused, and not in progress
        state = cm.request("GET", f"{path}/{job['id']}")
        assert state["overall_status"] not in completion["pending"], (cancel.status_code, state)
        return
    cancelled = cancel.json()
    assert cancelled["abort"] is True
    final = cm.wait_for_job(job["id"], kind=kind, timeout=600)
    assert final["abort"] is True
    assert final["overall_status"] not in completion["pending"]
