from __future__ import annotations

import ssl
from collections.abc import Iterator

import httpx
import pytest
from starlette.testclient import TestClient

import luna_spec
from luna_emulator import DEFAULT_USERS, create_app
from luna_emulator.control_client import ControlClient
from luna_emulator.server import RunningEmulator

ADMIN = ("admin", DEFAULT_USERS["admin"][0])
MONITOR = ("monitor", DEFAULT_USERS["monitor"][0])
JSON = {"Content-Type": luna_spec.VENDOR_JSON}
HSM = 151256


@pytest.fixture
def app():  # type: ignore[no-untyped-def]
    return create_app(validate_responses=True)


@pytest.fixture
def api(app) -> Iterator[TestClient]:  # type: ignore[no-untyped-def]
    """An admin client of a fresh emulator, in process (the ASGI app)."""
    with TestClient(app, base_url="https://testserver", follow_redirects=False) as client:
        client.auth = ADMIN
        yield client


@pytest.fixture
def control(api: TestClient) -> ControlClient:
    """The control API of the ``api`` fixture's emulator (reset, seed, clock, state)."""
    return ControlClient.over(api)


@pytest.fixture(scope="session")
def served():  # type: ignore[no-untyped-def]
    """One emulator served over real HTTPS on loopback for the whole test session."""
    from luna_emulator.server import serve_in_thread

    with serve_in_thread(validate_responses=True) as running:
        yield running


@pytest.fixture
def https(served) -> Iterator[httpx.Client]:  # type: ignore[no-untyped-def]
    """An admin httpx client of the served emulator, over HTTPS trusting its certificate;
    the emulator is reset first."""
    verify = ssl.create_default_context(cafile=str(served.ca_file))
    with (
        ControlClient.for_running(served) as control,
        httpx.Client(
            base_url=served.url, verify=verify, auth=ADMIN, follow_redirects=False, timeout=30
        ) as client,
    ):
        control.reset()
        yield client


@pytest.fixture(scope="module")
def appliance() -> Iterator[RunningEmulator]:
    """An emulator of the module's own, served over HTTPS, for tests that run the
    conformance suite against it as if it were an appliance (they change its block list,
    seed and faults, which must not reach other modules)."""
    from luna_emulator.server import serve_in_thread

    with serve_in_thread() as running:
        yield running


@pytest.fixture
def appliance_control(appliance: RunningEmulator) -> Iterator[ControlClient]:
    with ControlClient.for_running(appliance) as c:
        yield c
