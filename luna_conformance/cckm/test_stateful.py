"""CCKM layer 2: stateful sequences over ``cckm.yaml``'s links (add-partition -> get,
update, ACLs, delete; create key -> get, update, replicate, delete from the HSM, delete;
start job -> get, cancel; create connection -> get, update, delete), through the real
state of the embedded emulator's CCKM. The generated create bodies name the seeded
partition and the ``emulated-luna`` connection (else every chain would end at a 404), and
keys are labelled ``lrk-``.

Never against a CipherTrust Manager: the chains follow links the spec declares and links
schemathesis infers (from a list to its resources too), so they could change or delete
keys, partitions and connections that are not the suite's."""

from __future__ import annotations

import contextlib
import copy
import itertools
import os
from typing import Any, ClassVar

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode
from schemathesis.specs.openapi.checks import positive_data_acceptance

import luna_spec
from luna_emulator.cckm import EMULATED_CONNECTION

from ..redaction import SECRETS
from ..report import Recorder
from .conform import verified_by
from .plugin import record_operation
from .policy import PREFIX
from .seed import CckmSeed, seed_cckm
from .spec import example, path_of
from .target import CckmTarget, register_token_answer

__all__: list[str] = []


def _with_key_link(spec: dict[str, Any]) -> dict[str, Any]:
    """cckm.yaml plus the suite's own link from add-partition to creating a key in the
    partition it answered (the spec's AES example body with that partition and an lrk-
    label). schemathesis does not start chains at createLunaKey: it reads its
    ``partition_id`` as a reference to a resource it sees no operation produce."""
    spec = copy.deepcopy(spec)
    add = spec["paths"][path_of("addLunaPartition")]["post"]
    body = example("createLunaKey", "aes")
    body.update(partition_id="$response.body#/id", label=f"{PREFIX}chain")
    body["attributes"] = sorted({*body.get("attributes", ()), "CKA_MODIFIABLE"})
    add["responses"]["2XX"]["links"]["CreateLunaKeyInPartition"] = {
        "operationId": "createLunaKey",
        "requestBody": body,
    }
    return spec


SCHEMA = schemathesis.openapi.from_dict(_with_key_link(luna_spec.load_cckm_spec()))
SCHEMA.config.generation.update(modes=[GenerationMode.POSITIVE], with_security_parameters=False)
STEPS = int(os.environ.get("LUNA_STATEFUL_STEPS", "25"))
RUNS = int(os.environ.get("LUNA_STATEFUL_RUNS", "10"))
_TURN = itertools.count()


class CckmChains(SCHEMA.as_state_machine()):  # type: ignore[misc]
    target: ClassVar[CckmTarget]
    luna_recorder: ClassVar[Recorder]
    seed: ClassVar[CckmSeed]

    def setup(self) -> None:
        type(self).seed = seed_cckm(self.target)

    def before_call(self, case: Any) -> None:
        """Bodies that name what exists, most of the time (the rest stay generated)."""
        body = case.body
        if not isinstance(body, dict) or next(_TURN) % 4 == 3:
            return
        oid = case.operation.definition.raw["operationId"]
        if oid == "createLunaKey":
            body["partition_id"] = self.seed.partitions[0]
            body["label"] = f"{PREFIX}{body.get('label', 'key')}"[:64]
        elif oid == "addLunaPartition":
            body["connection"] = EMULATED_CONNECTION
        elif oid in ("startLunaRefresh", "startLunaSynchronize") and "partitions" in body:
            body["partitions"] = [self.seed.partitions[0]]

    def get_call_kwargs(self, case: Any) -> dict[str, Any]:
        headers = {}
        if case.operation.definition.raw.get("security") != []:
            headers["Authorization"] = self.target.bearer()
        SECRETS.add_from_body(case.body if isinstance(case.body, dict | list) else None)
        return {
            "base_url": self.target.url,
            "session": self.target.requests_session(),
            "headers": headers,
        }

    def validate_response(
        self, response: Any, case: Any, additional_checks: Any = (), **kwargs: Any
    ) -> None:
        oid = record_operation(case.method.upper(), case.operation.path)
        if case.operation.definition.raw["operationId"] == "issueToken":
            with contextlib.suppress(ValueError):
                register_token_answer(response.json())
        self.luna_recorder.saw(oid, response.status_code)
        case.validate_response(response, excluded_checks=[positive_data_acceptance])
        if 200 <= response.status_code < 300:
            verified_by(self.luna_recorder, oid, "a stateful chain")


@pytest.mark.families("lunaPartitions", "lunaKeys", "lunaRefresh", "lunaSynchronize")
def test_cckm_stateful_links(cckm_target: CckmTarget, recorder: Recorder) -> None:
    if not cckm_target.is_emulator:
        pytest.skip(
            "stateful chains run against the embedded emulator only: they follow declared "
            "and inferred links, which could reach keys, partitions and connections that "
            "are not the suite's"
        )
    SCHEMA.config.update(tls_verify=cckm_target.requests_verify)
    CckmChains.target, CckmChains.luna_recorder = cckm_target, recorder
    CckmChains.run(
        settings=settings(
            max_examples=RUNS,
            stateful_step_count=STEPS,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
        )
    )
