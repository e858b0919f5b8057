"""luna_ext indirect login (guide ch. 4) between two emulators served over real HTTPS:
an admin HSM whose partition vouches for the SO of a service HSM, for each flow."""

from __future__ import annotations

import json
import logging
import ssl
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from luna_emulator.server import RunningEmulator, serve_in_thread
from luna_ext import (
    LunaApiError,
    LunaAuthenticationError,
    LunaSession,
    indirect_login,
    setup_indirect_login,
)
from luna_ext._indirect import FLOWS, IndirectLoginFlow

from .conftest import ADMIN

ADMIN_HSM = 700123
SERVICE_HSM = 800456
ADMIN_URL = f"/api/lunasa/hsms/{ADMIN_HSM}"
SERVICE_URL = f"/api/lunasa/hsms/{SERVICE_HSM}"
SO_PASSWORD = "Sopass123!"
PO_PASSWORD = "Popass123!"
CO_PASSWORD = "Copass123!"


@pytest.fixture(scope="module")
def appliances() -> Iterator[tuple[RunningEmulator, RunningEmulator]]:
    """Two emulators, each its own appliance on its own port (admin, service)."""
    with (
        serve_in_thread(validate_responses=True) as admin,
        serve_in_thread(validate_responses=True) as service,
    ):
        yield admin, service


def _reset(emulator: RunningEmulator, serial: int) -> None:
    verify = ssl.create_default_context(cafile=str(emulator.ca_file))
    with httpx.Client(base_url=emulator.url, verify=verify, auth=ADMIN) as control:
        r = control.post("/_emulator/reset", json={"hsmSerial": serial})
        assert r.status_code == 204, r.text


def _session(emulator: RunningEmulator) -> LunaSession:
    return LunaSession(
        emulator.url, username=ADMIN[0], password=ADMIN[1], ca_file=emulator.ca_file
    ).open()


def _init_hsm(luna: LunaSession, hsm: str) -> None:
    """Initialize the HSM and log the session in as HSM SO."""
    body = {"label": "hsm", "password": SO_PASSWORD, "domain": "dom"}
    luna.wait_for_task(luna.request("PUT", hsm, json=body))
    luna.request("POST", f"{hsm}/login", json={"role": "so", "password": SO_PASSWORD})


def _admin_partition(luna: LunaSession) -> str:
    """A partition on the admin HSM, initialized, its CO logged in; its URL."""
    _init_hsm(luna, ADMIN_URL)
    body = {"name": "admin", "hasPso": True, "size": 20480}
    luna.wait_for_task(luna.request("POST", f"{ADMIN_URL}/partitions", json=body))
    (url,) = [p["url"] for p in luna.get_json(f"{ADMIN_URL}/partitions")["partitions"]]
    body = {"label": "admin", "password": PO_PASSWORD, "domain": "dom"}
    luna.wait_for_task(luna.request("PUT", url, json=body))
    luna.request("POST", f"{url}/login", json={"role": "so", "password": PO_PASSWORD})
    luna.wait_for_task(luna.request("PUT", f"{url}/roles/co", json={"password": CO_PASSWORD}))
    luna.request("POST", f"{url}/login", json={"role": "co", "password": CO_PASSWORD})
    return str(url)


@pytest.fixture
def pair(
    appliances: tuple[RunningEmulator, RunningEmulator],
) -> Iterator[tuple[LunaSession, str, LunaSession]]:
    """(admin session logged in to its partition as CO, partition URL, service session
    logged in as HSM SO), on freshly reset emulators."""
    admin_emulator, service_emulator = appliances
    _reset(admin_emulator, ADMIN_HSM)
    _reset(service_emulator, SERVICE_HSM)
    with _session(admin_emulator) as admin, _session(service_emulator) as service:
        partition = _admin_partition(admin)
        _init_hsm(service, SERVICE_URL)
        yield admin, partition, service


def _so_only(service: LunaSession) -> None:
    """A request only a logged-in HSM SO may make (raises otherwise)."""
    body = {"name": "after-indirect", "hasPso": True, "size": 1024}
    service.wait_for_task(service.request("POST", f"{SERVICE_URL}/partitions", json=body))


