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
import re
import secrets
from collections.abc import Iterator
from typing import Any, Literal

import httpx
import pytest

from luna_ext import CckmApiError, CckmSession

from ..report import Recorder
from .conform import watch
from .discovery import item_paths, list_paths
from .policy import PREFIX, workflow_skip_reason
from .seed import CckmSeed, seed_cckm
from .spec import completion, example, operation, path_of, url_of
from .target import CckmTarget, watch_for_secrets

__all__: list[str] = []

JOBS = {
    "refresh": ("startLunaRefresh", "listLunaRefreshJobs", "cancelLunaRefreshJob"),
    "synchronize": ("startLunaSynchronize", "listLunaSynchronizeJobs", "cancelLunaSynchronizeJob"),
}
"""Per kind of job: the operations that start, list and cancel one."""


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
        issued = http.post(url_of("issueToken"), json={**grant, "password": cckm_target.password})
        assert issued.status_code == 200, issued.status_code
        body = issued.json()
        assert body["duration"] == operation("issueToken")["x-cckm-jwt-lifetime-seconds"]
        refresh = {"grant_type": "refresh_token", "refresh_token": body["refresh_token"]}
        renewed = http.post(url_of("issueToken"), json=refresh)
        assert renewed.status_code == 200, renewed.status_code
        bearer = {"Authorization": f"Bearer {renewed.json()['jwt']}"}
        assert (
            http.get(url_of("listLunaPartitions"), params={"limit": 1}, headers=bearer).status_code
            == 200
        )
        token_id = body.get("refresh_token_id")
        if token_id and (cckm_target.is_emulator or cckm_target.allow_writes):
            record = http.get(url_of("getRefreshToken", tokenId=token_id), headers=bearer)
            assert record.status_code == 200, record.status_code
            assert http.delete(
                url_of("deleteRefreshToken", tokenId=token_id), headers=bearer
            ).is_success
            refused = http.post(url_of("issueToken"), json=refresh)
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
    done = completion(operation_id)
    state = cm.wait_for_key(key_id, operation=done.get("operation", "keycreate"), timeout=120)
    assert state[done["field"]] in done["success"], (
        f"{operation_id}: {done['field']} is {state[done['field']]!r}"
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
            body = {**example("createLunaKey", kind), "label": _label(kind)}
            body["partition_id"] = partition
            body["attributes"] = sorted({*body.get("attributes", ()), "CKA_MODIFIABLE"})
            key = cm.request("POST", url_of("createLunaKey"), json=body)
            created.append(str(key["id"]))
            if isinstance(key.get("links"), dict) and key["links"].get("id"):
                created.append(str(key["links"]["id"]))
            assert (
                key["status"]
                in completion("createLunaKey")["pending"] + completion("createLunaKey")["success"]
            )
            keys[kind] = _wait_key(cm, str(key["id"]), "createLunaKey")
            assert keys[kind]["label"] == body["label"]
        listed = cm.request("GET", url_of("listLunaKeys"), params={"label": keys["aes"]["label"]})
        assert [k["id"] for k in listed["resources"]] == [keys["aes"]["id"]]
        # update attributes (the spec's example), then the key shows them
        change = example("updateLunaKey")
        rsa = keys["rsa"]["id"]
        cm.request("PATCH", url_of("updateLunaKey", keyId=rsa), json=change)
        updated = _wait_key(cm, rsa, "updateLunaKey")
        for attr in change["attributes"]:
            assert (attr["type"] in updated.get("attributes", [])) is attr["value"], attr
        # replicate across the partition's HA group (where it is missing)
        cm.request("POST", url_of("replicateLunaKey", keyId=rsa))
        _wait_key(cm, rsa, "replicateLunaKey")
        # delete from the HSM: the record stays, DELETED
        for kind in ("rsa", "aes"):
            key_id = keys[kind]["id"]
            cm.request("POST", url_of("deleteLunaKeyFromHsm", keyId=key_id))
            _wait_key(cm, key_id, "deleteLunaKeyFromHsm")
    finally:
        _remove(cm, cckm_target, created)


def _remove(cm: CckmSession, cckm_target: CckmTarget, created: list[str]) -> None:
    """The workflow's own keys off the HSM (when still there) and out of CCKM."""
    for key_id in created:
        with contextlib.suppress(CckmApiError):
            state = cm.request("GET", url_of("getLunaKey", keyId=key_id))
            gone = completion("deleteLunaKeyFromHsm")["success"]
            if state["status"] not in gone and cckm_target.allow_destructive:
                cm.request("POST", url_of("deleteLunaKeyFromHsm", keyId=key_id))
                cm.wait_for_key(key_id, operation="keydelete", timeout=120)
    for key_id in created:
        with contextlib.suppress(CckmApiError):
            cm.request("DELETE", url_of("deleteLunaKey", keyId=key_id))


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
    start, listing, cancel_op = JOBS[kind]
    done = completion(start)
    poll = done["poll"]
    (param,) = re.findall(r"\{(\w+)\}", path_of(poll))
    partition = _partition(cckm_target, seeded)
    job = cm.request("POST", url_of(start), json={"partitions": [partition]})
    assert job["overall_status"] in done["pending"] + done["success"]
    assert job["partitions"] == [partition]
    status = cm.request("GET", url_of(poll, **{param: job["id"]}))
    assert status["id"] == job["id"]
    listed = cm.request("GET", url_of(listing), params={"id": job["id"]})
    assert [j["id"] for j in listed["resources"]] == [job["id"]]
    finished = cm.wait_for_job(job["id"], kind=kind, timeout=600)
    assert finished["overall_status"] in done["success"], finished["overall_status"]
    # a second job, cancelled while it runs
    if cckm_target.control is not None:
        cckm_target.control.set_timing(job_duration=60.0)
    job = cm.request("POST", url_of(start), json={"partitions": [partition]})
    cancel = cm.http.post(url_of(cancel_op, **{param: job["id"]}))  # checked by the watch
    if not cancel.is_success:
        # a job that finished before the cancel arrived: refused, and not in progress
        state = cm.request("GET", url_of(poll, **{param: job["id"]}))
        assert state["overall_status"] not in done["pending"], (cancel.status_code, state)
        return
    cancelled = cancel.json()
    assert cancelled["abort"] is True
    final = cm.wait_for_job(job["id"], kind=kind, timeout=600)
    assert final["abort"] is True
    assert final["overall_status"] not in done["pending"]
