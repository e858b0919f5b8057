from __future__ import annotations

from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient

import luna_spec
from luna_emulator import DEFAULT_USERS, create_app

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
