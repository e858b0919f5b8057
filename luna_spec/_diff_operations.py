"""Comparison of two specs operation by operation.

Operations are matched by method and path template with the parameter names
blanked out (``/hsms/{hsmid}`` matches ``/hsms/{id}``, and the path parameter
is reported as renamed). Descriptions, summaries, examples, ``links``,
``x-luna-source`` and ``x-luna-evidence`` are documentation and are not
compared; the ``x-luna-*`` semantics are in ``_diff_luna``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ._diff_luna import Emit, errors, semantics
from ._diff_model import Change, ChangeKind, Severity
from ._diff_schema import Direction, SchemaChange, SchemaComparer, resolve

__all__ = ["api_version", "compare_specs"]

_METHODS = ("get", "put", "post", "patch", "delete", "head", "options", "trace")
_PATH_PARAM = re.compile(r"\{[^}]*\}")
_VERSION_PARAM = re.compile(r"^\s*version\s*=\s*(.*?)\s*$", re.IGNORECASE)


def api_version(spec: dict[str, Any]) -> str | None:
    """The spec's ``x-luna-api-version`` (or ``info.version`` without it)."""
    info = spec.get("info") or {}
    value = info.get("x-luna-api-version", info.get("version"))
    return None if value is None else str(value)


@dataclass(frozen=True)
class _Operation:
    method: str
    path: str
    op: dict[str, Any]
    parameters: dict[tuple[str, str], dict[str, Any]]


@dataclass(frozen=True)
class _Where:
    method: str
    path: str
    operation_id: str


def _operations(spec: dict[str, Any]) -> dict[tuple[str, str], _Operation]:
    out: dict[tuple[str, str], _Operation] = {}
    for path, raw_item in (spec.get("paths") or {}).items():
        item = resolve(spec, raw_item)
        if not isinstance(item, dict):
            continue
        shared = item.get("parameters") or []
        for method in _METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            params: dict[tuple[str, str], dict[str, Any]] = {}
            for raw in [*shared, *(op.get("parameters") or [])]:
                param = resolve(spec, raw)
                if isinstance(param, dict) and "name" in param:
                    where = str(param.get("in", ""))
                    name = str(param["name"])
                    params[(where, name.lower() if where == "header" else name)] = param
            key = (method.upper(), _PATH_PARAM.sub("{}", str(path)))
            out[key] = _Operation(method.upper(), str(path), op, params)
    return out


def _media_types(content: Any) -> dict[str, tuple[str | None, Any]]:
    """Media types with the ``version`` parameter taken out: base -> (version, schema)."""
    out: dict[str, tuple[str | None, Any]] = {}
    for key, media in (content or {}).items():
        base, *params = str(key).split(";")
        version = None
        kept = []
        for param in params:
            match = _VERSION_PARAM.match(param)
            if match:
                version = match.group(1)
            else:
                kept.append(param.strip())
        norm = ";".join([base.strip().lower(), *kept])
        schema = media.get("schema") if isinstance(media, dict) else None
        out[norm] = (version, schema)
    return out


def _security(spec: dict[str, Any], op: dict[str, Any]) -> set[frozenset[str]]:
    requirements = op.get("security", spec.get("security", []))
    if not requirements:
        return {frozenset()}
    return {frozenset(req or {}) for req in requirements}


def _show_security(alternative: frozenset[str]) -> str:
    return " + ".join(sorted(alternative)) if alternative else "no authentication"


def _is_success(status: str) -> bool:
    return status[:1] in ("1", "2", "3")


