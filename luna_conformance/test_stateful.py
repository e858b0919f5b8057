"""Layer 2: stateful sequences chained by the spec's OpenAPI links (create -> get ->
update -> delete) through the real state: partitions, NTLS clients and their links, users,
SNMP users, roles. Against a real appliance it runs only with --allow-writes
--allow-config-changes (the objects it creates have generated names; the suite could not
tell them from yours)."""

from __future__ import annotations

import os
from typing import Any, ClassVar

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

import luna_spec

from .checks import CHECKS
from .report import Recorder
from .target import Target

SCHEMA = schemathesis.openapi.from_dict(luna_spec.load_spec())
SCHEMA.config.generation.update(with_security_parameters=False)
STEPS = int(os.environ.get("LUNA_STATEFUL_STEPS", "25"))
RUNS = int(os.environ.get("LUNA_STATEFUL_RUNS", "10"))


class Workflow(SCHEMA.as_state_machine()):  # type: ignore[misc]
    target: ClassVar[Target]
    luna_recorder: ClassVar[Recorder]

    def setup(self) -> None:
        if self.target.is_emulator:
            self.target.reset_emulator()
            self._seed()

    def _seed(self) -> None:
        """An initialized HSM with the SO logged in (Basic auth shares the user session), so
        that partitions can be created and linked."""
        with self.target.session() as luna:
            hsm = luna.get_json("/api/lunasa/hsms")["hsms"][0]["url"]
            luna.request(
                "PUT",
                hsm,
                json={
                    "label": "luna_conformance",
                    "password": self.target.so_password,
                    "domain": "luna_conformance",
                },
            )
            # the SO login on the Basic-auth user session the generated steps use
            login = f"{hsm}/login"
            body = {"role": "so", "password": self.target.so_password}
            with httpx.Client(
                base_url=self.target.url,
                verify=self.target.ssl_context,
                headers={
                    "Authorization": self.target.basic_header,
                    "Content-Type": luna_spec.VENDOR_JSON,
                },
            ) as raw:
                raw.post(login, json=body).raise_for_status()

    def get_call_kwargs(self, case: Any) -> dict[str, Any]:
        return {
            "base_url": self.target.url,
            "session": self.target.requests_session(),
            "headers": {"Authorization": self.target.basic_header},
        }

    def validate_response(
        self, response: Any, case: Any, additional_checks: Any = (), **kwargs: Any
    ) -> None:
        op = case.operation.definition.raw
        self.luna_recorder.add_operation(
            case.method.upper(), case.operation.path, op["operationId"]
        )
        self.luna_recorder.saw(op["operationId"], response.status_code)
        case.validate_response(
            response, additional_checks=list(CHECKS), excluded_checks=[positive_data_acceptance]
        )


@pytest.mark.families("partitions", "ntls", "users", "snmp", "accessControl")
def test_stateful_links(target: Target, recorder: Recorder) -> None:
    if not target.is_emulator and not (target.allow_writes and target.allow_config_changes):
        pytest.skip(
            "stateful sequences create users, roles, SNMP users, partitions and NTLS clients "
            "with generated names the suite cannot tell from yours: needs --allow-writes "
            "--allow-config-changes"
        )
    SCHEMA.config.update(tls_verify=target.requests_verify)
    Workflow.target, Workflow.luna_recorder = target, recorder
    Workflow.run(
        settings=settings(
            max_examples=RUNS,
            stateful_step_count=STEPS,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
        )
    )
