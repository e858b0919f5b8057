"""The spec, compiled once: routes, parameter conversion and body validators.

Nothing here copies a schema: every validator is built from ``luna.yaml`` at
start-up (jsonschema-rs, about a microsecond per body), so the emulator rejects
exactly what the spec rejects.
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import jsonschema_rs

import luna_spec

from .errors import ERRORS, BadRequest

__all__ = ["REQUIREMENTS", "Operation", "SpecError", "SpecIndex"]

# the logins x-luna-requires may name (requires.py enforces them)
REQUIREMENTS = frozenset({"hsm-so", "partition-so", "partition-co"})
REQUIREMENT_CONDITIONS = frozenset({"", "initialized"})


# how many (method, path) routings SpecIndex.match keeps (emptied when full)
MATCH_CACHE_SIZE = 4096
# how many raw values each parameter keeps converted (Param.convert; emptied when full)
CONVERTED_CACHE_SIZE = 1024


class SpecError(ValueError):
    """The spec declares something the emulator cannot enforce (found at start-up)."""


Converter = Callable[[str], Any]


def _deref(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


_INTEGER = re.compile(r"-?[0-9]+")
_FORMAT_BOUNDS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


def _with_format_bounds(node: Any) -> Any:
    """OpenAPI 3.0 keywords in JSON Schema terms: integer formats as bounds (JSON Schema
    ignores ``format``) and ``nullable`` as a "null" type."""
    if isinstance(node, dict):
        kind = node.get("type")
        bounds = _FORMAT_BOUNDS.get(node.get("format", "")) if kind == "integer" else None
        if bounds:
            node.setdefault("minimum", bounds[0])
            node.setdefault("maximum", bounds[1])
        if node.get("nullable") is True and isinstance(kind, str):
            node["type"] = [kind, "null"]
            if "enum" in node:
                node["enum"] = [*node["enum"], None]
        for value in node.values():
            _with_format_bounds(value)
    elif isinstance(node, list):
        for value in node:
            _with_format_bounds(value)
    return node


@dataclass
class Param:
    name: str
    required: bool
    kind: str  # integer | number | boolean | string
    validator: Any
    # the values of the latest raw strings converted (the same ids recur; a raw string
    # that fails is not kept: it raises again)
    _converted: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def convert(self, raw: str) -> Any:
        """The raw string as the parameter's type, checked against its schema."""
        try:
            return self._converted[raw]
        except KeyError:
            pass
        value = self._convert(raw)
        if len(self._converted) >= CONVERTED_CACHE_SIZE:
            self._converted.clear()
        self._converted[raw] = value
        return value

    def _convert(self, raw: str) -> Any:
        try:
            if self.kind == "integer":
                if not _INTEGER.fullmatch(raw):
                    raise ValueError
                value: Any = int(raw)
            elif self.kind == "number":
                value = float(raw)
            elif self.kind == "boolean":
                if raw not in ("true", "false"):
                    raise ValueError
                value = raw == "true"
            else:
                value = raw
        except ValueError:
            raise BadRequest(
                f"parameter {self.name!r}: {raw!r} is not a valid {self.kind}"
            ) from None
        if self.validator.is_valid(value):  # the common case, without building errors
            return value
        error = next(iter(self.validator.iter_errors(value)), None)
        if error is None:
            return value
        raise BadRequest(f"parameter {self.name!r}: {error.message}")


@dataclass
class Operation:
    method: str
    path: str
    operation_id: str
    tag: str
    evidence: str  # x-luna-evidence: doc, ovw, code, structure or inferred
    privileges: frozenset[str]
    destructive: bool
    task: str
    critical: bool
    private_session: bool
    authenticated: bool
    actions: tuple[str, ...]
    protected_actions: tuple[str, ...]
    requires: tuple[str, ...]  # x-luna-requires: any one of these logins
    requires_if: str  # x-luna-requires-if: "" (always) or "initialized"
    requires_unless: str  # x-luna-requires-unless: a boolean body field that waives it
    requires_error: str  # the error id a caller without the login gets
    streamed: bool  # x-luna-streamed: its upload goes to disk, any size
    errors: frozenset[str]  # every error id the spec declares for it (x-luna-errors, ...)
    path_params: dict[str, Param]
    query_params: dict[str, Param]
    bodies: dict[str, Any]  # media type (no parameters) -> validator or None (binary)
    body_required: bool
    statuses: frozenset[str]
    raw: dict[str, Any] = field(repr=False)


