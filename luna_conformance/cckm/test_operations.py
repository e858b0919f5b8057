"""CCKM layer 1: every operation of ``cckm.yaml``, schema-driven (schemathesis' examples,
coverage and fuzzing phases, built lazily in the test body as the appliance layer does):
documented statuses, response schemas, content types and headers, rejection of invalid
data (against the emulator), refusal without a token. Cases carry the run's Bearer JWT
(``CckmSession``); their path parameters alternate between generated values and the ids of
the target's own resources, found through its list operations. Against the embedded
emulator, CCKM is reset and seeded again (``seed.py``) before each operation's cases."""

from __future__ import annotations

import contextlib
import itertools
import time
from collections import defaultdict
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode
from schemathesis.checks import load_all_checks
from schemathesis.generation.feedback import FeedbackSources
from schemathesis.pytest._test_builder import build_operation_test
from schemathesis.python._constants.orchestrator import make_constants_value_source
from schemathesis.specs.openapi.checks import ignored_auth, positive_data_acceptance

import luna_spec
from luna_ext import LunaError

from ..redaction import SECRETS
from ..report import Recorder
from .discovery import CckmBindings, discover
from .plugin import record_operation
from .policy import skip_reason
from .target import CckmTarget, register_token_answer

SCHEMA = schemathesis.openapi.from_dict(luna_spec.load_cckm_spec())
EXAMPLES = int(__import__("os").environ.get("LUNA_EXAMPLES", "10"))
BINDINGS: list[CckmBindings] = [CckmBindings()]
_CASE_NUMBER: defaultdict[str, itertools.count[int]] = defaultdict(itertools.count)
_FEEDBACK: list[FeedbackSources] = []
_METHODS = ("get", "put", "post", "delete", "patch")


def _operation_labels() -> list[str]:
    return [
        f"{method.upper()} {path}"
        for path, item in luna_spec.load_cckm_spec()["paths"].items()
        for method in item
        if method in _METHODS
    ]


@pytest.fixture(scope="module", autouse=True)
def _point_schemathesis_at(cckm_target: CckmTarget, recorder: Recorder) -> None:
    modes = [GenerationMode.POSITIVE]
    if cckm_target.is_emulator:
        modes.append(GenerationMode.NEGATIVE)
    else:
        SCHEMA.config.phases.coverage.unexpected_methods = set()
    SCHEMA.config.generation.update(modes=modes, with_security_parameters=False)
    SCHEMA.config.update(
        base_url=cckm_target.url,
        tls_verify=cckm_target.requests_verify,
        rate_limit=f"{cckm_target.rate:g}/s" if cckm_target.rate else None,
    )
    if not cckm_target.is_emulator:
        _discover(cckm_target, recorder)


def _discover(cckm_target: CckmTarget, recorder: Recorder) -> None:
    try:
        with cckm_target.session() as cm:
            pace = 1 / cckm_target.rate if cckm_target.rate else 0.0
            BINDINGS[:] = [discover(cm, pace=pace)]
    except (LunaError, httpx.HTTPError, OSError, ValueError) as err:
        recorder.target["CCKM discovery"] = f"not done: {SECRETS.redact(str(err))[:300]}"
    recorder.discovered.update(BINDINGS[0].summary())


def _reseed(cckm_target: CckmTarget) -> None:
    """The embedded CCKM as seeded, and the ids of what it holds."""
    from .seed import seed_cckm

    seed_cckm(cckm_target)
    with cckm_target.session() as cm:
        BINDINGS[:] = [discover(cm)]


@pytest.mark.parametrize("operation", _operation_labels())
def test_cckm_operation(operation: str, cckm_target: CckmTarget, recorder: Recorder) -> None:
    """One operation of cckm.yaml, schema-driven."""
    method, path = operation.split(" ", 1)
    api_operation = SCHEMA[path][method]
    reason = skip_reason(cckm_target, api_operation.definition.raw, method)
    if reason:
        pytest.skip(reason)
    if cckm_target.is_emulator:
        _reseed(cckm_target)
    if not _FEEDBACK:
        _FEEDBACK.append(
            FeedbackSources(constants_value_source=make_constants_value_source(SCHEMA))
        )
    load_all_checks()
    test = build_operation_test(
        config=SCHEMA.config,
        operation=api_operation,
        test_func=_check_case,
        given_kwargs={},
        feedback=_FEEDBACK[0],
    )
    test(cckm_target=cckm_target, recorder=recorder)


