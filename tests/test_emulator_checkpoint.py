"""Checkpoints through the control API, over HTTPS: taken once, restored any number of
times, each restore a fresh copy (users, their files, the HSM)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

import luna_spec
from luna_emulator.control_client import ControlClient, ControlError
from luna_ext import LunaSession

from .conftest import ADMIN, JSON

NEW_USER = {"userId": "lrk-checkpoint", "role": "monitor", "password": "Ch3ckpoint!pass"}


@pytest.fixture
def control(served, https) -> Iterator[ControlClient]:  # type: ignore[no-untyped-def]
    with ControlClient.for_running(served) as c:
        yield c


def _users(https: httpx.Client) -> set[str]:
    r = https.get("/users")
    assert r.status_code == 200, r.text
    return {u["id"] for u in r.json()["users"]}


def test_restore_before_any_checkpoint_is_refused(control: ControlClient) -> None:
    # a fresh emulator of its own: the session one may hold a checkpoint of another test
    from luna_emulator.server import serve_in_thread

    with serve_in_thread() as running, ControlClient.for_running(running) as fresh:
        with pytest.raises(ControlError) as err:
            fresh.restore_checkpoint()
        assert err.value.status == 409


def test_restore_undoes_deletes_and_creates_every_time(
    control: ControlClient, https: httpx.Client
) -> None:
    assert https.post("/users", json=NEW_USER, headers=JSON).status_code in (200, 201, 204)
    before = _users(https)
    snapshot = control.snapshot()
    control.checkpoint()
    for _ in range(2):  # each restore is a copy: changing one does not change the next
        assert https.delete(f"/users/{NEW_USER['userId']}").status_code in (200, 204)
        assert https.post(
            "/users", json={**NEW_USER, "userId": "lrk-after"}, headers=JSON
        ).status_code in (200, 201, 204)
        assert _users(https) == before - {NEW_USER["userId"]} | {"lrk-after"}
        control.restore_checkpoint()
        assert _users(https) == before
        assert control.snapshot()["state"] == snapshot["state"]


def test_a_users_files_come_back_with_their_content(  # type: ignore[no-untyped-def]
    served, control: ControlClient, https: httpx.Client, tmp_path
) -> None:
    payload = bytes(range(256)) * 64
    src = tmp_path / "kept.bin"
    src.write_bytes(payload)
    with LunaSession(
        served.url, username=ADMIN[0], password=ADMIN[1], ca_file=served.ca_file
    ) as luna:
        name = luna.upload_user_file(src)
        control.checkpoint()
        assert https.delete(f"/users/{ADMIN[0]}/files/{name}").status_code in (200, 204)
        assert https.get(f"/users/{ADMIN[0]}/files/{name}").status_code == 404
        control.restore_checkpoint()
        back = tmp_path / "back.bin"
        assert luna.download_user_file(name, back) == len(payload)
        assert back.read_bytes() == payload


def test_logins_come_back_after_a_logout(control: ControlClient, https: httpx.Client) -> None:
    hsm = https.get("/api/lunasa/hsms").json()["hsms"][0]["id"]
    so = {"role": "so", "password": "Sec0-password!"}
    init = {"label": "lrkhsm", "password": so["password"], "domain": "lrk-domain-1"}
    r = https.put(f"/api/lunasa/hsms/{hsm}", json=init, headers=JSON)
    assert r.is_success, r.text
    assert https.post(f"/api/lunasa/hsms/{hsm}/login", json=so, headers=JSON).is_success
    control.checkpoint()
    assert https.post(f"/api/lunasa/hsms/{hsm}/logout", headers=JSON).is_success
    create = {"name": "lrkpart", "hasPso": True, "allStorageSpace": True}
    refused = https.post(f"/api/lunasa/hsms/{hsm}/partitions", json=create, headers=JSON)
    needed = luna_spec.load_spec()["info"]["x-luna-requires-errors"]["hsm-so"]
    assert (refused.status_code, refused.json()["id"]) == (needed["status"], needed["id"])
    control.restore_checkpoint()
    created = https.post(f"/api/lunasa/hsms/{hsm}/partitions", json=create, headers=JSON)
    assert created.is_success, created.text  # the SO login is back


def test_a_task_deleted_after_the_checkpoint_comes_back(
    control: ControlClient, https: httpx.Client
) -> None:
    hsm = https.get("/api/lunasa/hsms").json()["hsms"][0]["id"]
    control.set_task_progress("manual", usually_tasked=True)
    try:
        r = https.post(
            f"/api/lunasa/hsms/{hsm}/partitions",
            json={"name": "lrktasked", "hasPso": True, "size": 4096},
            headers=JSON,
        )
    finally:
        control.set_task_progress()
    assert r.status_code == 202, r.text
    task = r.headers["Location"]
    control.complete_task(int(task.rsplit("/", 1)[-1]))
    control.checkpoint()
    assert https.delete(task).status_code == 204
    assert https.get(task).status_code == 410
    control.restore_checkpoint()
    assert https.get(task).status_code == 303  # finished, and there again
