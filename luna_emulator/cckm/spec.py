"""``cckm.yaml`` compiled once: routes, parameter conversion, body validators and the
``x-cckm-*`` facts the emulator enforces (which operations need a JWT, the JWT's
lifetime, how asynchronous operations complete). Nothing here copies a schema: the
validators are built from the spec (jsonschema-rs), so the emulator refuses exactly what
the spec refuses.
"""

from __future__ import annotations

import copy
import functools
import re
from dataclasses import dataclass, field
from typing import Any

import jsonschema_rs

import luna_spec

from .errors import InvalidParamValue

__all__ = ["CckmOperation", "CckmSpec", "Completion", "QueryParam"]

_INTEGER = re.compile(r"-?[0-9]+")


def _deref(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def _json_schema(node: Any) -> Any:
    """OpenAPI 3.0's ``nullable`` in JSON Schema terms (in place)."""
    if isinstance(node, dict):
        kind = node.get("type")
        if node.get("nullable") is True and isinstance(kind, str):
            node["type"] = [kind, "null"]
        for value in node.values():
            _json_schema(value)
    elif isinstance(node, list):
        for value in node:
            _json_schema(value)
    return node


@dataclass(frozen=True)
class QueryParam:
    name: str
    kind: str  # integer | boolean | string
    validator: Any

    def convert(self, raw: str) -> Any:
        value: Any = raw
        if self.kind == "integer":
            if not _INTEGER.fullmatch(raw):
                raise InvalidParamValue(f"{self.name}: {raw!r} is not an integer")
            value = int(raw)
        elif self.kind == "boolean":
            if raw not in ("true", "false"):
                raise InvalidParamValue(f"{self.name}: {raw!r} is not true or false")
            value = raw == "true"
        error = next(iter(self.validator.iter_errors(value)), None)
        if error is not None:
            raise InvalidParamValue(f"{self.name}: {error.message}")
        return value


@dataclass(frozen=True)
class Completion:
    """``x-cckm-completion``: the field to poll and its pending, success and failure values."""

    poll: str
    field: str
    operation: str
    pending: tuple[str, ...]
    success: tuple[str, ...]
    failure: tuple[str, ...]


@dataclass
class CckmOperation:
    method: str
    path: str
    operation_id: str
    authenticated: bool  # security names bearerJWT
    asynchronous: str  # x-cckm-async
    completion: Completion | None
    path_params: tuple[str, ...]
    query_params: dict[str, QueryParam]
    body: Any  # validator of the JSON body, or None when the operation takes none
    body_required: bool
    mutually_exclusive: tuple[str, ...]  # x-cckm-mutually-exclusive of the body schema
    body_description: str  # the body schema's description (for refusals of a oneOf)
    raw: dict[str, Any] = field(repr=False)

    @property
    def listing(self) -> bool:
        """A list operation: answers the envelope, pages with skip and limit."""
        return "skip" in self.query_params and "limit" in self.query_params


class CckmSpec:
    """Every operation of ``cckm.yaml`` with a router; ``CckmSpec.shared()`` builds it once
    per process."""

    @classmethod
    @functools.cache
    def shared(cls) -> CckmSpec:
        return cls()

    def __init__(self, spec: dict[str, Any] | None = None) -> None:
        self.spec = spec if spec is not None else luna_spec.load_cckm_spec()
        self._components = _json_schema(copy.deepcopy(self.spec["components"]))
        default_security = self.spec.get("security", [])
        self.operations: dict[str, CckmOperation] = {}
        self._routes: list[tuple[int, re.Pattern[str], dict[str, CckmOperation]]] = []
        for path, item in self.spec["paths"].items():
            by_method: dict[str, CckmOperation] = {}
            for method, _, op in luna_spec.iter_cckm_operations({"paths": {path: item}}):
                compiled = self._compile(path, method, item, op, default_security)
                self.operations[compiled.operation_id] = compiled
                by_method[method] = compiled
            pattern = re.sub(r"\\\{([A-Za-z0-9_]+)\\\}", r"(?P<\1>[^/]+)", re.escape(path))
            literals = sum(1 for s in path.split("/") if s and not s.startswith("{"))
            self._routes.append((literals, re.compile(f"^{pattern}$"), by_method))
            if path.endswith("/"):  # the pages write a trailing slash, clients post without
                self._routes.append((literals, re.compile(f"^{pattern[:-1]}$"), by_method))
        self._routes.sort(key=lambda r: -r[0])
        issue = self.operations["issueToken"].raw
        self.jwt_lifetime = int(issue["x-cckm-jwt-lifetime-seconds"])

    def _validator(self, schema: dict[str, Any]) -> Any:
        schema = _json_schema(copy.deepcopy(schema))
        return jsonschema_rs.Draft7Validator({**schema, "components": self._components})

    def _compile(
        self,
        path: str,
        method: str,
        item: dict[str, Any],
        op: dict[str, Any],
        default_security: list[Any],
    ) -> CckmOperation:
        params = [
            _deref(self.spec, p) for p in item.get("parameters", []) + op.get("parameters", [])
        ]
        query = {}
        for p in params:
            if p["in"] == "query":
                schema = p.get("schema", {})
                kind = _deref(self.spec, schema).get("type", "string")
                query[p["name"]] = QueryParam(p["name"], kind, self._validator(schema))
        body = _deref(self.spec, op.get("requestBody", {}))
        schema = body.get("content", {}).get("application/json", {}).get("schema")
        exclusive = _deref(self.spec, schema or {}).get("x-cckm-mutually-exclusive", ())
        completion = op.get("x-cckm-completion")
        security = op.get("security", default_security)
        return CckmOperation(
            method=method,
            path=path,
            operation_id=op["operationId"],
            authenticated=any("bearerJWT" in s for s in security),
            asynchronous=op.get("x-cckm-async", "none"),
            completion=Completion(
                completion["poll"],
                completion["field"],
                completion.get("operation", ""),
                tuple(completion["pending"]),
                tuple(completion["success"]),
                tuple(completion["failure"]),
            )
            if completion
            else None,
            path_params=tuple(p["name"] for p in params if p["in"] == "path"),
            query_params=query,
            body=self._validator(schema) if schema is not None else None,
            body_required=bool(body.get("required")),
            mutually_exclusive=tuple(exclusive),
            body_description=str(_deref(self.spec, schema or {}).get("description", "")).strip(),
            raw=op,
        )

    def match(self, method: str, path: str) -> tuple[CckmOperation | None, dict[str, str], bool]:
        """(operation, path parameters, whether the path is known at all)."""
        known = False
        for _, regex, by_method in self._routes:
            m = regex.match(path)
            if m is None:
                continue
            known = True
            op = by_method.get(method)
            if op is not None:
                return op, m.groupdict(), True
        return None, {}, known

    def allowed(self, path: str) -> list[str]:
        """The methods the spec declares for ``path`` (the ``Allow`` of a 405)."""
        methods: set[str] = set()
        for _, regex, by_method in self._routes:
            if regex.match(path):
                methods |= set(by_method)
        return sorted(methods)

    def enum(self, schema_name: str) -> tuple[Any, ...]:
        """The values of an enum schema of ``components`` (key statuses, job statuses...)."""
        return tuple(self.spec["components"]["schemas"][schema_name]["enum"])
