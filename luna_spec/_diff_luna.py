"""The Luna operation semantics: the ``x-luna-*`` extensions of an operation.

What generic OpenAPI diff tools cannot see: an operation that became
destructive or critical, a role that may no longer call it, another task kind (a
``protected`` one waits for an explicit start), a login or a private session now
required, action ids and protected actions, documented error ids. Removing a
permission or adding a precondition is breaking (the same call now fails or
never runs); granting one, or changing what the appliance does, is behaviour.
"""

from __future__ import annotations

from typing import Any, Protocol

from ._diff_model import ChangeKind, Severity

__all__ = ["Emit", "actions", "as_set", "errors", "others", "requires", "semantics"]

# compared one by one below, or documentation (never compared)
_KNOWN = {
    "x-luna-destructive",
    "x-luna-destructive-reason",
    "x-luna-privileges",
    "x-luna-task",
    "x-luna-requires",
    "x-luna-requires-if",
    "x-luna-requires-unless",
    "x-luna-critical",
    "x-luna-private-session",
    "x-luna-actions",
    "x-luna-protected-actions",
    "x-luna-errors",
    "x-luna-evidence",
    "x-luna-source",
}


class Emit(Protocol):
    """Records one change of the operation being compared."""

    def __call__(
        self,
        severity: Severity,
        kind: ChangeKind,
        message: str,
        location: str = "",
        old: Any = None,
        new: Any = None,
    ) -> None: ...


def as_set(value: Any) -> set[str]:
    """A scalar or list extension value as a set of strings (empty when absent)."""
    if value is None or value is False:
        return set()
    if isinstance(value, list | tuple | set):
        return {str(v) for v in value}
    return {str(value)}


def errors(emit: Emit, o: dict[str, Any], n: dict[str, Any]) -> None:
    """Error ids (``x-luna-errors``) documented for each status, added or gone."""
    oe = {str(k): as_set(v) for k, v in (o.get("x-luna-errors") or {}).items()}
    ne = {str(k): as_set(v) for k, v in (n.get("x-luna-errors") or {}).items()}
    for status in sorted(oe.keys() | ne.keys()):
        before, after = oe.get(status, set()), ne.get(status, set())
        location = f"response {status} x-luna-errors"
        for error_id in sorted(before - after):
            emit(
                Severity.BEHAVIOUR,
                ChangeKind.ERROR_ID_REMOVED,
                f"error id {error_id} no longer documented",
                location,
                error_id,
                None,
            )
        for error_id in sorted(after - before):
            emit(
                Severity.NON_BREAKING,
                ChangeKind.ERROR_ID_ADDED,
                f"error id {error_id} added",
                location,
                None,
                error_id,
            )


def semantics(emit: Emit, o: dict[str, Any], n: dict[str, Any]) -> None:
    """The ``x-luna-*`` operation semantics."""
    od, nd = bool(o.get("x-luna-destructive")), bool(n.get("x-luna-destructive"))
    if od != nd:
        reason = n.get("x-luna-destructive-reason")
        msg = f"now destructive: {reason}" if nd else "no longer destructive"
        emit(Severity.BEHAVIOUR, ChangeKind.DESTRUCTIVE, msg, "x-luna-destructive", od, nd)
    op_, np_ = as_set(o.get("x-luna-privileges")), as_set(n.get("x-luna-privileges"))
    for role in sorted(op_ - np_):
        emit(
            Severity.BREAKING,
            ChangeKind.PRIVILEGE_REMOVED,
            f"role {role} may no longer call it",
            "x-luna-privileges",
            role,
            None,
        )
    for role in sorted(np_ - op_):
        emit(
            Severity.BEHAVIOUR,
            ChangeKind.PRIVILEGE_ADDED,
            f"role {role} may now call it",
            "x-luna-privileges",
            None,
            role,
        )
    ot, nt = o.get("x-luna-task", "none"), n.get("x-luna-task", "none")
    if ot != nt:
        protected = nt == "protected"
        emit(
            Severity.BREAKING if protected else Severity.BEHAVIOUR,
            ChangeKind.TASK_KIND,
            f"task kind {ot} -> {nt}"
            + (" (requests now wait for an explicit start)" if protected else ""),
            "x-luna-task",
            ot,
            nt,
        )
    requires(emit, o, n)
    others(emit, o, n)
    oc, nc = bool(o.get("x-luna-critical")), bool(n.get("x-luna-critical"))
    if oc != nc:
        msg = "now a critical operation" if nc else "no longer a critical operation"
        emit(Severity.BEHAVIOUR, ChangeKind.CRITICAL, msg, "x-luna-critical", oc, nc)
    ops, nps = bool(o.get("x-luna-private-session")), bool(n.get("x-luna-private-session"))
    if ops != nps:
        emit(
            Severity.BREAKING if nps else Severity.BEHAVIOUR,
            ChangeKind.PRIVATE_SESSION,
            "now requires a private session" if nps else "no longer requires a private session",
            "x-luna-private-session",
            ops,
            nps,
        )
    actions(emit, o, n)


