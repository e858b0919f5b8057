"""What the CCKM layers read from ``cckm.yaml`` (through ``luna_spec.load_cckm_spec()``):
operations by id, their paths, request examples and ``x-cckm-completion``."""

from __future__ import annotations

import functools
from typing import Any

import luna_spec

__all__ = ["completion", "example", "operation", "path_of", "url_of"]


@functools.cache
def _by_id() -> dict[str, tuple[str, str, dict[str, Any]]]:
    return {
        str(op["operationId"]): (path, method, op)
        for path, item in luna_spec.load_cckm_spec()["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    }


def operation(operation_id: str) -> dict[str, Any]:
    return _by_id()[operation_id][2]


def path_of(operation_id: str) -> str:
    """The operation's path template (``/api/v1/cckm/hsm/luna/keys/{keyId}``)."""
    return _by_id()[operation_id][0]


def url_of(operation_id: str, **params: str) -> str:
    """The operation's path with its parameters filled in."""
    path = path_of(operation_id)
    for name, value in params.items():
        path = path.replace("{" + name + "}", value)
    assert "{" not in path, f"{operation_id}: parameters missing in {path}"
    return path


def example(operation_id: str, name: str | None = None) -> dict[str, Any]:
    """A copy of the operation's request example (``examples.<name>`` or ``example``)."""
    content = operation(operation_id)["requestBody"]["content"]["application/json"]
    value = content["examples"][name]["value"] if name else content["example"]
    return dict(value)


def completion(operation_id: str) -> dict[str, Any]:
    """``x-cckm-completion``: which operation to poll, which field, its pending, success
    and failure values."""
    done: dict[str, Any] = operation(operation_id)["x-cckm-completion"]
    return done
