"""What a target serves that the spec does not say: answers of the walk against the schemas.

Findings (``Finding.kind``):

* ``undeclared-resource``: a link of an answer, in the spec's namespace, that no GET of the
  spec describes, and that the target answered 2xx;
* ``undeclared-field``: a field of an answer that its schema does not declare (in a schema
  that lists its ``properties`` and does not say ``additionalProperties: true``);
* ``type-mismatch``: a value of another JSON type than declared (``null`` where the schema
  is not ``nullable`` included);
* ``enum-mismatch``: a value the declared ``enum`` does not list;
* ``undeclared-status``: a status the operation does not document.

These are *undocumented*: a clean run has none. Two more kinds are information only:
``unseen-field`` (a declared field that never appeared in any answer of a schema that did
appear) and ``open-field`` (a field of a schema declared open with
``additionalProperties: true``, e.g. the HSM's firmware details that the reference leaves
undocumented) and ``dangling-link`` (a link to a path the spec describes no GET for that
the target did not answer 2xx either).

``propose_patch`` turns the undocumented findings into a spec patch (see ``PATCH_FORMAT``)
and ``apply_patch`` applies one to a spec (a copy: the caller writes it elsewhere)."""

from __future__ import annotations

import copy
import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import luna_spec

from .discover_walk import Answer, Walk

__all__ = [
    "PATCH_FORMAT",
    "Finding",
    "Report",
    "analyse",
    "apply_patch",
    "infer_schema",
    "propose_patch",
]

UNDOCUMENTED = (
    "undeclared-resource",
    "undeclared-field",
    "type-mismatch",
    "enum-mismatch",
    "undeclared-status",
)
INFORMATION = ("unseen-field", "open-field", "dangling-link")
PATCH_FORMAT = "luna-rest-kit-spec-patch/1"
_EXAMPLES = 3  # example URLs kept per finding


@dataclass
class Finding:
    kind: str
    operation: str  # 'GET /api/lunasa/hsms/{hsmid} (getHsm)', or the URL of a resource
    where: str  # JSON path in the answer ($.hsms[].newField), or the resource path
    pointer: str  # JSON pointer into the spec of the schema (or path item) concerned
    detail: str
    seen: str = ""  # the observed JSON type or value (redacted by the report writer)
    urls: list[str] = field(default_factory=list)
    count: int = 0
    proposal: dict[str, Any] | None = field(default=None, repr=False)  # schema inferred

    @property
    def undocumented(self) -> bool:
        return self.kind in UNDOCUMENTED

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "operation": self.operation,
            "where": self.where,
            "pointer": self.pointer,
            "detail": self.detail,
            "seen": self.seen,
            "count": self.count,
            "urls": self.urls,
        }


@dataclass
class Report:
    findings: list[Finding]
    requests: int
    answers: int
    operations_seen: list[str]  # operationIds answered 2xx
    budget_exhausted: bool
    errors: list[str]

    @property
    def undocumented(self) -> list[Finding]:
        return [f for f in self.findings if f.undocumented]

    @property
    def clean(self) -> bool:
        return not self.undocumented

    def counts(self) -> dict[str, int]:
        out = {k: 0 for k in (*UNDOCUMENTED, *INFORMATION)}
        for f in self.findings:
            out[f.kind] += 1
        return out


# -- the spec's schemas ----------------------------------------------------------------------


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def _resolve(spec: dict[str, Any], node: Any, pointer: str) -> tuple[Any, str]:
    """Follow ``$ref`` (local references only) to the schema and its pointer."""
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 32:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            break
        pointer = ref[1:]
        node = spec
        for token in pointer.strip("/").split("/"):
            node = node[_unescape(token)]
        seen += 1
    return node, pointer


def _response_schema(
    spec: dict[str, Any], template: str, status: int, ctype: str
) -> tuple[bool, dict[str, Any] | None, str]:
    """(status documented, the schema, its pointer) for a GET answer."""
    op = spec["paths"][template]["get"]
    responses = op.get("responses", {})
    key = next((k for k in (str(status), f"{str(status)[0]}XX", "default") if k in responses), None)
    if key is None:
        return False, None, ""
    base = f"/paths/{_escape(template)}/get/responses/{_escape(key)}"
    response, rpointer = _resolve(spec, responses[key], base)
    content = response.get("content") or {}
    if not content:
        return True, None, ""
    wanted = ctype.split(";", 1)[0].strip().lower()
    keys = list(content)
    chosen = next((k for k in keys if k == ctype), None)
    chosen = chosen or next((k for k in keys if k.split(";", 1)[0].strip() == wanted), None)
    chosen = chosen or next((k for k in keys if "json" in k), keys[0])
    schema = content[chosen].get("schema")
    if schema is None:
        return True, None, ""
    return True, schema, f"{rpointer}/content/{_escape(chosen)}/schema"