def _conditions(op: dict[str, Any]) -> str:
    parts = []
    if op.get("x-luna-requires-if") is not None:
        parts.append(f"only when {op['x-luna-requires-if']}")
    if op.get("x-luna-requires-unless") is not None:
        parts.append(f"unless {op['x-luna-requires-unless']}")
    return f" ({', '.join(parts)})" if parts else ""


def requires(emit: Emit, o: dict[str, Any], n: dict[str, Any]) -> None:
    """The login required first (``x-luna-requires``: one login or a list of which any one
    will do), its condition (``-if``) and the body field that waives it (``-unless``)."""
    orq, nrq = as_set(o.get("x-luna-requires")), as_set(n.get("x-luna-requires"))
    where = "x-luna-requires"
    if not orq and nrq:
        logins = " or ".join(sorted(nrq))
        emit(
            Severity.BREAKING,
            ChangeKind.REQUIRES,
            f"now requires the {logins} login first{_conditions(n)}",
            where,
            None,
            sorted(nrq),
        )
    elif orq and not nrq:
        logins = " or ".join(sorted(orq))
        emit(
            Severity.BEHAVIOUR,
            ChangeKind.REQUIRES,
            f"no longer requires the {logins} login",
            where,
            sorted(orq),
            None,
        )
    elif orq != nrq:
        for login in sorted(orq - nrq):
            emit(
                Severity.BREAKING,
                ChangeKind.REQUIRES,
                f"the {login} login no longer suffices",
                where,
                login,
                None,
            )
        for login in sorted(nrq - orq):
            emit(
                Severity.BEHAVIOUR,
                ChangeKind.REQUIRES,
                f"the {login} login now suffices too",
                where,
                None,
                login,
            )
    if not orq or not nrq:
        return  # the requirement itself came or went: its conditions go with it
    for key, loosened in (
        ("x-luna-requires-if", "only when"),
        ("x-luna-requires-unless", "unless"),
    ):
        ov, nv = o.get(key), n.get(key)
        if ov == nv:
            continue
        if ov is None:
            sev, msg = Severity.BEHAVIOUR, f"the login is now required {loosened} {nv}"
        elif nv is None:
            sev, msg = Severity.BREAKING, f"the login is now required without `{loosened} {ov}`"
        else:
            sev, msg = Severity.BREAKING, f"the login's condition {ov} -> {nv}"
        emit(sev, ChangeKind.REQUIRES, msg, key, ov, nv)


def others(emit: Emit, o: dict[str, Any], n: dict[str, Any]) -> None:
    """Any other ``x-luna-*`` extension of the operation that changed (one this tool does not
    know yet): reported as behaviour, so that nothing the spec says goes unseen."""
    for key in sorted((o.keys() | n.keys()) - _KNOWN):
        if key.startswith("x-luna-") and o.get(key) != n.get(key):
            emit(
                Severity.BEHAVIOUR,
                ChangeKind.EXTENSION,
                f"{key} {o.get(key)!r} -> {n.get(key)!r}",
                key,
                o.get(key),
                n.get(key),
            )


def actions(emit: Emit, o: dict[str, Any], n: dict[str, Any]) -> None:
    """Action ids (``x-luna-actions``) and which of them create a Waiting task."""
    oa, na = as_set(o.get("x-luna-actions")), as_set(n.get("x-luna-actions"))
    for action in sorted(oa - na):
        emit(
            Severity.BREAKING,
            ChangeKind.ACTION_REMOVED,
            f"action {action} removed",
            "x-luna-actions",
            action,
            None,
        )
    for action in sorted(na - oa):
        emit(
            Severity.NON_BREAKING,
            ChangeKind.ACTION_ADDED,
            f"action {action} added",
            "x-luna-actions",
            None,
            action,
        )
    if o.get("x-luna-task") != "protected" or n.get("x-luna-task") != "protected":
        return  # a change of task kind is reported on its own
    op_ = as_set(o.get("x-luna-protected-actions", o.get("x-luna-actions")))
    np_ = as_set(n.get("x-luna-protected-actions", n.get("x-luna-actions")))
    for action in sorted(np_ - op_):
        emit(
            Severity.BREAKING,
            ChangeKind.PROTECTED_ACTIONS,
            f"action {action} now creates a Waiting task (needs an explicit start)",
            "x-luna-protected-actions",
            None,
            action,
        )
    for action in sorted((op_ - np_) & na):
        emit(
            Severity.BEHAVIOUR,
            ChangeKind.PROTECTED_ACTIONS,
            f"action {action} no longer protected (runs at once)",
            "x-luna-protected-actions",
            action,
            None,
        )