class SpecIndex:
    """All operations of the spec, with a router from (method, path) to operation.

    Read-only once built; ``SpecIndex.shared()`` builds the index of ``luna.yaml`` once per
    process (about half a second) for every emulator that uses it."""

    @classmethod
    @functools.cache
    def shared(cls) -> SpecIndex:
        return cls()

    def __init__(self, spec: dict[str, Any] | None = None) -> None:
        self.spec = spec if spec is not None else luna_spec.load_spec()
        info = self.spec["info"]
        # the resource versions a request may name ("" = none named: the newest)
        self.api_version: str = info["x-luna-api-version"]
        self.api_versions: tuple[str, ...] = ("", *info.get("x-luna-api-versions", ()))
        if self.api_version not in self.api_versions:
            self.api_versions = (*self.api_versions, self.api_version)
        self._components = _with_format_bounds(copy.deepcopy(self.spec["components"]))
        self.operations: dict[str, Operation] = {}
        # routes: list of (literal count, regex, {method: op}), most literal segments first
        self._routes: list[tuple[int, re.Pattern[str], dict[str, Operation]]] = []
        templates: list[tuple[int, str]] = []
        for path, item in self.spec["paths"].items():
            by_method: dict[str, Operation] = {}
            for method in luna_spec.METHODS:
                if method in item:
                    op = self._compile(path, method.upper(), item, item[method])
                    self.operations[op.operation_id] = op
                    by_method[op.method] = op
            regex = (
                "^" + re.sub(r"\\\{([a-zA-Z0-9_]+)\\\}", r"(?P<\1>[^/]+)", re.escape(path)) + "$"
            )
            literals = sum(1 for seg in path.split("/") if seg and not seg.startswith("{"))
            self._routes.append((literals, re.compile(regex), by_method))
            templates.append((literals, path))
        self._routes.sort(key=lambda r: -r[0])
        self._candidates = _SegmentFilter(
            [path for _, path in sorted(templates, key=lambda t: -t[0])]
        )
        self._matched: dict[tuple[str, str], tuple[Operation | None, dict[str, str], bool]] = {}

    def _validator(self, schema: dict[str, Any]) -> Any:
        schema = _with_format_bounds(copy.deepcopy(schema))
        return jsonschema_rs.Draft7Validator({**schema, "components": self._components})

    def _param(self, p: dict[str, Any]) -> Param:
        p = _deref(self.spec, p)
        schema = _deref(self.spec, p.get("schema", {}))
        kind = schema.get("type", "string")
        return Param(p["name"], bool(p.get("required")), kind, self._validator(p.get("schema", {})))

    def _compile(
        self, path: str, method: str, item: dict[str, Any], op: dict[str, Any]
    ) -> Operation:
        params = [self._param(p) for p in item.get("parameters", []) + op.get("parameters", [])]
        locations = {
            _deref(self.spec, p)["name"]: _deref(self.spec, p)["in"]
            for p in item.get("parameters", []) + op.get("parameters", [])
        }
        bodies: dict[str, Any] = {}
        body = _deref(self.spec, op.get("requestBody", {}))
        for media, content in body.get("content", {}).items():
            base = media.split(";")[0].strip()
            schema = content.get("schema", {})
            binary = _deref(self.spec, schema).get("format") == "binary" or base.endswith(
                ("+octet-stream", "+multipart")
            )
            bodies[base] = None if binary else self._validator(schema)
        requires = op.get("x-luna-requires", ())
        requires = (requires,) if isinstance(requires, str) else tuple(requires)
        requires_if = op.get("x-luna-requires-if", "")
        requires_errors = self.spec["info"].get("x-luna-requires-errors", {})
        declared = {i for ids in op.get("x-luna-errors", {}).values() for i in ids}
        for p in item.get("parameters", []) + op.get("parameters", []):
            p = _deref(self.spec, p)
            declared |= {i for ids in p.get("x-luna-errors", {}).values() for i in ids}
        declared |= {requires_errors[r]["id"] for r in requires if r in requires_errors}
        if (
            not set(requires) <= REQUIREMENTS
            or not set(requires) <= set(requires_errors)
            or requires_if not in REQUIREMENT_CONDITIONS
            or not all(requires_errors[r]["id"] in ERRORS for r in requires_errors)
        ):
            raise SpecError(
                f"{op['operationId']}: x-luna-requires {requires} / x-luna-requires-if "
                f"{requires_if!r} (known: {sorted(REQUIREMENTS)}, "
                f"if {sorted(REQUIREMENT_CONDITIONS)})"
            )
        return Operation(
            method=method,
            path=path,
            operation_id=op["operationId"],
            tag=op["tags"][0],
            evidence=op.get("x-luna-evidence", ""),
            privileges=frozenset(op.get("x-luna-privileges", [])),
            destructive=bool(op.get("x-luna-destructive")),
            task=op.get("x-luna-task", "none"),
            critical=bool(op.get("x-luna-critical")),
            private_session=bool(op.get("x-luna-private-session")),
            authenticated=bool(op.get("security")),
            actions=tuple(op.get("x-luna-actions", ())),
            protected_actions=tuple(op.get("x-luna-protected-actions", ())),
            requires=requires,
            requires_if=requires_if,
            requires_unless=op.get("x-luna-requires-unless", ""),
            requires_error=requires_errors[requires[0]]["id"] if requires else "",
            errors=frozenset(declared),
            streamed=bool(op.get("x-luna-streamed")),
            path_params={p.name: p for p in params if locations[p.name] == "path"},
            query_params={p.name: p for p in params if locations[p.name] == "query"},
            bodies=bodies,
            body_required=bool(body.get("required") or body.get("x-luna-body-required")),
            statuses=frozenset(str(c) for c in op.get("responses", {})),
            raw=op,
        )

    def _matches(self, path: str) -> Iterator[tuple[re.Match[str], dict[str, Operation]]]:
        """The routes whose template matches ``path``, most specific first: only the few
        that the segment filter leaves are tried."""
        routes = self._routes
        for i in self._candidates.candidates(path):
            _, regex, by_method = routes[i]
            m = regex.match(path)
            if m is not None:
                yield m, by_method

    def methods_at(self, path: str) -> list[str]:
        """The methods of the most specific path template that matches."""
        for _, ops in self._matches(path):
            return sorted(ops)
        if _one_trailing_slash(path):
            return self.methods_at(path[:-1])  # the same resource, as match() answers
        return []

    def match(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], bool]:
        """(operation, raw path params, path known). ``path known`` without an operation
        means the method is not allowed there. The answers for the latest paths are kept
        (the index is read-only: the same request always routes the same way)."""
        key = (method, path)
        found = self._matched.get(key)
        if found is None:
            found = self._match(method, path)
            if len(self._matched) >= MATCH_CACHE_SIZE:
                self._matched.clear()
            self._matched[key] = found
        op, params, known = found
        return op, dict(params), known

    def _match(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], bool]:
        known = False
        for m, by_method in self._matches(path):
            known = True
            op = by_method.get(method)
            if op is not None:
                return op, m.groupdict(), True
        if not known and _one_trailing_slash(path):
            # one trailing slash names the same resource (/api/lunasa/, /api/lunasa/hsms/)
            return self._match(method, path[:-1])
        return None, {}, known


