"""The guide's workflows as calls (luna_ext.workflows) and typed call() results, tasked or
not, against the served emulator over HTTPS."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from luna_client.api.hsms import get_hsm, initialize_hsm, list_hsms, perform_hsm_action
from luna_client.api.partitions import get_partition
from luna_client.api.tasks import get_task
from luna_client.models import Hsm, InitializeHsmRequest

from luna_ext import (
    AsyncLunaSession,
    LunaApiError,
    LunaError,
    LunaServerError,
    LunaSession,
    ProtectedTaskNotStarted,
    SoLoginRefused,
    TaskFailed,
    to_dict,
)
from luna_ext.workflows import (
    create_partition,
    first_hsm,
    register_ntls_client,
    setup_stc,
    so_login,
)
from luna_ext.workflows import initialize_hsm as init_hsm

from .conftest import ADMIN, HSM

SO = "Sopass123!"


@pytest.fixture
def luna(served, https) -> Iterator[LunaSession]:  # type: ignore[no-untyped-def]
    with LunaSession(served.url, username=ADMIN[0], password=ADMIN[1], ca_file=served.ca_file) as s:
        yield s


def _tasked(https: Any, on: bool, **progress: Any) -> None:
    https.put("/_emulator/tasks/progress", json={"usuallyTasked": on, **progress})


# -- call(): one result, tasked or not ------------------------------------------------
@pytest.mark.parametrize("tasked", [False, True])
def test_call_gives_one_result_tasked_or_not(luna: LunaSession, https, tasked: bool) -> None:  # type: ignore[no-untyped-def]
    _tasked(https, tasked)
    body = InitializeHsmRequest(label="hsm", password=SO, domain="dom")
    result = luna.run(initialize_hsm, HSM, body=body)
    assert result.value is None  # no Task model, whichever way the appliance ran it
    assert result.tasked is tasked
    if tasked:
        assert result.task is not None
        assert result.task.task["state"] == "Finished"
        assert result.location is None  # the task's answer does not name the resource
    else:
        assert result.location == f"/api/lunasa/hsms/{HSM}"
        assert result.id == str(HSM)
    assert luna.call(get_hsm, HSM).state == "initialized"


@pytest.mark.parametrize("tasked", [False, True])
def test_the_same_error_tasked_or_not(luna: LunaSession, https, tasked: bool) -> None:  # type: ignore[no-untyped-def]
    """A request the appliance refuses raises the same class with the same fields,
    whether it refused at once or in a task."""
    body = InitializeHsmRequest(label="hsm", password=SO, domain="dom")
    luna.call(initialize_hsm, HSM, body=body)
    _tasked(https, tasked)
    with pytest.raises(LunaApiError) as info:  # again, without the SO login it needs
        luna.call(initialize_hsm, HSM, body=body)
    err = info.value
    assert (err.status, err.error_id) == (400, "APPLIANCE_REQUIRE_SO_LOGIN")
    assert err.message
    assert (err.method, err.path) == ("PUT", f"/api/lunasa/hsms/{HSM}")
    assert isinstance(err, TaskFailed) is tasked


def test_a_refused_password_is_not_in_the_error(luna: LunaSession) -> None:
    body = InitializeHsmRequest(label="hsm", password="Qz7!x", domain="dom")
    with pytest.raises(LunaApiError) as info:
        luna.call(initialize_hsm, HSM, body=body)
    assert info.value.status == 400
    assert "Qz7!x" not in str(info.value)
    assert "Qz7!x" not in info.value.details


def test_a_failed_task_is_a_server_error_with_its_fields(luna: LunaSession, https) -> None:  # type: ignore[no-untyped-def]
    _tasked(https, True, mode="polls", count=1, fail="PED timed out")
    with pytest.raises(LunaServerError) as info:
        luna.call(
            initialize_hsm, HSM, body=InitializeHsmRequest(label="h", password=SO, domain="dom")
        )
    err = info.value
    assert isinstance(err, TaskFailed)
    assert (err.status, err.error_id) == (500, "FRAMEWORK_TASK_FAILED")
    assert err.details == "PED timed out"
    assert (err.method, err.path) == ("PUT", f"/api/lunasa/hsms/{HSM}")
    assert err.task["state"] == "Error"


def test_protected_tasks_need_consent_through_call(luna: LunaSession, https) -> None:  # type: ignore[no-untyped-def]
    init_hsm(luna, HSM, label="hsm", so_password=SO, domain="dom")
    so_login(luna, HSM, SO)
    with pytest.raises(ProtectedTaskNotStarted):
        luna.call(perform_hsm_action, HSM, "zeroize")
    assert luna.call(get_hsm, HSM).state == "initialized"
    seen: list[str] = []
    done = luna.operation(
        perform_hsm_action, start=True, on_progress=lambda t: seen.append(t["state"])
    ).detailed(HSM, "zeroize")
    assert done.task is not None
    assert seen[-1] == "Finished"
    assert luna.call(get_hsm, HSM).state == "zeroized"


def test_wait_false_returns_the_task(luna: LunaSession, https) -> None:  # type: ignore[no-untyped-def]
    _tasked(https, True, mode="manual")
    body = InitializeHsmRequest(label="hsm", password=SO, domain="dom")
    result = luna.operation(initialize_hsm, wait=False).detailed(HSM, body=body)
    assert result.status == 202
    assert result.value.state == "Running"
    assert result.location is None


def test_calls_about_tasks_are_not_waited_for(luna: LunaSession, https) -> None:  # type: ignore[no-untyped-def]
    _tasked(https, True, mode="polls", count=1)
    body = InitializeHsmRequest(label="hsm", password=SO, domain="dom")
    started = luna.operation(initialize_hsm, wait=False).detailed(HSM, body=body)
    number = started.headers["Location"].rsplit("/", 1)[-1]
    assert luna.call(get_task, number).state == "Running"  # 200: a Task, as asked
    finished = luna.run(get_task, number)  # 303 + Location .../response: still the Task
    assert (finished.status, finished.value.state, finished.task) == (303, "Finished", None)


def test_an_answer_that_does_not_fit_the_model_is_a_typed_error(luna: LunaSession, https) -> None:  # type: ignore[no-untyped-def]
    https.put(
        "/_emulator/faults",
        json=[{"pattern": "^/api/lunasa/hsms$", "method": "GET", "body": {"hsms": [{"id": "1"}]}}],
    )
    with pytest.raises(LunaApiError, match="does not parse") as info:
        luna.call(list_hsms)  # a ResourceRef without its url
    assert (info.value.error_id, info.value.path) == ("UNEXPECTED_ANSWER", "/api/lunasa/hsms")
    https.put(
        "/_emulator/faults",
        json=[{"pattern": f"^/api/lunasa/hsms/{HSM}$", "method": "GET", "status": 201}],
    )
    with pytest.raises(LunaApiError, match="not documented") as info:
        luna.call(get_hsm, HSM)  # never a None where the type says Hsm
    assert info.value.status == 201


def test_models_print_without_unset(luna: LunaSession) -> None:
    hsm = luna.call(get_hsm, HSM)
    assert isinstance(hsm, Hsm)
    text = repr(hsm) + str(luna.call(list_hsms))
    assert "Unset" not in text
    assert "object at 0x" not in text
    assert repr(Hsm(so_logins_left=3)) == "Hsm(so_logins_left=3)"
    assert to_dict(Hsm(label="x", so_logins_left=3)) == {"label": "x", "soLoginsLeft": 3}
    assert to_dict([Hsm(so_logins_left=0, state="zeroized")]) == [
        {"soLoginsLeft": 0, "state": "zeroized"}
    ]


# -- workflows --------------------------------------------------------------------------
def test_initialize_an_initialized_hsm_needs_confirm(luna: LunaSession) -> None:
    assert first_hsm(luna) == HSM
    init_hsm(luna, HSM, label="one", so_password=SO, domain="dom")
    with pytest.raises(LunaError, match="confirm=True"):
        init_hsm(luna, HSM, label="two", so_password=SO, domain="dom")
    assert luna.call(get_hsm, HSM).label == "one"
    so_login(luna, HSM, SO)
    init_hsm(luna, HSM, label="two", so_password=SO, domain="dom", confirm=True)
    assert luna.call(get_hsm, HSM).label == "two"


def test_so_login_refuses_when_a_wrong_password_would_zeroize(luna: LunaSession) -> None:
    init_hsm(luna, HSM, label="hsm", so_password=SO, domain="dom")
    for _ in range(2):  # two wrong passwords: one attempt left
        with pytest.raises(LunaApiError):
            so_login(luna, HSM, "Wrong-pass-1")
    assert luna.call(get_hsm, HSM).so_logins_left == 1
    with pytest.raises(SoLoginRefused) as info:
        so_login(luna, HSM, "Wrong-pass-1")
    assert info.value.logins_left == 1
    assert "Wrong-pass-1" not in str(info.value)
    assert luna.call(get_hsm, HSM).state == "initialized"  # nothing was sent
    so_login(luna, HSM, SO, force=True)  # the caller knows the password is right
    assert luna.call(get_hsm, HSM).so_logins_left == 3


@pytest.mark.parametrize("tasked", [False, True])
def test_create_a_partition_with_its_roles(luna: LunaSession, https, tasked: bool) -> None:  # type: ignore[no-untyped-def]
    init_hsm(luna, HSM, label="hsm", so_password=SO, domain="dom")
    so_login(luna, HSM, SO)
    _tasked(https, tasked)
    steps: list[tuple[str, str]] = []
    part = create_partition(
        luna,
        HSM,
        "payments",
        so_password="Partso123!",
        domain="pdom",
        co_password="Partco123!",
        cu_password="Partcu123!",
        on_progress=lambda step, state: steps.append((step, state["state"])),
    )
    assert part.url == f"/api/lunasa/hsms/{HSM}/partitions/{part.id}"
    got = luna.call(get_partition, HSM, part.id)
    assert (got.name, got.state) == ("payments", "initialized")
    names = [s for s, _ in steps]
    for step in (
        "create partition",
        "initialize partition",
        "partition SO login",
        "initialize Crypto Officer",
        "Crypto Officer login",
        "initialize Crypto User",
    ):
        assert step in names
    assert all(state in ("Running", "Finished", "Waiting") for _, state in steps)
    roles = luna.get_json(f"{part.url}/roles/cu")
    assert roles


def test_register_an_ntls_client_and_assign_partitions(luna: LunaSession) -> None:
    init_hsm(luna, HSM, label="hsm", so_password=SO, domain="dom")
    so_login(luna, HSM, SO)
    part = create_partition(luna, HSM, "apps", so_password="Partso123!", domain="pdom")
    links = register_ntls_client(luna, "web01", ip="192.0.2.10", partitions=[part])
    assert len(links) == 1
    assert luna.get_json(links[0])["url"] == part.url
    assert luna.get_json("/api/lunasa/ntls/clients/web01")
    with pytest.raises(ValueError, match="ip or its hostname"):
        register_ntls_client(luna, "nowhere")


def test_set_up_stc(luna: LunaSession) -> None:
    init_hsm(luna, HSM, label="hsm", so_password=SO, domain="dom")
    so_login(luna, HSM, SO)
    part = create_partition(luna, HSM, "stc", so_password="Partso123!", domain="pdom")
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    steps: list[str] = []
    done = setup_stc(
        luna,
        part,
        so_password="Partso123!",
        client_key=key.public_key(),
        label="client1",
        on_progress=lambda step, state: steps.append(step),
    )
    assert done.client_location
    assert luna.get_json(done.client_location)["fingerprint"]
    assert done.partition_identity
    assert "allow STC (policy 37)" in steps


# -- async ------------------------------------------------------------------------------
def test_async_calls_files_and_certificates(served, https, tmp_path) -> None:  # type: ignore[no-untyped-def]
    https.put("/_emulator/tasks/progress", json={"usuallyTasked": True})
    src = tmp_path / "a.bin"
    src.write_bytes(b"x" * 300_000)

    async def main() -> tuple[str | None, bytes, Any]:
        async with AsyncLunaSession(
            served.url, username=ADMIN[0], password=ADMIN[1], ca_file=served.ca_file
        ) as luna:
            body = InitializeHsmRequest(label="hsm", password=SO, domain="dom")
            result = await luna.run(initialize_hsm, HSM, body=body)
            assert result.tasked
            hsm = await luna.call(get_hsm, HSM)
            name = await luna.upload_user_file(src)
            back = tmp_path / "b.bin"
            await luna.download_user_file(name, back)
            state = (await luna.get_json(f"/api/lunasa/hsms/{HSM}"))["state"]
            assert state == "initialized"
            return hsm.state, back.read_bytes(), result.value

    state, data, value = asyncio.run(main())
    assert state == "initialized"
    assert data == b"x" * 300_000
    assert value is None


def test_the_workflows_work_with_an_async_session(served, https) -> None:  # type: ignore[no-untyped-def]
    _tasked(https, True)
    steps: list[str] = []

    async def main() -> tuple[str | None, list[str]]:
        async with AsyncLunaSession(
            served.url, username=ADMIN[0], password=ADMIN[1], ca_file=served.ca_file
        ) as luna:
            hsm = await first_hsm(luna)
            await init_hsm(luna, hsm, label="hsm", so_password=SO, domain="dom")
            await so_login(luna, hsm, SO)
            part = await create_partition(
                luna,
                hsm,
                "async",
                so_password="Partso123!",
                domain="pdom",
                co_password="Partco123!",
                on_progress=lambda step, state: steps.append(step),
            )
            links = await register_ntls_client(luna, "c1", hostname="c1.example", partitions=[part])
            return (await luna.call(get_partition, hsm, part.id)).state, links

    state, links = asyncio.run(main())
    assert state == "initialized"
    assert len(links) == 1
    assert "initialize Crypto Officer" in steps


def test_a_failed_step_still_logs_the_partition_out(luna: LunaSession, https) -> None:  # type: ignore[no-untyped-def]
    init_hsm(luna, HSM, label="hsm", so_password=SO, domain="dom")
    so_login(luna, HSM, SO)
    https.delete("/_emulator/requests")
    with pytest.raises(LunaApiError):  # "short" is refused as the CO's password
        create_partition(
            luna, HSM, "p2", so_password="Partso123!", domain="pdom", co_password="short"
        )
    log = [(row["method"], row["path"]) for row in https.get("/_emulator/requests").json()]
    assert log[-1][0] == "POST"
    assert log[-1][1].endswith("/logout")


def test_concurrent_calls_keep_their_own_results(served, https, luna: LunaSession) -> None:  # type: ignore[no-untyped-def]
    """Each call reads its own answer (per asyncio task, per thread), however interleaved."""
    from concurrent.futures import ThreadPoolExecutor

    from luna_client.models import HsmList

    with ThreadPoolExecutor(4) as pool:
        got = list(
            pool.map(lambda i: luna.run(get_hsm, HSM) if i % 2 else luna.run(list_hsms), range(16))
        )
    for i, result in enumerate(got):
        assert isinstance(result.value, Hsm if i % 2 else HsmList)

    async def main() -> list[Any]:
        async with AsyncLunaSession(
            served.url, username=ADMIN[0], password=ADMIN[1], ca_file=served.ca_file
        ) as aluna:
            calls = [aluna.run(get_hsm, HSM) if i % 2 else aluna.run(list_hsms) for i in range(16)]
            return list(await asyncio.gather(*calls))

    for i, result in enumerate(asyncio.run(main())):
        assert isinstance(result.value, Hsm if i % 2 else HsmList)
        assert result.status == 200
