"""Layer 1: every operation of the spec, schema-driven, positive and (against the emulator)
negative data: status codes, response schemas, content types with the vendor version,
documented headers, rejection of invalid data, refusal without credentials.

Path parameters of positive cases alternate between generated values (404s are conformance
too) and the ids of real resources discovered on the target (``discovery.py``), so that the
success answers are checked whatever the appliance's serial numbers and ids are."""

from __future__ import annotations

import itertools
import os
import time
from collections import defaultdict
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import load_all_checks
from schemathesis.generation.feedback import FeedbackSources
from schemathesis.pytest._test_builder import build_operation_test
from schemathesis.python._constants.orchestrator import make_constants_value_source
from schemathesis.specs.openapi.checks import ignored_auth, positive_data_acceptance

import luna_spec
from luna_ext import LunaError

from .blockguard import InfractionBudget
from .checks import CHECKS, auth_enforced_once
from .discovery import Bindings, discover
from .policy import AGAINST_APPLIANCE, skip_reason
from .redaction import SECRETS
from .report import SPEC_GAP_TIERS, Recorder
from .target import Target

schemathesis.openapi.media_type(luna_spec.VENDOR_OCTET_STREAM, st.binary(max_size=64))
schemathesis.openapi.media_type(luna_spec.VENDOR_MULTIPART, st.binary(max_size=64))

SCHEMA = schemathesis.openapi.from_dict(luna_spec.load_spec())
if AGAINST_APPLIANCE[0]:
    # valid data only, no undeclared methods: each refused payload is a block-list infraction
    SCHEMA.config.generation.update(modes=[GenerationMode.POSITIVE], with_security_parameters=False)
    SCHEMA.config.phases.coverage.unexpected_methods = set()
else:
    SCHEMA.config.generation.update(
        modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE], with_security_parameters=False
    )
EXAMPLES = int(os.environ.get("LUNA_EXAMPLES", "10"))
BINDINGS: list[Bindings] = []
GUARD: list[InfractionBudget] = []  # against an appliance with its block list on
_CASE_NUMBER: defaultdict[str, itertools.count[int]] = defaultdict(itertools.count)


@pytest.fixture(scope="module", autouse=True)
def _point_schemathesis_at(target: Target, recorder: Recorder) -> None:
    """The target is known only now (the embedded emulator starts with the session)."""
    SCHEMA.config.update(
        base_url=target.url,
        tls_verify=target.requests_verify,
        rate_limit=f"{target.rate:g}/s" if target.rate else None,
    )
    if target.is_emulator:
        # the rich seed every case starts from (seed.py); discovery finds its ids
        recorder.target["seed"] = f"{len(target.seed_emulator().steps)} steps (seed.py)"
    BINDINGS[:] = [Bindings()]
    GUARD[:] = [] if target.is_emulator else [InfractionBudget()]  # the guide's example
    try:
        _discover(target, recorder)
    except (LunaError, httpx.HTTPError, OSError, ValueError) as err:
        # the operations' own cases will show what is wrong; ids stay generated
        recorder.target["discovery"] = f"not done: {SECRETS.redact(str(err))[:300]}"
    recorder.discovered = BINDINGS[0].summary()