_JSON_TYPES = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
}


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def infer_schema(value: Any) -> dict[str, Any]:
    """A schema for what was seen: types and the fields of objects, never example values
    (an answer may hold something a user would not put in a spec)."""
    if value is None:
        return {"nullable": True}
    if isinstance(value, dict):
        return {
            "type": "object",
            "properties": {str(k): infer_schema(v) for k, v in value.items()},
        }
    if isinstance(value, list):
        items: dict[str, Any] = {}
        for element in value:
            items = _merge(items, infer_schema(element)) if items else infer_schema(element)
        return {"type": "array", "items": items}
    return {"type": json_type(value)}


def _merge(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    if a.get("type") == "object" and b.get("type") == "object":
        props = dict(a.get("properties", {}))
        for k, v in b.get("properties", {}).items():
            props[k] = _merge(props[k], v) if k in props else v
        return {"type": "object", "properties": props}
    if a.get("type") == "integer" and b.get("type") == "number":
        return b
    if b.get("nullable") and "type" not in b:
        return {**a, "nullable": True}
    return a


class _Checker:
    """Compares answers with schemas; accumulates findings and the fields seen per schema."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.findings: dict[tuple[str, str, str], Finding] = {}
        self.seen_fields: dict[str, set[str]] = {}  # object schema pointer -> fields seen
        self.object_schemas: dict[str, tuple[str, str, dict[str, Any]]] = {}

    def add(self, finding: Finding, url: str, key: str = "") -> None:
        k = (finding.kind, finding.pointer, key or finding.where)
        kept = self.findings.setdefault(k, finding)
        kept.count += 1
        if url not in kept.urls and len(kept.urls) < _EXAMPLES:
            kept.urls.append(url)

    def check(self, value: Any, schema: Any, pointer: str, where: str, op: str, url: str) -> int:
        """Findings for ``value`` against ``schema``; returns how many (for oneOf)."""
        schema, pointer = _resolve(self.spec, schema, pointer)
        if not isinstance(schema, dict):
            return 0
        for combinator in ("oneOf", "anyOf"):
            if combinator in schema:
                return self._alternatives(value, schema, combinator, pointer, where, op, url)
        if "allOf" in schema:
            return sum(
                self.check(value, member, f"{pointer}/allOf/{i}", where, op, url)
                for i, member in enumerate(schema["allOf"])
            )
        if value is None:
            if schema.get("nullable") or "type" not in schema:
                return 0
            self.add(
                Finding(
                    "type-mismatch",
                    op,
                    where,
                    pointer,
                    f"null where the schema declares {schema['type']} (not nullable)",
                    "null",
                    proposal={"nullable": True},
                ),
                url,
            )
            return 1
        declared = schema.get("type")
        if (
            isinstance(declared, str)
            and declared in _JSON_TYPES
            and not _JSON_TYPES[declared](value)
        ):
            seen = json_type(value)
            self.add(
                Finding(
                    "type-mismatch",
                    op,
                    where,
                    pointer,
                    f"{seen} where the schema declares {declared}",
                    seen,
                    proposal=infer_schema(value),
                ),
                url,
                key=f"{where}:{seen}",
            )
            return 1
        if "enum" in schema and value not in schema["enum"]:
            self.add(
                Finding(
                    "enum-mismatch",
                    op,
                    where,
                    pointer,
                    f"{value!r} is not one of the declared values {schema['enum']!r}",
                    str(value),
                    proposal={"value": value},
                ),
                url,
                key=f"{where}={value!r}",
            )
            return 1
        if isinstance(value, dict):
            return self._object(value, schema, pointer, where, op, url)
        if isinstance(value, list) and "items" in schema:
            return sum(
                self.check(v, schema["items"], f"{pointer}/items", f"{where}[]", op, url)
                for v in value
            )
        return 0

    def _alternatives(
        self,
        value: Any,
        schema: dict[str, Any],
        combinator: str,
        pointer: str,
        where: str,
        op: str,
        url: str,
    ) -> int:
        best: tuple[int, int] | None = None
        for i, variant in enumerate(schema[combinator]):
            trial = _Checker(self.spec)
            n = trial.check(value, variant, f"{pointer}/{combinator}/{i}", where, op, url)
            if best is None or n < best[0]:
                best = (n, i)
        if best is None:
            return 0
        i = best[1]
        return self.check(
            value, schema[combinator][i], f"{pointer}/{combinator}/{i}", where, op, url
        )

    def _object(
        self,
        value: dict[str, Any],
        schema: dict[str, Any],
        pointer: str,
        where: str,
        op: str,
        url: str,
    ) -> int:
        props: dict[str, Any] = schema.get("properties") or {}
        extra = schema.get("additionalProperties")
        self.object_schemas.setdefault(pointer, (op, where, props))
        self.seen_fields.setdefault(pointer, set()).update(value)
        n = 0
        for key, v in value.items():
            here = f"{where}.{key}"
            if key in props:
                n += self.check(
                    v, props[key], f"{pointer}/properties/{_escape(key)}", here, op, url
                )
            elif isinstance(extra, dict):
                n += self.check(v, extra, f"{pointer}/additionalProperties", here, op, url)
            elif extra is True or (extra is None and not props):
                self.add(
                    Finding(
                        "open-field",
                        op,
                        here,
                        pointer,
                        f"field {key!r} ({json_type(v)}) of a schema that declares no "
                        "fields or is declared open (additionalProperties: true)",
                        json_type(v),
                    ),
                    url,
                )
            else:
                self.add(
                    Finding(
                        "undeclared-field",
                        op,
                        here,
                        pointer,
                        f"field {key!r} ({json_type(v)}) is not declared by the schema",
                        json_type(v),
                        proposal=infer_schema(v),
                    ),
                    url,
                    key=f"{pointer}:{key}",
                )
                n += 1
        return n

    def unseen(self) -> Iterable[Finding]:
        for pointer, (op, where, props) in sorted(self.object_schemas.items()):
            for name in props:
                if name not in self.seen_fields.get(pointer, set()):
                    yield Finding(
                        "unseen-field",
                        op,
                        f"{where}.{name}",
                        f"{pointer}/properties/{_escape(name)}",
                        f"declared field {name!r} never appeared in an answer",
                        count=0,
                    )


def _label(method: str, template: str, operation_id: str) -> str:
    return f"{method} {template} ({operation_id})"


def analyse(walk_result: Walk, spec: dict[str, Any]) -> Report:
    """The findings of one walk against ``spec``."""
    checker = _Checker(spec)
    resources: dict[str, Finding] = {}
    seen_ops: set[str] = set()
    for answer in walk_result.answers:
        if answer.match is None:
            _undeclared_resource(answer, resources)
            continue
        op = _label("GET", answer.match.template, answer.match.operation_id)
        documented, schema, pointer = _response_schema(
            spec, answer.match.template, answer.status, answer.content_type
        )
        if not documented:
            checker.add(
                Finding(
                    "undeclared-status",
                    op,
                    f"status {answer.status}",
                    f"/paths/{_escape(answer.match.template)}/get/responses",
                    f"status {answer.status} is not documented for this operation",
                    str(answer.status),
                ),
                answer.url,
            )
            continue
        if 200 <= answer.status < 300:
            seen_ops.add(answer.match.operation_id)
        if schema is not None and answer.body is not None:
            checker.check(answer.body, schema, pointer, "$", op, answer.url)
    findings = [*resources.values(), *checker.findings.values(), *checker.unseen()]
    order = {k: i for i, k in enumerate((*UNDOCUMENTED, *INFORMATION))}
    findings.sort(key=lambda f: (order[f.kind], f.operation, f.where))
    return Report(
        findings=findings,
        requests=walk_result.requests,
        answers=len(walk_result.answers),
        operations_seen=sorted(seen_ops),
        budget_exhausted=walk_result.budget_exhausted,
        errors=list(walk_result.errors),
    )


def _undeclared_resource(answer: Answer, resources: dict[str, Finding]) -> None:
    path = answer.url.split("?", 1)[0]
    if not 200 <= answer.status < 300:
        resources.setdefault(
            path,
            Finding(
                "dangling-link",
                f"GET {path}",
                path,
                f"/paths/{_escape(path)}",
                f"linked from {answer.linked_from or 'a root'}, answered {answer.status}; the "
                "spec describes no GET at this path either",
                str(answer.status),
                urls=[answer.url],
                count=1,
            ),
        )
        return
    finding = resources.get(path)
    if finding is None:
        finding = Finding(
            "undeclared-resource",
            f"GET {path}",
            path,
            f"/paths/{_escape(path)}",
            f"GET {path} answered {answer.status}; the spec describes no GET at this path "
            f"(linked from {answer.linked_from or 'a root'})",
            answer.content_type,
        )
        finding.proposal = {
            "body": infer_schema(answer.body) if answer.body is not None else None,
            "status": answer.status,
            "parent": answer.linked_from,
        }
        resources[path] = finding
    finding.count += 1
    if answer.url not in finding.urls:
        finding.urls.append(answer.url)


# -- the patch -------------------------------------------------------------------------------


def _operation_id(spec: dict[str, Any], path: str) -> str:
    literal = re.sub(r"\{[^}]*\}", "", path)
    words = [w for w in re.split(r"[^A-Za-z0-9]+", literal) if w and w not in ("api", "lunasa")]
    if path.endswith("}") and words:
        words[-1] = words[-1].removesuffix("s")  # /widgets/{widgetid}: one widget
    base = "get" + "".join(w[:1].upper() + w[1:] for w in words[-3:]) or "getResource"
    taken = {
        op.get("operationId")
        for item in spec.get("paths", {}).values()
        for op in item.values()
        if isinstance(op, dict)
    }
    oid, n = base, 2
    while oid in taken:
        oid, n = f"{base}{n}", n + 1
    return oid


def _new_path_item(
    spec: dict[str, Any], finding: Finding, target: str, when: str
) -> dict[str, Any]:
    from .discover_walk import OperationIndex

    proposal = finding.proposal or {}
    parent = str(proposal.get("parent") or "")
    parent_match = OperationIndex(spec).match("GET", parent) if parent else None
    parent_op: dict[str, Any] = (
        spec["paths"][parent_match.template]["get"] if parent_match is not None else {}
    )
    schema = proposal.get("body") or {"type": "object"}
    status = str(proposal.get("status") or 200)
    op: dict[str, Any] = {
        "operationId": _operation_id(spec, finding.where),
        "summary": f"Discovered: GET {finding.where} (review, then document it)",
        "tags": list(parent_op.get("tags", ["discovered"]))[:1],
        "security": copy.deepcopy(parent_op.get("security", [{"basicAuth": []}])),
        "x-luna-privileges": list(parent_op.get("x-luna-privileges", ["admin"])),
        "x-luna-destructive": False,
        "x-luna-task": "none",
        "description": f"Found on {target} by python -m luna_conformance discover ({when}); not "
        "in the reference this spec was written from. Review it: its reference page "
        "(x-luna-source), the evidence (x-luna-evidence is left for you to set), privileges.",
        "x-luna-source": [f"observed on {target} ({when}); no reference page yet"],
        "responses": {
            status: {
                "description": "What the target answered (schema inferred from one answer).",
                "content": {
                    luna_spec.VENDOR_JSON: {"schema": copy.deepcopy(schema)},
                    "application/json": {"schema": copy.deepcopy(schema)},
                },
            }
        },
    }
    for code in ("400", "401"):  # the errors the resource that linked here documents
        if code in parent_op.get("responses", {}) and code != status:
            op["responses"][code] = copy.deepcopy(parent_op["responses"][code])
    param = proposal.get("param")
    if param:
        op["parameters"] = [
            {"name": param, "in": "path", "required": True, "schema": {"type": "string"}}
        ]
    return {"get": op}


def propose_patch(report: Report, spec: dict[str, Any], *, target: str) -> dict[str, Any]:
    """The spec additions the undocumented findings call for, as a patch (``PATCH_FORMAT``):
    fields added to the schema that lacks them, types widened to what was seen, enum values
    added, a path item per undeclared resource (operationId, tag, security and privileges
    taken from the resource that linked to it, marked as discovered: review each one);
    siblings (``/widgets/1``, ``/widgets/2``) become one path with a parameter
    (``/widgets/{widgetid}``). Undocumented statuses are reported only."""
    when = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d")
    ops: list[dict[str, Any]] = []
    for f in _templated(report.undocumented):
        why = f"{f.operation} {f.where}: {f.detail}"
        if f.kind == "undeclared-resource":
            ops.append(
                {
                    "op": "add",
                    "path": f.pointer,
                    "value": _new_path_item(spec, f, target, when),
                    "why": why,
                }
            )
        elif f.kind == "undeclared-field":
            name = f.where.rsplit(".", 1)[-1]
            ops.append(
                {
                    "op": "add",
                    "path": f"{f.pointer}/properties/{_escape(name)}",
                    "value": f.proposal or {},
                    "why": why,
                }
            )
        elif f.kind == "type-mismatch":
            if f.seen == "null":
                ops.append(
                    {"op": "add", "path": f"{f.pointer}/nullable", "value": True, "why": why}
                )
            else:
                value = (f.proposal or {}).get("type", f.seen)
                ops.append(
                    {"op": "replace", "path": f"{f.pointer}/type", "value": value, "why": why}
                )
        elif f.kind == "enum-mismatch":
            value = (f.proposal or {}).get("value", f.seen)
            ops.append({"op": "add", "path": f"{f.pointer}/enum/-", "value": value, "why": why})
        # undeclared-status: reported only (an error status is for a person to document)
    return {
        "format": PATCH_FORMAT,
        "target": target,
        "spec": str(spec.get("info", {}).get("title", "")),
        "apiVersion": str(spec.get("info", {}).get("version", "")),
        "operations": _dedupe(ops),
    }


def _templated(findings: list[Finding]) -> list[Finding]:
    """Undeclared resources with siblings merged into one templated resource."""
    groups: dict[str, list[Finding]] = {}
    for f in findings:
        if f.kind == "undeclared-resource":
            groups.setdefault(f.where.rsplit("/", 1)[0], []).append(f)
    out: list[Finding] = []
    merged: set[str] = set()
    for f in findings:
        parent = f.where.rsplit("/", 1)[0]
        siblings = groups.get(parent, []) if f.kind == "undeclared-resource" else []
        if len(siblings) < 2:
            out.append(f)
            continue
        if parent in merged:
            continue
        merged.add(parent)
        last = parent.rsplit("/", 1)[-1] or "item"
        param = re.sub(r"[^A-Za-z0-9]", "", last.removesuffix("s")).lower() + "id"
        where = f"{parent}/{{{param}}}"
        body: dict[str, Any] = {}
        for sibling in siblings:
            inferred = (sibling.proposal or {}).get("body") or {}
            body = _merge(body, inferred) if body else inferred
        first = siblings[0].proposal or {}
        out.append(
            Finding(
                "undeclared-resource",
                f"GET {where}",
                where,
                f"/paths/{_escape(where)}",
                f"{len(siblings)} resources {parent}/... answered; the spec describes none",
                urls=[u for sib in siblings for u in sib.urls][:_EXAMPLES],
                count=sum(sib.count for sib in siblings),
                proposal={**first, "body": body, "param": param},
            )
        )
    return out


def _dedupe(ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[tuple[str, str, str]] = set()
    out = []
    for op in ops:
        key = (op["op"], op["path"], repr(op.get("value")))
        if key not in seen:
            seen.add(key)
            out.append(op)
    return out


class PatchError(ValueError):
    """A patch that does not apply: its operation and why."""


def _parent(doc: Any, pointer: str, create: bool) -> tuple[Any, str]:
    if not pointer.startswith("/"):
        raise PatchError(f"{pointer!r} is not a JSON pointer")
    tokens = [_unescape(t) for t in pointer[1:].split("/")]
    node = doc
    for token in tokens[:-1]:
        if isinstance(node, list):
            node = node[int(token)]
        elif isinstance(node, dict):
            if token not in node:
                if not create:
                    raise PatchError(f"{pointer}: {token!r} does not exist")
                node[token] = {}
            node = node[token]
        else:
            raise PatchError(f"{pointer}: {token!r} is inside a scalar")
    return node, tokens[-1]


def apply_patch(spec: dict[str, Any], patch: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``spec`` with ``patch`` applied (``spec`` is not changed)."""
    if patch.get("format") != PATCH_FORMAT:
        raise PatchError(f"not a {PATCH_FORMAT} patch (format: {patch.get('format')!r})")
    doc = copy.deepcopy(spec)
    for i, op in enumerate(patch.get("operations") or []):
        kind, pointer = op.get("op"), str(op.get("path", ""))
        if kind not in ("add", "replace", "remove"):
            raise PatchError(f"operation {i}: unknown op {kind!r}")
        parent, last = _parent(doc, pointer, create=kind == "add")
        if isinstance(parent, list):
            if kind == "add":
                if last == "-":
                    parent.append(copy.deepcopy(op["value"]))
                else:
                    parent.insert(int(last), copy.deepcopy(op["value"]))
            elif kind == "replace":
                parent[int(last)] = copy.deepcopy(op["value"])
            else:
                del parent[int(last)]
        elif isinstance(parent, dict):
            if kind != "add" and last not in parent:
                raise PatchError(f"operation {i}: {pointer} does not exist ({kind})")
            if kind == "remove":
                del parent[last]
            else:
                parent[last] = copy.deepcopy(op["value"])
        else:
            raise PatchError(f"operation {i}: {pointer} is inside a scalar")
    return doc
