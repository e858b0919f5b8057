"""Ids from the target itself: a read-only walk of the appliance before the schema-driven layer.

Starting from every GET operation without path parameters (``/api/lunasa``, ``/users``,
``/tasks``, ``/api/lunasa/hsms``...), the walk follows each ``url``/``href``-like string of the
answers that matches a GET path of the spec, GET only, within a request budget, and records
for each path template the parameter values of the real resources it reached. A listing's
elements that carry only an ``id`` (no URL) name the children of the listed collection when
the spec has a ``{collection}/{param}`` path, so they are recorded (and followed) too; URLs
that match a path of another method only (an action's ``POST .../actions/{actionid}``) are
recorded, never requested. Generated
cases then address real resources (``binding_for``), whatever the appliance's HSM serial or
partition ids are; the spec's examples are never assumed."""

from __future__ import annotations

import re
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, unquote

import httpx

from luna_ext import LunaError, LunaSession

__all__ = ["Bindings", "PathTemplate", "discover", "get_operations", "path_template"]

_PARAM = re.compile(r"\{([^}]+)\}")
_PER_TEMPLATE = 4  # concrete resources kept per path template
_BINARY = ("octet-stream", "multipart")


@dataclass(frozen=True)
class PathTemplate:
    """A spec path and the regular expression that matches its concrete URLs."""

    path: str
    regex: re.Pattern[str]
    params: tuple[str, ...]


def path_template(path: str) -> PathTemplate:
    params = tuple(_PARAM.findall(path))
    literals = _PARAM.split(path)[::2]  # split() alternates literal text and parameter names
    pattern = "^" + "([^/?#]+)".join(re.escape(part) for part in literals) + "$"
    return PathTemplate(path, re.compile(pattern), params)


@dataclass
class Bindings:
    """What the walk found: per path template, the parameter values of real resources."""

    found: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    requests: int = 0
    statuses: dict[str, int] = field(default_factory=dict)  # url -> status seen

    def add(self, template: str, values: dict[str, str]) -> None:
        seen = self.found.setdefault(template, [])
        if values not in seen and len(seen) < _PER_TEMPLATE:
            seen.append(values)

    def binding_for(self, path: str, index: int = 0) -> dict[str, str]:
        """Parameter values of a real resource for the operation at ``path``: from the
        longest discovered template that ``path`` starts with (``{}`` when none)."""
        best: list[dict[str, str]] = []
        best_len = -1
        for template, values in self.found.items():
            if not values or not _PARAM.search(template):
                continue
            if (path == template or path.startswith(template + "/")) and len(template) > best_len:
                best, best_len = values, len(template)
        return dict(best[index % len(best)]) if best else {}

    def summary(self) -> dict[str, int]:
        return {t: len(v) for t, v in sorted(self.found.items()) if _PARAM.search(t)}


def _strings(body: Any) -> Iterator[str]:
    if isinstance(body, dict):
        for v in body.values():
            yield from _strings(v)
    elif isinstance(body, list):
        for v in body:
            yield from _strings(v)
    elif isinstance(body, str) and body.startswith("/"):
        yield body.split("?", 1)[0].split("#", 1)[0].rstrip("/") or "/"


def get_operations(spec: dict[str, Any]) -> Iterable[tuple[str, dict[str, Any]]]:
    """The GET operations a read-only walk may send: not destructive, not downloads."""
    for path, item in spec["paths"].items():
        op = item.get("get")
        if not op or op.get("x-luna-destructive"):
            continue
        media = " ".join(
            str(ctype)
            for resp in op.get("responses", {}).values()
            for ctype in resp.get("content", {})
        )
        if any(b in media for b in _BINARY):
            continue  # downloads: nothing to follow, and they can be large
        yield path, op


