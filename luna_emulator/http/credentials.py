"""Credential-bearing fields, as the spec declares them, and error messages that never
repeat their values.

A schema property is a credential when the spec marks it ``format: password`` or
``x-luna-credential: true`` (openapi/README.md); the names are read from the spec once.
An error about a credential field, or about a value that holds one, names the field and
the rule it breaks, never the value (``password: "Sh0rt!" is shorter than 8 characters``
becomes ``password: fails the schema's minLength rule (a credential: its value is not
repeated)``).
"""

from __future__ import annotations

import functools
from typing import Any

from ..spec_index import SpecIndex

__all__ = ["credential_fields", "schema_error_message"]


@functools.cache
def credential_fields(index: SpecIndex) -> frozenset[str]:
    """The property names the spec marks as credentials, in any schema."""
    names: set[str] = set()
    stack: list[Any] = [index.spec]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            props = node.get("properties")
            if isinstance(props, dict):
                for name, prop in props.items():
                    if isinstance(prop, dict) and (
                        prop.get("format") == "password" or prop.get("x-luna-credential") is True
                    ):
                        names.add(name)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return frozenset(names)


def _holds_credential(value: Any, names: frozenset[str]) -> bool:
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if any(k in names for k in node):
                return True
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return False


def schema_error_message(index: SpecIndex, error: Any) -> str:
    """The bad-request details for a schema validation error (jsonschema_rs)."""
    path = [str(p) for p in error.instance_path]
    where = "/".join(path) or "body"
    names = credential_fields(index)
    if any(p in names for p in path) or _holds_credential(error.instance, names):
        rule = str(error.schema_path[-1]) if error.schema_path else "schema"
        return f"{where}: fails the schema's {rule} rule (a credential: its value is not repeated)"
    return f"{where}: {error.message}"
