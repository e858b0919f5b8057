"""Schemathesis over every operation of the spec against the emulator (in process).

Positive and negative data; the emulator must never answer 5xx and never answer
anything the spec does not allow (status, content type, schema, headers).
``positive_data_acceptance`` is left out: valid data is refused by a stateful
appliance for reasons of state (an uninitialized HSM, an unknown id), exactly as
the real one does.
"""

from __future__ import annotations

import base64
import os

import schemathesis
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from schemathesis.checks import CHECKS
from schemathesis.specs.openapi.checks import positive_data_acceptance
from starlette.testclient import TestClient

import luna_spec
from luna_emulator import DEFAULT_USERS, create_app
from luna_emulator.control_client import ControlClient

schemathesis.openapi.media_type(luna_spec.VENDOR_OCTET_STREAM, st.binary(max_size=64))
schemathesis.openapi.media_type(luna_spec.VENDOR_MULTIPART, st.binary(max_size=64))

APP = create_app(request_log_size=1_000_000)  # the whole run, for the test at the end
SCHEMA = schemathesis.openapi.from_dict(luna_spec.load_spec())
SCHEMA.app = APP
BASIC = "Basic " + base64.b64encode(f"admin:{DEFAULT_USERS['admin'][0]}".encode()).decode()
EXAMPLES = int(os.environ.get("LUNA_FUZZ_EXAMPLES", "8"))


@SCHEMA.parametrize()
@settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True
)
def test_emulator_conforms_to_the_spec(case: schemathesis.Case) -> None:
    case.call_and_validate(
        headers={"Authorization": BASIC}, excluded_checks=[positive_data_acceptance]
    )


def test_the_checks_are_the_ones_we_mean() -> None:
    names = {c.__name__ for c in CHECKS.get_all()}
    assert {
        "not_a_server_error",
        "status_code_conformance",
        "response_schema_conformance",
        "content_type_conformance",
        "negative_data_rejection",
    } <= names


def test_fuzzing_got_past_authentication_on_every_operation() -> None:
    """Runs after the fuzzing above (same module, same app): every operation must have
    answered something other than 401 at least once, or the fuzzing proved little."""
    with TestClient(APP, base_url="https://testserver") as client:
        log = ControlClient.over(client).requests()
    if not log:
        import pytest

        pytest.skip("run together with test_emulator_conforms_to_the_spec")
    reached = {row["operationId"] for row in log if row["status"] != 401}
    every = {op["operationId"] for _, _, op in luna_spec.iter_operations()}
    # ending a private session needs one, and so does reading an object's details
    # (x-luna-private-session, checked with the caller's access before its parameters and
    # body); the fuzzer only holds Basic credentials
    private = {
        op["operationId"]
        for _, _, op in luna_spec.iter_operations()
        if op.get("x-luna-private-session")
    }
    assert sorted(every - reached) == sorted({"deleteSession"} | private)
