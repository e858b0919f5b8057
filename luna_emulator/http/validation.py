"""Response validation (``--validate-responses``, on in the tests): the status the rules
answered (before an undocumented one becomes 400), the error id, the body's schema."""

from __future__ import annotations

from typing import Any

import luna_spec

from .. import errors as E
from ..dispatch import Reply
from ..spec_index import Operation, SpecIndex

__all__ = ["ResponseValidator"]


class ResponseValidator:
    def __init__(self, index: SpecIndex) -> None:
        self.index = index
        self._validators: dict[tuple[str, str], Any] = {}

    def check(self, op: Operation, reply: Reply, rules_status: int) -> None:
        """Raise AssertionError when the answer is not what the spec documents.
        ``rules_status`` is the status the rules or the pipeline raised."""
        error_id = reply.body.get("id") if isinstance(reply.body, dict) else None
        declared_as_sent = op.raw.get("x-luna-errors", {}).get(str(reply.status), [])
        if (
            str(rules_status) not in op.statuses
            and rules_status < 500
            and error_id not in declared_as_sent  # the spec documents it as sent (400)
        ):
            raise AssertionError(
                f"{op.operation_id} answered undocumented {rules_status} "
                f"(sent as {reply.status}): {reply.body}"
            )
        status = str(reply.status)
        if status not in op.statuses:
            raise AssertionError(f"{op.method} {op.path} answered undocumented {status}")
        if reply.raw is not None or reply.file is not None or reply.body is None:
            return
        if reply.status >= 400 and isinstance(error_id, str):
            cls = E.ERRORS.get(error_id)
            if cls is None or (
                cls.documented and error_id not in op.errors and error_id not in E.ANY_OPERATION
            ):
                raise AssertionError(
                    f"{op.operation_id} answered {error_id}, which the spec does not declare "
                    "for it (x-luna-errors) and the catalog does not mark as the emulator's own"
                )
        validator = self._validator(op, status)
        if validator is not None:
            error = next(iter(validator.iter_errors(reply.body)), None)
            if error is not None:
                raise AssertionError(
                    f"{op.method} {op.path} {status} body violates the spec: "
                    f"{error.message} at {list(error.instance_path)}"
                )

    def _validator(self, op: Operation, status: str) -> Any:
        key = (op.operation_id, status)
        if key not in self._validators:
            resp = op.raw["responses"][status]
            spec = self.index.spec
            while "$ref" in resp:
                resp = spec["components"]["responses"][resp["$ref"].rsplit("/", 1)[1]]
            schema = resp.get("content", {}).get(luna_spec.VENDOR_JSON, {}).get("schema")
            self._validators[key] = self.index._validator(schema) if schema else None
        return self._validators[key]
