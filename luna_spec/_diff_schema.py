"""Comparison of two JSON schemas (request or response side), following ``$ref``.

The rules depend on the direction of the data. A request schema constrains what
the client sends: narrowing it (a smaller maximum, an enum value removed, a new
required field) can make a request that used to be valid fail, so it is
breaking; widening it is not. A response schema is a promise about what the
client receives: widening it (an enum value added, a larger maximum, a field made
optional or nullable) breaks a client that relied on the promise, narrowing it
does not. Two facts of the generated client refine this: unknown response fields
land in ``additional_properties`` (so a response that allows extra fields is not
breaking), and any change of ``type`` or of a non-numeric ``format`` changes the
generated Python types (so it is always breaking).

Schemas reached through ``$ref`` are compared once per pair of references and
direction; changes inside a named component schema carry its name and the path
relative to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any, Literal

from ._diff_model import ChangeKind, Severity

__all__ = ["Direction", "SchemaChange", "SchemaComparer", "child_path", "resolve"]

Direction = Literal["request", "response"]

_LOWER = ("minimum", "minLength", "minItems", "minProperties")
_UPPER = ("maximum", "maxLength", "maxItems", "maxProperties")
_NUMERIC_WIDTH = {("int32", "int64"), ("float", "double")}
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_SCHEMA_REF = "#/components/schemas/"


@dataclass(frozen=True)
class SchemaChange:
    """A change found inside a schema; ``path`` is a JSON path from the compared root."""

    severity: Severity
    kind: ChangeKind
    message: str
    path: str
    schema: str | None = None
    schema_path: str | None = None
    old: Any = None
    new: Any = None


def child_path(path: str, name: str) -> str:
    """The JSON path of member ``name`` under ``path``."""
    if _IDENT.fullmatch(name):
        return f"{path}.{name}"
    return f"{path}['{name}']"


def _pointer(root: dict[str, Any], ref: str) -> Any:
    if not ref.startswith("#/"):
        raise ValueError(f"only local references are supported, not {ref!r}")
    node: Any = root
    for raw in ref[2:].split("/"):
        key = raw.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or key not in node:
            raise ValueError(f"unresolvable reference {ref!r}")
        node = node[key]
    return node


def resolve(root: dict[str, Any], node: Any) -> Any:
    """``node`` with any chain of local ``$ref`` followed inside ``root``."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in seen:
            raise ValueError(f"circular reference {ref!r}")
        seen.add(ref)
        node = _pointer(root, ref)
    return node


def _ref(node: Any) -> str | None:
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        return str(node["$ref"])
    return None


def _schema_name(ref: str | None) -> str | None:
    if ref and ref.startswith(_SCHEMA_REF):
        return ref[len(_SCHEMA_REF) :]
    return None


def _show(value: Any) -> str:
    return "unset" if value is None else repr(value)


def _severity(direction: Direction, narrowed: bool) -> Severity:
    """Severity of a narrowed (or widened) constraint on one side of the exchange."""
    if direction == "request":
        return Severity.BREAKING if narrowed else Severity.NON_BREAKING
    return Severity.NON_BREAKING if narrowed else Severity.BREAKING


def _bound_change(
    key: str, old: Any, new: Any, direction: Direction, path: str, lower: bool
) -> SchemaChange:
    if old is None:
        narrowed = True
    elif new is None:
        narrowed = False
    else:
        narrowed = new > old if lower else new < old
    kind = ChangeKind.CONSTRAINT_NARROWED if narrowed else ChangeKind.CONSTRAINT_WIDENED
    word = "narrowed" if narrowed else "widened"
    return SchemaChange(
        _severity(direction, narrowed),
        kind,
        f"{key} {word}: {_show(old)} -> {_show(new)}",
        path,
        old=old,
        new=new,
    )


def _constraint(
    direction: Direction, narrowed: bool, message: str, path: str, old: Any, new: Any
) -> SchemaChange:
    kind = ChangeKind.CONSTRAINT_NARROWED if narrowed else ChangeKind.CONSTRAINT_WIDENED
    return SchemaChange(_severity(direction, narrowed), kind, message, path, old=old, new=new)


