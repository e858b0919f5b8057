"""Build small documents that conform to a response schema (defaults for resources
the emulator has no richer state for)."""

from __future__ import annotations

from typing import Any

__all__ = ["default_instance"]


def default_instance(spec: dict[str, Any], schema: Any, depth: int = 0) -> Any:
    while isinstance(schema, dict) and "$ref" in schema:
        target: Any = spec
        for part in schema["$ref"].lstrip("#/").split("/"):
            target = target[part]
        schema = target
    if not isinstance(schema, dict):
        return {}
    if "example" in schema:
        return schema["example"]
    if "default" in schema:
        return schema["default"]
    if "enum" in schema:
        return schema["enum"][0]
    for key in ("allOf", "oneOf", "anyOf"):
        if schema.get(key):
            return default_instance(spec, schema[key][0], depth + 1)
    kind = schema.get("type", "object" if "properties" in schema else "string")
    if kind == "object":
        out: dict[str, Any] = {}
        if depth > 6:
            return out
        required = set(schema.get("required", []))
        for name, sub in schema.get("properties", {}).items():
            if name in required:
                out[name] = default_instance(spec, sub, depth + 1)
        return out
    if kind == "array":
        n = int(schema.get("minItems", 0))
        return [default_instance(spec, schema.get("items", {}), depth + 1) for _ in range(n)]
    if kind == "integer":
        return int(schema.get("minimum", 0))
    if kind == "number":
        return float(schema.get("minimum", 0))
    if kind == "boolean":
        return False
    n = int(schema.get("minLength", 0))
    return "a" * n
