"""The suite's own checks against a served emulator over HTTPS: ``auth_enforced_once``
(schemathesis' ``ignored_auth``, confirmed once per operation) fails an operation that
answers without credentials, and once an operation is confirmed it sends nothing more."""

from __future__ import annotations

import base64
from collections.abc import Iterator

import pytest
import requests
import schemathesis
from schemathesis.core.failures import FailureGroup

import luna_spec
from luna_conformance.checks import auth_enforced_once
from luna_emulator import DEFAULT_USERS
from luna_emulator.control_client import ControlClient
from luna_emulator.server import RunningEmulator

BASIC = "Basic " + base64.b64encode(f"admin:{DEFAULT_USERS['admin'][0]}".encode()).decode()


@pytest.fixture
def control(served: RunningEmulator) -> Iterator[ControlClient]:
    with ControlClient.for_running(served) as c:
        c.reset()
        yield c
        c.clear_faults()


def _check(served: RunningEmulator, path: str) -> None:
    """One authenticated GET of ``path``, validated with ``auth_enforced_once`` alone."""
    schema = schemathesis.openapi.from_dict(luna_spec.load_spec())
    # as test_operations.py points it at the target: its probes go there too
    schema.config.update(base_url=served.url, tls_verify=str(served.ca_file))
    case = schema[path]["GET"].Case()
    session = requests.Session()
    session.verify = str(served.ca_file)
    response = case.call(base_url=served.url, session=session, headers={"Authorization": BASIC})
    assert response.status_code == 200, response.text
    case.validate_response(response, checks=[auth_enforced_once])


def _requests_to(control: ControlClient, path: str) -> int:
    return sum(1 for r in control.requests() if r["path"] == path)


def test_an_operation_that_answers_without_credentials_fails(
    served: RunningEmulator, control: ControlClient
) -> None:
    # every GET /users answers 200, with or without credentials: auth not enforced
    control.set_faults([{"pattern": "^/users$", "method": "GET", "status": 200}])
    with pytest.raises(FailureGroup, match="accepts requests without authentication"):
        _check(served, "/users")


def test_an_enforcing_operation_is_confirmed_once(
    served: RunningEmulator, control: ControlClient
) -> None:
    path = "/api/lunasa/hsms"
    control.clear_requests()
    _check(served, path)
    first = _requests_to(control, path)
    assert first >= 2, "the case and at least one probe without valid credentials"
    assert any(r["path"] == path and r["status"] == 401 for r in control.requests())
    _check(served, path)
    assert _requests_to(control, path) == first + 1, "confirmed: only the case itself"