class SchemaComparer:
    """Compares schemas of two specs; one instance per pair of specs (it memoizes)."""

    def __init__(self, old_root: dict[str, Any], new_root: dict[str, Any]) -> None:
        self._old_root = old_root
        self._new_root = new_root
        self._memo: dict[tuple[str | None, str | None, Direction], list[SchemaChange]] = {}
        self._cycles_cut = 0

    def compare(self, old: Any, new: Any, direction: Direction) -> list[SchemaChange]:
        """Every change from schema ``old`` to schema ``new``, JSON paths from ``$``."""
        return self._walk(old, new, "$", direction, ())

    # -- traversal -------------------------------------------------------------

    def _walk(
        self,
        old: Any,
        new: Any,
        path: str,
        direction: Direction,
        stack: tuple[tuple[str | None, str | None], ...],
    ) -> list[SchemaChange]:
        old_ref, new_ref = _ref(old), _ref(new)
        if old_ref is None and new_ref is None:
            return self._compare(old, new, path, direction, stack)
        pair = (old_ref, new_ref)
        if pair in stack:
            self._cycles_cut += 1
            return []
        key = (old_ref, new_ref, direction)
        # only a pair of references names the same comparison everywhere it appears
        rel = self._memo.get(key) if old_ref and new_ref else None
        if rel is None:
            cut_before = self._cycles_cut
            rel = self._compare(
                resolve(self._old_root, old),
                resolve(self._new_root, new),
                "$",
                direction,
                (*stack, pair),
            )
            name = _schema_name(new_ref) or _schema_name(old_ref)
            if name is not None:
                rel = [c if c.schema else replace(c, schema=name, schema_path=c.path) for c in rel]
            if old_ref and new_ref and self._cycles_cut == cut_before:
                self._memo[key] = rel  # complete: no cycle was cut below it
        return [replace(c, path=path + c.path[1:]) for c in rel]

    def _flatten(self, schema: Any, root: dict[str, Any], depth: int = 0) -> dict[str, Any]:
        """The schema as a dict, with ``allOf`` members merged into it."""
        if not isinstance(schema, dict):
            return {}
        if "allOf" not in schema or depth > 8:
            return schema
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        props: dict[str, Any] = dict(merged.get("properties") or {})
        required: list[str] = list(merged.get("required") or [])
        for part in schema["allOf"]:
            member = self._flatten(resolve(root, part), root, depth + 1)
            props.update(member.get("properties") or {})
            required += [r for r in member.get("required") or [] if r not in required]
            for k, v in member.items():
                if k not in ("properties", "required"):
                    merged.setdefault(k, v)
        if props:
            merged["properties"] = props
        if required:
            merged["required"] = required
        return merged

    def _compare(
        self,
        old_schema: Any,
        new_schema: Any,
        path: str,
        direction: Direction,
        stack: tuple[tuple[str | None, str | None], ...],
    ) -> list[SchemaChange]:
        old = self._flatten(old_schema, self._old_root)
        new = self._flatten(new_schema, self._new_root)
        retyped = self._types(old, new, path, direction)
        if retyped is not None:
            return [retyped]
        out: list[SchemaChange] = []
        out += self._format(old, new, path, direction)
        out += self._keywords(old, new, path, direction)
        out += self._properties(old, new, path, direction, stack)
        out += self._additional(old, new, path, direction, stack)
        out += self._items(old, new, path, direction, stack)
        out += self._variants(old, new, path, direction, stack)
        return out

    # -- one aspect each ------------------------------------------------------

    @staticmethod
    def _types(
        old: dict[str, Any], new: dict[str, Any], path: str, direction: Direction
    ) -> SchemaChange | None:
        """A change of ``type`` that makes comparing further meaningless, or None."""
        ot, nt = old.get("type"), new.get("type")
        if ot == nt:
            return None
        if (ot, nt) == ("integer", "number") or (ot is not None and nt is None):
            return None  # widened: reported by _keywords
        if (ot, nt) == ("number", "integer") or ot is None:
            return None  # narrowed: reported by _keywords
        return SchemaChange(
            Severity.BREAKING, ChangeKind.RETYPED, f"type {ot} -> {nt}", path, old=ot, new=nt
        )

    @staticmethod
    def _format(
        old: dict[str, Any], new: dict[str, Any], path: str, direction: Direction
    ) -> list[SchemaChange]:
        of, nf = old.get("format"), new.get("format")
        if of == nf:
            return []
        if (of, nf) in _NUMERIC_WIDTH:
            return [_constraint(direction, False, f"format widened: {of} -> {nf}", path, of, nf)]
        if (nf, of) in _NUMERIC_WIDTH:
            return [_constraint(direction, True, f"format narrowed: {of} -> {nf}", path, of, nf)]
        message = f"format {_show(of)} -> {_show(nf)}"
        return [SchemaChange(Severity.BREAKING, ChangeKind.RETYPED, message, path, old=of, new=nf)]

    @staticmethod
    def _keywords(
        old: dict[str, Any], new: dict[str, Any], path: str, direction: Direction
    ) -> list[SchemaChange]:
        """Type widening, nullable, enum, bounds, pattern, uniqueness, ``not``, default."""
        out: list[SchemaChange] = []
        ot, nt = old.get("type"), new.get("type")
        if ot != nt:  # only the compatible cases reach here
            narrowed = ot is None or (ot, nt) == ("number", "integer")
            out.append(_constraint(direction, narrowed, f"type {ot} -> {nt}", path, ot, nt))
        on, nn = bool(old.get("nullable", False)), bool(new.get("nullable", False))
        if on != nn:
            word = "nullable" if nn else "no longer nullable"
            out.append(
                SchemaChange(
                    _severity(direction, not nn),
                    ChangeKind.NULLABLE,
                    f"now {word}" if nn else word,
                    path,
                    old=on,
                    new=nn,
                )
            )
        out += _enum(old.get("enum"), new.get("enum"), path, direction)
        for keys, lower in ((_LOWER, True), (_UPPER, False)):
            for key in keys:
                ov, nv = old.get(key), new.get(key)
                if ov != nv:
                    out.append(_bound_change(key, ov, nv, direction, path, lower))
        for key, lower in (("exclusiveMinimum", True), ("exclusiveMaximum", False)):
            ov, nv = old.get(key), new.get(key)
            if ov == nv:
                continue
            if isinstance(ov, bool) or isinstance(nv, bool):
                narrowed = bool(nv)
                msg = f"{key} {'narrowed' if narrowed else 'widened'}: {_show(ov)} -> {_show(nv)}"
                out.append(_constraint(direction, narrowed, msg, path, ov, nv))
            else:
                out.append(_bound_change(key, ov, nv, direction, path, lower))
        out += _multiple_of(old.get("multipleOf"), new.get("multipleOf"), path, direction)
        ou, nu = bool(old.get("uniqueItems", False)), bool(new.get("uniqueItems", False))
        if ou != nu:
            msg = f"uniqueItems {'narrowed' if nu else 'widened'}: {ou} -> {nu}"
            out.append(_constraint(direction, nu, msg, path, ou, nu))
        op_, np_ = old.get("pattern"), new.get("pattern")
        if op_ != np_:
            if op_ is None or np_ is None:
                narrowed = op_ is None
                word = "narrowed" if narrowed else "widened"
                msg = f"pattern {word}: {_show(op_)} -> {_show(np_)}"
                out.append(_constraint(direction, narrowed, msg, path, op_, np_))
            else:
                out.append(
                    SchemaChange(
                        Severity.BREAKING,
                        ChangeKind.CONSTRAINT_CHANGED,
                        f"pattern changed: {op_!r} -> {np_!r}",
                        path,
                        old=op_,
                        new=np_,
                    )
                )
        if old.get("not") != new.get("not"):
            out.append(
                SchemaChange(
                    Severity.BREAKING,
                    ChangeKind.CONSTRAINT_CHANGED,
                    "`not` schema changed",
                    path,
                    old=old.get("not"),
                    new=new.get("not"),
                )
            )
        od, nd = old.get("default"), new.get("default")
        if od != nd and direction == "request":
            out.append(
                SchemaChange(
                    Severity.BEHAVIOUR,
                    ChangeKind.DEFAULT,
                    f"default {_show(od)} -> {_show(nd)} (what the appliance assumes when omitted)",
                    path,
                    old=od,
                    new=nd,
                )
            )
        return out

    def _properties(
        self,
        old: dict[str, Any],
        new: dict[str, Any],
        path: str,
        direction: Direction,
        stack: tuple[tuple[str | None, str | None], ...],
    ) -> list[SchemaChange]:
        out: list[SchemaChange] = []
        oprops: dict[str, Any] = old.get("properties") or {}
        nprops: dict[str, Any] = new.get("properties") or {}
        oreq = set(old.get("required") or [])
        nreq = set(new.get("required") or [])
        request = direction == "request"
        for name in nprops:
            if name in oprops:
                continue
            required = name in nreq
            sev = Severity.BREAKING if request and required else Severity.NON_BREAKING
            msg = f"{'required' if required else 'optional'} field added"
            out.append(SchemaChange(sev, ChangeKind.FIELD_ADDED, msg, child_path(path, name)))
        for name in oprops:
            if name not in nprops:
                out.append(
                    SchemaChange(
                        Severity.BREAKING,
                        ChangeKind.FIELD_REMOVED,
                        "field removed",
                        child_path(path, name),
                    )
                )
        names = [n for n in nprops if n in oprops]
        names += sorted((oreq ^ nreq) - set(oprops) - set(nprops))
        for name in names:
            child = child_path(path, name)
            was, now = name in oreq, name in nreq
            if now and not was:
                sev = Severity.BREAKING if request else Severity.NON_BREAKING
                out.append(SchemaChange(sev, ChangeKind.FIELD_REQUIRED, "made required", child))
            elif was and not now:
                sev = Severity.NON_BREAKING if request else Severity.BREAKING
                out.append(SchemaChange(sev, ChangeKind.FIELD_OPTIONAL, "made optional", child))
            if name in oprops and name in nprops:
                out += self._walk(oprops[name], nprops[name], child, direction, stack)
        return out

    def _additional(
        self,
        old: dict[str, Any],
        new: dict[str, Any],
        path: str,
        direction: Direction,
        stack: tuple[tuple[str | None, str | None], ...],
    ) -> list[SchemaChange]:
        oa = old.get("additionalProperties", True)
        na = new.get("additionalProperties", True)
        if isinstance(oa, dict) and isinstance(na, dict):
            return self._walk(oa, na, f"{path}.*", direction, stack)
        if oa == na:
            return []
        # True is the loosest; a schema lies between; False the strictest.
        rank = {True: 2, False: 0}
        orank = rank.get(oa, 1) if isinstance(oa, bool) else 1
        nrank = rank.get(na, 1) if isinstance(na, bool) else 1
        if orank == nrank:
            return []
        narrowed = nrank < orank
        word = "narrowed" if narrowed else "widened"
        sev = _severity(direction, narrowed) if direction == "request" else Severity.NON_BREAKING
        kind = ChangeKind.CONSTRAINT_NARROWED if narrowed else ChangeKind.CONSTRAINT_WIDENED
        show_o = oa if isinstance(oa, bool) else "schema"
        show_n = na if isinstance(na, bool) else "schema"
        msg = f"additionalProperties {word}: {show_o} -> {show_n}"
        return [SchemaChange(sev, kind, msg, path, old=show_o, new=show_n)]

    def _items(
        self,
        old: dict[str, Any],
        new: dict[str, Any],
        path: str,
        direction: Direction,
        stack: tuple[tuple[str | None, str | None], ...],
    ) -> list[SchemaChange]:
        oi, ni = old.get("items"), new.get("items")
        if oi is None and ni is None:
            return []
        if oi is not None and ni is not None:
            return self._walk(oi, ni, f"{path}[*]", direction, stack)
        narrowed = oi is None
        msg = f"items schema {'added' if narrowed else 'removed'}"
        return [_constraint(direction, narrowed, msg, f"{path}[*]", None, None)]

    def _variants(
        self,
        old: dict[str, Any],
        new: dict[str, Any],
        path: str,
        direction: Direction,
        stack: tuple[tuple[str | None, str | None], ...],
    ) -> list[SchemaChange]:
        out: list[SchemaChange] = []
        for key in ("oneOf", "anyOf"):
            ol, nl = old.get(key), new.get(key)
            if ol is None and nl is None:
                continue
            if ol is None or nl is None:
                msg = f"{key} {'added' if ol is None else 'removed'}"
                out.append(
                    SchemaChange(Severity.BREAKING, ChangeKind.CONSTRAINT_CHANGED, msg, path)
                )
                continue
            for o_variant, n_variant in zip(ol, nl, strict=False):
                out += self._walk(o_variant, n_variant, path, direction, stack)
            if len(nl) != len(ol):
                narrowed = len(nl) < len(ol)
                msg = f"{key} variants {len(ol)} -> {len(nl)}"
                out.append(_constraint(direction, narrowed, msg, path, len(ol), len(nl)))
        return out