def _logout(service: LunaSession) -> None:
    service.request("POST", f"{SERVICE_URL}/logout", json={})
    with pytest.raises(LunaApiError) as refused:
        _so_only(service)
    assert refused.value.error_id == "APPLIANCE_REQUIRE_SO_LOGIN"


def _record_blobs(*sessions: LunaSession) -> list[str]:
    """Every value the sessions send in a JSON body (keys, certificates, challenges,
    responses, passwords), collected as the requests go out."""
    sent: list[str] = []

    def hook(request: httpx.Request) -> None:
        if request.content:
            body: Any = json.loads(request.content)
            if isinstance(body, dict):
                sent.extend(v for v in body.values() if isinstance(v, str) and len(v) > 16)

    for luna in sessions:
        luna.http.event_hooks["request"].append(hook)
    return sent


@pytest.mark.parametrize("flow", FLOWS)
def test_set_up_and_log_in_indirectly(
    pair: tuple[LunaSession, str, LunaSession],
    flow: IndirectLoginFlow,
    caplog: pytest.LogCaptureFixture,
) -> None:
    admin, partition, service = pair
    caplog.set_level(logging.DEBUG)
    sent = _record_blobs(admin, service)

    setup_indirect_login(admin, partition, service, SERVICE_URL, flow=flow)
    so = service.get_json(f"{SERVICE_URL}/roles/so")
    assert so["indirectLoginVersion"] == flow
    _logout(service)

    indirect_login(admin, partition, service, SERVICE_URL, flow=flow)
    _so_only(service)  # the service session is the HSM SO again
    assert len(service.get_json(f"{SERVICE_URL}/partitions")["partitions"]) == 1

    # the certificate, challenge and response went out, and never into a log
    assert len(sent) >= 4
    assert "indirect login (flow=" in caplog.text
    for blob in sent:
        assert blob not in caplog.text


def test_a_flow_other_than_the_loaded_keys_is_a_typed_error(
    pair: tuple[LunaSession, str, LunaSession],
) -> None:
    admin, partition, service = pair
    sent = _record_blobs(admin, service)
    setup_indirect_login(admin, partition, service, SERVICE_URL, flow="legacyKey")
    _logout(service)

    with pytest.raises(LunaApiError) as info:
        indirect_login(admin, partition, service, SERVICE_URL, flow="key")
    err = info.value
    assert err.status == 400
    assert err.error_id == "FRAMEWORK_BAD_REQUEST"
    assert err.path == f"{SERVICE_URL}/indirect/challenges"
    text = str(err)
    assert text.startswith("indirect login (flow=key), getting a challenge for role 'so'")
    assert "type=legacyKey" in text
    for blob in sent:
        assert blob not in text
        assert blob not in repr(err.__dict__)
    with pytest.raises(LunaApiError):
        _so_only(service)  # still not logged in

    # the flow the key was loaded for works
    indirect_login(admin, partition, service, SERVICE_URL, flow="legacyKey")
    _so_only(service)


def test_the_admin_partition_needs_its_crypto_officer(
    pair: tuple[LunaSession, str, LunaSession],
) -> None:
    admin, partition, service = pair
    admin.request("POST", f"{partition}/logout", json={})
    with pytest.raises(LunaAuthenticationError) as info:
        setup_indirect_login(admin, partition, service, SERVICE_URL, flow="pkc")
    assert info.value.error_id == "HSMPLUGIN_PARTITION_USER_NOT_AUTHENTICATED"
    assert "exporting the PKC chain from the admin partition" in str(info.value)
    assert "as Crypto Officer first" in str(info.value)


def test_an_unknown_flow_is_refused_before_any_request() -> None:
    luna = LunaSession("https://hsm.invalid:8443", username="admin", password="x")
    with pytest.raises(ValueError, match="flow must be one of legacyKey, key, pkc"):
        indirect_login(luna, "/p", luna, "/h", flow="v3")  # type: ignore[arg-type]
    luna.http.close()