class _Comparer:
    """One comparison of two specs: collects the changes, then sorts them."""

    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old = old
        self.new = new
        self.schemas = SchemaComparer(old, new)
        self.changes: list[Change] = []

    # -- emitting ----------------------------------------------------------------

    def emit(
        self,
        where: _Where | None,
        severity: Severity,
        kind: ChangeKind,
        message: str,
        location: str = "",
        old: Any = None,
        new: Any = None,
    ) -> None:
        self.changes.append(
            Change(
                severity=severity,
                kind=kind,
                message=message,
                method=where.method if where else "",
                path=where.path if where else "",
                operation_id=where.operation_id if where else "",
                location=location,
                old=old,
                new=new,
            )
        )

    def bound(self, where: _Where) -> Emit:
        """``emit`` for one operation."""

        def emit(
            severity: Severity,
            kind: ChangeKind,
            message: str,
            location: str = "",
            old: Any = None,
            new: Any = None,
        ) -> None:
            self.emit(where, severity, kind, message, location, old, new)

        return emit

    def emit_schema(self, where: _Where, location: str, changes: list[SchemaChange]) -> None:
        seen: set[tuple[Any, ...]] = set()
        for c in changes:
            key = (c.severity, c.kind, c.message, c.path)
            if key in seen:
                continue
            seen.add(key)
            self.changes.append(
                Change(
                    severity=c.severity,
                    kind=c.kind,
                    message=c.message,
                    method=where.method,
                    path=where.path,
                    operation_id=where.operation_id,
                    location=location,
                    json_path=c.path,
                    schema=c.schema,
                    schema_path=c.schema_path,
                    old=c.old,
                    new=c.new,
                )
            )

    # -- the whole spec ------------------------------------------------------------

    def run(self) -> list[Change]:
        old_info, new_info = self.old.get("info") or {}, self.new.get("info") or {}
        for field in ("x-luna-api-version", "version"):
            ov, nv = old_info.get(field), new_info.get(field)
            if ov != nv:
                self.emit(
                    None,
                    Severity.BEHAVIOUR,
                    ChangeKind.API_VERSION,
                    f"API version {ov} -> {nv}",
                    f"info.{field}",
                    ov,
                    nv,
                )
        self.security_schemes()
        old_ops, new_ops = _operations(self.old), _operations(self.new)
        for key, op in old_ops.items():
            if key not in new_ops:
                where = _Where(op.method, op.path, str(op.op.get("operationId", "")))
                self.emit(where, Severity.BREAKING, ChangeKind.OPERATION_REMOVED, "removed")
        for key, op in new_ops.items():
            where = _Where(op.method, op.path, str(op.op.get("operationId", "")))
            if key not in old_ops:
                self.emit(where, Severity.NON_BREAKING, ChangeKind.OPERATION_ADDED, "added")
            else:
                self.operation(where, old_ops[key], op)
        self.collapse_media_versions()
        order = {s: i for i, s in enumerate(Severity)}
        return sorted(self.changes, key=lambda c: order[c.severity])

    def security_schemes(self) -> None:
        """Security schemes (how a client authenticates) removed, changed or added."""
        old = (self.old.get("components") or {}).get("securitySchemes") or {}
        new = (self.new.get("components") or {}).get("securitySchemes") or {}
        for name in old:
            location = f"components.securitySchemes.{name}"
            if name not in new:
                self.emit(None, Severity.BREAKING, ChangeKind.SECURITY, "scheme removed", location)
            elif resolve(self.old, old[name]) != resolve(self.new, new[name]):
                self.emit(
                    None,
                    Severity.BREAKING,
                    ChangeKind.SECURITY,
                    "scheme changed (type, name, location or flow)",
                    location,
                    old[name],
                    new[name],
                )
        for name in new:
            if name not in old:
                location = f"components.securitySchemes.{name}"
                self.emit(
                    None, Severity.NON_BREAKING, ChangeKind.SECURITY, "scheme added", location
                )

    def collapse_media_versions(self) -> None:
        """One spec-wide change when every media type version moved with the API version."""
        moved = [c for c in self.changes if c.kind is ChangeKind.MEDIA_TYPE_VERSION]
        if not moved:
            return
        ov, nv = api_version(self.old), api_version(self.new)
        if any((c.old, c.new) != (ov, nv) for c in moved):
            return
        self.changes = [c for c in self.changes if c.kind is not ChangeKind.MEDIA_TYPE_VERSION]
        self.emit(
            None,
            Severity.BEHAVIOUR,
            ChangeKind.MEDIA_TYPE_VERSION,
            f"vendor media types declare version={nv} (was {ov}) in {len(moved)} bodies",
            "media types",
            ov,
            nv,
        )

    # -- one operation ---------------------------------------------------------------

    def operation(self, where: _Where, old: _Operation, new: _Operation) -> None:
        o, n = old.op, new.op
        if o.get("operationId") != n.get("operationId"):
            self.emit(
                where,
                Severity.BREAKING,
                ChangeKind.OPERATION_ID,
                f"operationId {o.get('operationId')} -> {n.get('operationId')}"
                " (the generated client function is renamed)",
                "operationId",
                o.get("operationId"),
                n.get("operationId"),
            )
        if (o.get("tags") or []) != (n.get("tags") or []):
            self.emit(
                where,
                Severity.BREAKING,
                ChangeKind.TAGS,
                f"tags {o.get('tags')} -> {n.get('tags')} (the generated client module moves)",
                "tags",
                o.get("tags"),
                n.get("tags"),
            )
        if bool(o.get("deprecated")) != bool(n.get("deprecated")):
            word = "deprecated" if n.get("deprecated") else "no longer deprecated"
            self.emit(
                where,
                Severity.NON_BREAKING,
                ChangeKind.DEPRECATED,
                word,
                "deprecated",
                bool(o.get("deprecated")),
                bool(n.get("deprecated")),
            )
        self.security(where, o, n)
        self.parameters(where, old, new)
        self.request_body(where, o, n)
        self.responses(where, o, n)
        emit = self.bound(where)
        errors(emit, o, n)
        semantics(emit, o, n)

    def security(self, where: _Where, o: dict[str, Any], n: dict[str, Any]) -> None:
        old_alts, new_alts = _security(self.old, o), _security(self.new, n)
        for alt in sorted(old_alts - new_alts, key=sorted):
            self.emit(
                where,
                Severity.BREAKING,
                ChangeKind.SECURITY,
                f"no longer accepts {_show_security(alt)}",
                "security",
                sorted(alt),
                None,
            )
        for alt in sorted(new_alts - old_alts, key=sorted):
            self.emit(
                where,
                Severity.NON_BREAKING,
                ChangeKind.SECURITY,
                f"now also accepts {_show_security(alt)}",
                "security",
                None,
                sorted(alt),
            )

    def renamed_path_parameters(
        self, where: _Where, old: _Operation, new: _Operation
    ) -> dict[tuple[str, str], dict[str, Any]]:
        """The old parameters keyed as in the new spec: a path parameter renamed in the
        template (``{id}`` -> ``{keyId}``) is reported once and then compared as one."""
        old_names = [m[1:-1] for m in _PATH_PARAM.findall(old.path)]
        new_names = [m[1:-1] for m in _PATH_PARAM.findall(new.path)]
        params = dict(old.parameters)
        for before, after in zip(old_names, new_names, strict=True):
            if before == after or ("path", before) not in params:
                continue
            if ("path", after) not in new.parameters or ("path", after) in old.parameters:
                continue
            params[("path", after)] = params.pop(("path", before))
            self.emit(
                where,
                Severity.BREAKING,
                ChangeKind.PARAMETER_RENAMED,
                f"path parameter {before} renamed to {after}"
                " (the generated client's keyword argument changes)",
                f"parameter path {after}",
                before,
                after,
            )
        return params

    def parameters(self, where: _Where, old_op: _Operation, new: _Operation) -> None:
        old_params = self.renamed_path_parameters(where, old_op, new)
        for key, param in old_params.items():
            if key not in new.parameters:
                self.emit(
                    where,
                    Severity.BREAKING,
                    ChangeKind.PARAMETER_REMOVED,
                    "parameter removed",
                    f"parameter {key[0]} {param['name']}",
                )
        for key, param in new.parameters.items():
            location = f"parameter {key[0]} {param['name']}"
            required = bool(param.get("required"))
            if key not in old_params:
                self.emit(
                    where,
                    Severity.BREAKING if required else Severity.NON_BREAKING,
                    ChangeKind.PARAMETER_ADDED,
                    f"{'required' if required else 'optional'} parameter added",
                    location,
                )
                continue
            before = old_params[key]
            was = bool(before.get("required"))
            if required and not was:
                self.emit(
                    where,
                    Severity.BREAKING,
                    ChangeKind.PARAMETER_REQUIRED,
                    "made required",
                    location,
                    False,
                    True,
                )
            elif was and not required:
                self.emit(
                    where,
                    Severity.NON_BREAKING,
                    ChangeKind.PARAMETER_OPTIONAL,
                    "made optional",
                    location,
                    True,
                    False,
                )
            found = self.schemas.compare(before.get("schema"), param.get("schema"), "request")
            self.emit_schema(where, location, found)

    def content(
        self, where: _Where, location: str, old: Any, new: Any, direction: Direction
    ) -> None:
        om, nm = _media_types(old), _media_types(new)
        request = direction == "request"
        body_gone = not request and not nm  # an answer that no longer has a body at all
        for media in om:
            if media not in nm:
                self.emit(
                    where,
                    Severity.BREAKING if request or body_gone else Severity.NON_BREAKING,
                    ChangeKind.MEDIA_TYPE_REMOVED,
                    f"media type {media} removed" + (" (the answer has no body now)" * body_gone),
                    location,
                    media,
                    None,
                )
        for media in nm:
            if media not in om:
                self.emit(
                    where,
                    Severity.NON_BREAKING if request else Severity.BREAKING,
                    ChangeKind.MEDIA_TYPE_ADDED,
                    f"media type {media} added",
                    location,
                    None,
                    media,
                )
        found: list[SchemaChange] = []
        for media, (nver, nschema) in nm.items():
            if media not in om:
                continue
            over, oschema = om[media]
            if over != nver:
                self.emit(
                    where,
                    Severity.BEHAVIOUR,
                    ChangeKind.MEDIA_TYPE_VERSION,
                    f"media type {media} version {over} -> {nver}",
                    location,
                    over,
                    nver,
                )
            found += self.schemas.compare(oschema, nschema, direction)
        self.emit_schema(where, location, found)

    def request_body(self, where: _Where, o: dict[str, Any], n: dict[str, Any]) -> None:
        ob, nb = resolve(self.old, o.get("requestBody")), resolve(self.new, n.get("requestBody"))
        location = "request body"
        if ob is None and nb is None:
            return
        if ob is None or nb is None:
            body = nb if ob is None else ob
            required = bool(body.get("required") or body.get("x-luna-body-required"))
            if ob is None:
                sev = Severity.BREAKING if required else Severity.NON_BREAKING
                msg = f"{'required' if required else 'optional'} request body added"
                self.emit(where, sev, ChangeKind.REQUEST_BODY_ADDED, msg, location)
            else:
                self.emit(
                    where,
                    Severity.BREAKING,
                    ChangeKind.REQUEST_BODY_REMOVED,
                    "request body removed",
                    location,
                )
            return
        was = bool(ob.get("required") or ob.get("x-luna-body-required"))
        now = bool(nb.get("required") or nb.get("x-luna-body-required"))
        if now and not was:
            self.emit(
                where,
                Severity.BREAKING,
                ChangeKind.REQUEST_BODY_REQUIRED,
                "body made required",
                location,
                False,
                True,
            )
        elif was and not now:
            self.emit(
                where,
                Severity.NON_BREAKING,
                ChangeKind.REQUEST_BODY_OPTIONAL,
                "body made optional",
                location,
                True,
                False,
            )
        self.content(where, location, ob.get("content"), nb.get("content"), "request")

    def responses(self, where: _Where, o: dict[str, Any], n: dict[str, Any]) -> None:
        old_r = {str(k): v for k, v in (o.get("responses") or {}).items()}
        new_r = {str(k): v for k, v in (n.get("responses") or {}).items()}
        for status in old_r:
            if status not in new_r:
                success = _is_success(status)
                self.emit(
                    where,
                    Severity.BREAKING if success else Severity.NON_BREAKING,
                    ChangeKind.STATUS_REMOVED,
                    f"status {status} removed",
                    f"response {status}",
                    status,
                    None,
                )
        for status, raw in new_r.items():
            location = f"response {status}"
            if status not in old_r:
                success = _is_success(status)
                self.emit(
                    where,
                    Severity.BREAKING if success else Severity.NON_BREAKING,
                    ChangeKind.STATUS_ADDED,
                    f"status {status} added"
                    + (" (a successful answer old clients do not expect)" if success else ""),
                    location,
                    None,
                    status,
                )
                continue
            before = resolve(self.old, old_r[status]) or {}
            after = resolve(self.new, raw) or {}
            self.headers(where, location, before, after)
            self.content(where, location, before.get("content"), after.get("content"), "response")

    def headers(
        self, where: _Where, location: str, before: dict[str, Any], after: dict[str, Any]
    ) -> None:
        oh = {str(k).lower(): k for k in before.get("headers") or {}}
        nh = {str(k).lower(): k for k in after.get("headers") or {}}
        for name, shown in oh.items():
            if name not in nh:
                self.emit(
                    where,
                    Severity.BREAKING,
                    ChangeKind.HEADER_REMOVED,
                    f"header {shown} removed",
                    location,
                    shown,
                    None,
                )
        for name, shown in nh.items():
            if name not in oh:
                self.emit(
                    where,
                    Severity.NON_BREAKING,
                    ChangeKind.HEADER_ADDED,
                    f"header {shown} added",
                    location,
                    None,
                    shown,
                )
        for name, shown in nh.items():
            if name not in oh:
                continue
            ohead = resolve(self.old, before["headers"][oh[name]]) or {}
            nhead = resolve(self.new, after["headers"][shown]) or {}
            was, now = bool(ohead.get("required")), bool(nhead.get("required"))
            if was != now:
                self.emit(
                    where,
                    Severity.NON_BREAKING if now else Severity.BREAKING,
                    ChangeKind.HEADER_REQUIRED if now else ChangeKind.HEADER_OPTIONAL,
                    f"header {shown} {'always sent now' if now else 'no longer always sent'}",
                    location,
                    was,
                    now,
                )
            found = self.schemas.compare(ohead.get("schema"), nhead.get("schema"), "response")
            self.emit_schema(where, f"{location} header {shown}", found)


def compare_specs(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every change from ``old`` to ``new``, breaking first, then behaviour, then the rest."""
    return _Comparer(old, new).run()