def _enum(old: Any, new: Any, path: str, direction: Direction) -> list[SchemaChange]:
    if old == new:
        return []
    if old is None:
        return [_constraint(direction, True, f"enum added: {new!r}", path, None, new)]
    if new is None:
        return [_constraint(direction, False, f"enum removed: was {old!r}", path, old, None)]
    out = [
        SchemaChange(
            _severity(direction, False),
            ChangeKind.ENUM_VALUE_ADDED,
            f"enum value {value!r} added",
            path,
            new=value,
        )
        for value in new
        if value not in old
    ]
    out += [
        SchemaChange(
            _severity(direction, True),
            ChangeKind.ENUM_VALUE_REMOVED,
            f"enum value {value!r} removed",
            path,
            old=value,
        )
        for value in old
        if value not in new
    ]
    return out


def _multiple_of(old: Any, new: Any, path: str, direction: Direction) -> list[SchemaChange]:
    if old == new:
        return []
    if old is None or new is None:
        narrowed = old is None
    elif new % old == 0:
        narrowed = True
    elif old % new == 0:
        narrowed = False
    else:
        msg = f"multipleOf changed: {old} -> {new}"
        return [
            SchemaChange(
                Severity.BREAKING, ChangeKind.CONSTRAINT_CHANGED, msg, path, old=old, new=new
            )
        ]
    word = "narrowed" if narrowed else "widened"
    msg = f"multipleOf {word}: {_show(old)} -> {_show(new)}"
    return [_constraint(direction, narrowed, msg, path, old, new)]