def _listed_ids(body: Any, key: str = "id") -> Iterator[str]:
    """The ids of a listing's elements: ``{"things": [{"id": ...}, ...]}`` (or the field the
    list operation's ``x-luna-item-id`` names) or a list of strings (scalars only: an id is
    never an object)."""
    if not isinstance(body, dict):
        return
    for value in body.values():
        if not isinstance(value, list):
            continue
        for item in value:
            ident = item.get(key) if isinstance(item, dict) else item
            if isinstance(ident, str | int) and not isinstance(ident, bool) and str(ident):
                yield str(ident)


def discover(
    session: LunaSession, spec: dict[str, Any], *, budget: int = 300, pace: float = 0.0
) -> Bindings:
    """Walk the target read-only: GET only, at most ``budget`` requests, ``pace`` seconds
    apart."""
    readable = {p for p, _ in get_operations(spec)}
    # every path, longest literal text first: a concrete URL names its most specific one
    templates = sorted(
        (path_template(p) for p in spec["paths"]),
        key=lambda t: -len(_PARAM.sub("", t.path)),
    )
    children = {
        t.path.rsplit("/", 1)[0]: t.path
        for t in templates
        if t.path.endswith("}") and t.path.count("/") > 1
    }
    roots = [
        p
        for p, op in get_operations(spec)
        if not _PARAM.search(p)
        and not any(q.get("required") for q in op.get("parameters", ()) if q.get("in") == "query")
    ]
    out = Bindings()
    queue: deque[tuple[str, str]] = deque((p, p) for p in sorted(roots))
    visited: set[str] = {p for p, _ in queue}
    per_template: dict[str, int] = {}

    def found(url: str, template: PathTemplate, values: tuple[str, ...]) -> None:
        if template.params:
            plain = (unquote(v) for v in values)  # the case quotes them again when sent
            out.add(template.path, dict(zip(template.params, plain, strict=True)))
        if (
            template.path in readable
            and url not in visited
            and per_template.get(template.path, 0) < _PER_TEMPLATE
        ):
            visited.add(url)
            per_template[template.path] = per_template.get(template.path, 0) + 1
            queue.append((url, template.path))

    expanded: set[str] = set()

    def expand() -> None:
        """GET paths under a discovered resource that no answer linked to: their concrete
        URLs from the bindings found so far (``/hsms/{hsmid}/roles`` once an HSM is known)."""
        for t in templates:
            if not t.params or t.path not in readable or t.path in expanded:
                continue
            for known, values in list(out.found.items()):
                if t.path == known or not t.path.startswith(known + "/") or not values:
                    continue
                if not set(t.params) <= set(values[0]):
                    continue
                expanded.add(t.path)
                for binding in values:
                    concrete = t.path
                    for name in t.params:
                        concrete = concrete.replace("{" + name + "}", quote(binding[name], safe=""))
                    m = t.regex.match(concrete)
                    if m:
                        found(concrete, t, m.groups())
                break

    for _ in range(budget):
        if not queue:
            expand()  # only once the links are exhausted: what they name comes first
            if not queue:
                break
        if out.requests >= budget:
            break
        url, template_path = queue.popleft()
        if pace and out.requests:
            time.sleep(pace)
        try:
            response = session.http.get(url)
        except (LunaError, httpx.HTTPError, OSError):
            continue
        out.requests += 1
        out.statuses[url] = response.status_code
        if response.status_code != 200:
            continue
        try:
            body = response.json()
        except ValueError:
            continue
        for s in _strings(body):
            for t in templates:
                m = t.regex.match(s)
                if m:
                    found(s, t, m.groups())
                    break
        child = children.get(template_path)
        if child is not None:
            child_template = path_template(child)
            key = str(spec["paths"][template_path]["get"].get("x-luna-item-id", "id"))
            for ident in _listed_ids(body, key):
                if "/" in ident or ident in (".", ".."):
                    continue
                concrete = f"{url}/{quote(ident, safe='')}"
                m = child_template.regex.match(concrete)
                if m:
                    found(concrete, child_template, m.groups())
    return out