def _bind(case: schemathesis.Case[Any]) -> None:
    """Every other positive case addresses a real resource of the target."""
    if not case.path_parameters or not BINDINGS:
        return
    if case.meta is not None and case.meta.generation.mode != GenerationMode.POSITIVE:
        return
    n = next(_CASE_NUMBER[case.operation.label])
    if n % 2 == 0:
        binding = BINDINGS[0].binding_for(case.operation.path, n // 2)
        case.path_parameters.update({k: v for k, v in binding.items() if k in case.path_parameters})
        # an action the spec names for the operation (x-luna-actions), when the target
        # listed none: the documented verbs, in turn
        actions = case.operation.definition.raw.get("x-luna-actions") or []
        if "actionid" in case.path_parameters and "actionid" not in binding and actions:
            case.path_parameters["actionid"] = str(actions[(n // 2) % len(actions)])


def _discover(target: Target, recorder: Recorder) -> None:
    """Ids of real resources, and the block-list settings to stay within."""
    with target.session() as luna:
        pace = 1 / target.rate if target.rate else 0.0
        BINDINGS[:] = [discover(luna, luna_spec.load_spec(), pace=pace)]
        if not target.is_emulator:
            r = luna.http.get("/api/lunasa/webServer/blocklist")
            settings = r.json() if r.status_code == 200 else None
            budget = InfractionBudget.from_settings(settings)
            GUARD[:] = [budget] if budget is not None else []
            recorder.target["block list"] = (
                "off"
                if budget is None
                else f"maxInfractionCount {budget.max_infractions}, timeoutStart "
                f"{budget.timeout_start:g} s, timeoutMultiplier {budget.multiplier:g}"
                + ("" if r.status_code == 200 else " (not readable: the guide's example)")
            )


def _operation_labels() -> list[str]:
    """``METHOD /path`` of every operation, read from the spec alone (cheap: the cases of an
    operation are built when its test runs, not at collection)."""
    return [
        f"{method.upper()} {path}"
        for path, item in luna_spec.load_spec()["paths"].items()
        for method in item
        if method in _METHODS
    ]


_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_FEEDBACK: list[FeedbackSources] = []


@pytest.mark.parametrize("operation", _operation_labels())
def test_operation(operation: str, target: Target, recorder: Recorder) -> None:
    """Every operation, schema-driven: the examples, coverage and fuzzing phases of
    schemathesis, built here, lazily, as its pytest plugin would build them at collection."""
    method, path = operation.split(" ", 1)
    api_operation = SCHEMA[path][method]
    reason = skip_reason(target, api_operation.definition.raw, method)
    if reason:
        pytest.skip(reason)
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
    test(target=target, recorder=recorder)


@settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True
)
def _check_case(case: schemathesis.Case[Any], target: Target, recorder: Recorder) -> None:
    op = case.operation.definition.raw
    declared = case.operation.method.upper()
    reason = skip_reason(target, op, declared)
    if reason:
        pytest.skip(reason)
    oid = op["operationId"]
    recorder.add_operation(declared, case.operation.path, oid)
    if not target.is_emulator and case.method.upper() != declared:
        recorder.not_sent(oid, "method probe (emulator only)")
        return  # probing undeclared methods could change an appliance's state
    if target.is_emulator:
        # every case meets the same seeded appliance: a fuzzed password change or factory
        # reset in one case must not lock the suite out of the next
        target.restore_emulator()
    _bind(case)
    if op.get("x-luna-private-session"):
        credentials = {"Cookie": target.private_cookie()}
    else:
        credentials = {"Authorization": target.basic_header}
    SECRETS.add_from_body(case.body if isinstance(case.body, dict | list) else None)
    for guard in GUARD:
        guard.before_request()  # never the infraction that would block the suite
    response = case.call(
        base_url=target.url, session=target.requests_session(), headers=credentials
    )
    for guard in GUARD:
        guard.after_response(response.status_code)
    SECRETS.add_cookies(_set_cookies(response.headers))
    recorder.saw(oid, response.status_code)
    tier = str(op.get("x-luna-evidence", ""))
    if not target.is_emulator and response.status_code == 405 and tier in SPEC_GAP_TIERS:
        # the method is not served at all: a finding about the spec, not a conformance
        # failure of the appliance (report.py: "not on this appliance")
        pytest.xfail(
            f"not on this appliance: {declared} {case.operation.path} answered 405; the "
            f"spec's evidence for it is only {tier!r}"
        )
    # schemathesis' own ignored_auth re-sends after every success answer; against the
    # emulator it runs once per operation (auth_enforced_once), against an appliance never:
    # each invalid credential is a bad login for its block list (test_unauthenticated_probe
    # replaces it)
    checks = [*CHECKS, auth_enforced_once] if target.is_emulator else list(CHECKS)
    case.validate_response(
        response,
        additional_checks=checks,
        excluded_checks=[positive_data_acceptance, ignored_auth],
    )


def _set_cookies(headers: Any) -> list[str]:
    raw = headers.get("set-cookie") or headers.get("Set-Cookie") or []
    return [raw] if isinstance(raw, str) else [str(v) for v in raw]


def _probe_operations() -> list[tuple[str, str, str]]:
    """(tag, path, operationId): per family, its first authenticated GET."""
    out: dict[str, tuple[str, str, str]] = {}
    spec = luna_spec.load_spec()
    for path, item in spec["paths"].items():
        op = item.get("get")
        if not op or op.get("security") == [] or op.get("x-luna-private-session"):
            continue
        tag = op.get("tags", ["untagged"])[0]
        current = out.get(tag)
        if current is None or ("{" in current[1] and "{" not in path):
            out[tag] = (tag, path, op["operationId"])
    return sorted(out.values())


@pytest.mark.parametrize(("tag", "path", "operation_id"), _probe_operations())
def test_unauthenticated_probe(
    tag: str, path: str, operation_id: str, target: Target, recorder: Recorder
) -> None:
    """One request without any credentials per family must be refused with 401. Never a
    wrong credential (that is a bad login for the block list); against an appliance only
    with --luna-auth-probes, at most one per family, paced."""
    if not target.auth_probes:
        pytest.skip("unauthenticated probes not asked for (--luna-auth-probes)")
    binding = BINDINGS[0].binding_for(path) if BINDINGS else {}
    concrete = path
    for name, value in binding.items():
        concrete = concrete.replace("{" + name + "}", value)
    if "{" in concrete:
        pytest.skip(f"no {path} resource discovered on the target to probe")
    if target.rate:
        time.sleep(1 / target.rate)
    response = target.requests_session().get(
        target.url + concrete, verify=target.requests_verify, timeout=30
    )
    recorder.probes.append(
        {
            "family": tag,
            "operation": operation_id,
            "request": f"GET {concrete}",
            "status": response.status_code,
        }
    )
    assert response.status_code == 401, (
        f"GET {concrete} without credentials answered {response.status_code}, not 401"
    )
