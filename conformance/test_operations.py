"""Layer 1: every operation of the spec, schema-driven, positive and (against the emulator)
negative data: status codes, response schemas, content types with the vendor version,
documented headers, rejection of invalid data, refusal without credentials."""

from __future__ import annotations

import os
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.specs.openapi.checks import positive_data_acceptance

import luna_spec

from .checks import CHECKS
from .policy import skip_reason
from .report import Recorder
from .target import Target

schemathesis.openapi.media_type(luna_spec.VENDOR_OCTET_STREAM, st.binary(max_size=64))
schemathesis.openapi.media_type(luna_spec.VENDOR_MULTIPART, st.binary(max_size=64))

SCHEMA = schemathesis.openapi.from_dict(luna_spec.load_spec())
SCHEMA.config.generation.update(
    modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE], with_security_parameters=False
)
EXAMPLES = int(os.environ.get("LUNA_EXAMPLES", "10"))


@pytest.fixture(scope="module", autouse=True)
def _point_schemathesis_at(target: Target) -> None:
    """The target is known only now (the embedded emulator starts with the session)."""
    SCHEMA.config.update(
        base_url=target.url,
        tls_verify=target.requests_verify,
        rate_limit=f"{target.rate:g}/s" if target.rate else None,
    )


@SCHEMA.parametrize()
@settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True
)
def test_operation(case: schemathesis.Case[Any], target: Target, recorder: Recorder) -> None:
    op = case.operation.definition.raw
    declared = case.operation.method.upper()
    reason = skip_reason(target, op, declared)
    if reason:
        pytest.skip(reason)
    if not target.is_emulator and (
        case.method.upper() != declared  # probing undeclared methods could change state
        or (case.meta is not None and case.meta.generation.mode != GenerationMode.POSITIVE)
    ):
        return  # negative data and method probes go only to the emulator
    if target.is_emulator:
        # every case meets a fresh appliance: a fuzzed password change or factory reset
        # in one case must not lock the suite out of the next
        target.reset_emulator()
    if op.get("x-luna-private-session"):
        credentials = {"Cookie": target.private_cookie()}
    else:
        credentials = {"Authorization": target.basic_header}
    response = case.call(base_url=target.url, headers=credentials)
    recorder.add_operation(case.method.upper(), case.operation.path, op["operationId"])
    recorder.saw(op["operationId"], response.status_code)
    case.validate_response(
        response, additional_checks=list(CHECKS), excluded_checks=[positive_data_acceptance]
    )
