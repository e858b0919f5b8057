"""CipherTrust lists: filters, ``sort`` and ``skip``/``limit`` into the envelope
``{skip, limit, total, resources}``.

A filter (any query parameter of the operation other than skip, limit and sort) keeps
the resources whose field of the same name equals it (a string ending in ``*`` matches
as a prefix; an array field matches when it holds the value). A parameter that names no
field of the resources (the time filters, ``meta_contains``) is not applied. ``limit``
defaults to 10 (CM's default elsewhere); ``-1`` returns everything.
"""

from __future__ import annotations

from typing import Any

__all__ = ["DEFAULT_LIMIT", "envelope"]

DEFAULT_LIMIT = 10
_PAGING = {"skip", "limit", "sort"}


def _matches(value: Any, wanted: Any) -> bool:
    if isinstance(value, list):
        return wanted in value
    if isinstance(wanted, str) and wanted.endswith("*") and isinstance(value, str):
        return value.startswith(wanted[:-1])
    return bool(value == wanted)


def _sort_key(value: Any) -> tuple[int, Any]:
    if value is None:
        return (0, "")
    if isinstance(value, bool | int | float):
        return (1, value)
    return (2, str(value))


def envelope(
    resources: list[dict[str, Any]], query: dict[str, Any], handled: tuple[str, ...] = ()
) -> dict[str, Any]:
    items = list(resources)
    fields = {name for r in items for name in r}
    for name, wanted in query.items():
        if name in _PAGING or name in handled or name not in fields:
            continue
        items = [r for r in items if name in r and _matches(r[name], wanted)]
    sort = query.get("sort") or ""
    for name in reversed([s.strip() for s in sort.split(",") if s.strip()]):
        field = name.lstrip("-")

        def key(r: dict[str, Any], f: str = field) -> tuple[int, Any]:
            return _sort_key(r.get(f))

        items.sort(key=key, reverse=name.startswith("-"))
    skip = int(query.get("skip", 0))
    limit = int(query.get("limit", DEFAULT_LIMIT))
    page = items[skip:] if limit < 0 else items[skip : skip + limit]
    return {"skip": skip, "limit": limit, "total": len(items), "resources": page}