def _one_trailing_slash(path: str) -> bool:
    return len(path) > 1 and path.endswith("/") and not path.endswith("//")


class _SegmentFilter:
    """Which path templates (by index, in routing order) could match a path, from its
    ``/``-separated segments: a template matches only paths with as many segments, whose
    segment equals the template's wherever the template's is literal (no ``{``). A bitmask
    per (segment count, position, literal) and one per (segment count, position) for the
    templated segments make that a few dict look-ups; the route's regex still decides.

    The regexes end in ``$``, which also matches before a final newline, so a path ending
    in ``\n`` is looked up without it as well: the candidates are always a superset of the
    routes whose regex matches, and the first match in routing order is the same."""

    def __init__(self, templates: list[str]) -> None:
        # segment count -> (all templates of that count, per position: (literal -> mask,
        # mask of templates with a parameter there))
        self._by_count: dict[int, tuple[int, list[tuple[dict[str, int], int]]]] = {}
        for i, template in enumerate(templates):
            segments = template.split("/")
            every, positions = self._by_count.setdefault(
                len(segments), (0, [({}, 0) for _ in segments])
            )
            bit = 1 << i
            for pos, segment in enumerate(segments):
                literals, params = positions[pos]
                if "{" in segment:
                    positions[pos] = (literals, params | bit)
                else:
                    literals[segment] = literals.get(segment, 0) | bit
            self._by_count[len(segments)] = (every | bit, positions)

    def _mask(self, path: str) -> int:
        segments = path.split("/")
        entry = self._by_count.get(len(segments))
        if entry is None:
            return 0
        mask, positions = entry
        for segment, (literals, params) in zip(segments, positions, strict=True):
            mask &= literals.get(segment, 0) | params
            if not mask:
                break
        return mask

    def candidates(self, path: str) -> Iterator[int]:
        """Indexes of the templates that may match ``path``, in routing order."""
        mask = self._mask(path)
        if path.endswith("\n"):
            mask |= self._mask(path[:-1])
        while mask:
            low = mask & -mask
            yield low.bit_length() - 1
            mask ^= low