def _bind(case: schemathesis.Case[Any]) -> None:
    """Every other positive case addresses a real resource of the target."""
    if not case.path_parameters:
        return
    if case.meta is not None and case.meta.generation.mode != GenerationMode.POSITIVE:
        return
    n = next(_CASE_NUMBER[case.operation.label])
    if n % 2 == 0:
        binding = BINDINGS[0].binding_for(tuple(case.path_parameters), n // 2)
        case.path_parameters.update(binding)


BODY_REFERENCES = {
    "partition_id": "partitionId",
    "partitions": "partitionId",
    "connection": "connectionId",
}
"""Request body fields that name a resource (cckm.yaml's descriptions: "The CCKM partition
to create the key in", "Ids of CCKM partitions", "Name or id of a Luna Network HSM
connection") -> the path parameter whose discovered ids they take."""


def _bind_body(case: schemathesis.Case[Any]) -> None:
    """Every other positive case names real resources in its body too."""
    body = case.body
    if not isinstance(body, dict) or not any(f in body for f in BODY_REFERENCES):
        return
    if case.meta is not None and case.meta.generation.mode != GenerationMode.POSITIVE:
        return
    n = next(_CASE_NUMBER[f"{case.operation.label} body"])
    if n % 2:
        return
    for name, param in BODY_REFERENCES.items():
        found = BINDINGS[0].binding_for((param,), n // 2).get(param)
        if name in body and found is not None:
            body[name] = [found] if isinstance(body[name], list) else found


def _own_credentials(case: schemathesis.Case[Any], cckm_target: CckmTarget) -> None:
    """Every other positive password-grant token case carries the run's own credentials
    (the emulator only: against a CipherTrust Manager token requests are not generated)."""
    body = case.body
    if not isinstance(body, dict) or body.get("grant_type", "password") != "password":
        return
    if case.meta is not None and case.meta.generation.mode != GenerationMode.POSITIVE:
        return
    if next(_CASE_NUMBER["issueToken credentials"]) % 2 == 0:
        body.pop("name", None)
        body.update(username=cckm_target.username, password=cckm_target.password)


@settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True
)
def _check_case(case: schemathesis.Case[Any], cckm_target: CckmTarget, recorder: Recorder) -> None:
    op = case.operation.definition.raw
    declared = case.operation.method.upper()
    reason = skip_reason(cckm_target, op, declared)
    if reason:
        pytest.skip(reason)
    oid = record_operation(declared, case.operation.path)
    if not cckm_target.is_emulator and case.method.upper() != declared:
        recorder.not_sent(oid, "method probe (emulator only)")
        return
    _bind(case)
    _bind_body(case)
    headers: dict[str, str] = {}
    if op.get("security") == []:
        if op["operationId"] == "issueToken" and cckm_target.is_emulator:
            _own_credentials(case, cckm_target)
    else:
        headers["Authorization"] = cckm_target.bearer()
    SECRETS.add_from_body(case.body if isinstance(case.body, dict | list) else None)
    response = case.call(
        base_url=cckm_target.url, session=cckm_target.requests_session(), headers=headers
    )
    if op["operationId"] == "issueToken" and response.status_code == 200:
        with contextlib.suppress(ValueError):
            register_token_answer(response.json())
    recorder.saw(oid, response.status_code)
    excluded: list[Any] = [positive_data_acceptance]
    if not cckm_target.is_emulator:
        excluded.append(ignored_auth)
    case.validate_response(response, excluded_checks=excluded)


def _probe_operations() -> list[tuple[str, str, str]]:
    """(tag, path, operationId): per family, its first authenticated GET without a path
    parameter (else with one)."""
    out: dict[str, tuple[str, str, str]] = {}
    for path, item in luna_spec.load_cckm_spec()["paths"].items():
        op = item.get("get")
        if not op or op.get("security") == []:
            continue
        tag = op.get("tags", ["untagged"])[0]
        current = out.get(tag)
        if current is None or ("{" in current[1] and "{" not in path):
            out[tag] = (tag, path, op["operationId"])
    return sorted(out.values())


@pytest.mark.parametrize(("tag", "path", "operation_id"), _probe_operations())
def test_cckm_unauthenticated_probe(
    tag: str, path: str, operation_id: str, cckm_target: CckmTarget, recorder: Recorder
) -> None:
    """One request without a token per family must be refused with 401 (never a wrong
    credential); against a CipherTrust Manager only with --luna-auth-probes."""
    if not cckm_target.auth_probes:
        pytest.skip("unauthenticated probes not asked for (--luna-auth-probes)")
    if cckm_target.rate:
        time.sleep(1 / cckm_target.rate)
    response = cckm_target.requests_session().get(
        cckm_target.url + path, verify=cckm_target.requests_verify, timeout=30
    )
    recorder.probes.append(
        {
            "family": f"cckm {tag}",
            "operation": f"cckm:{operation_id}",
            "request": f"GET {path}",
            "status": response.status_code,
        }
    )
    assert response.status_code == 401, (
        f"GET {path} without a token answered {response.status_code}, not 401"
    )
