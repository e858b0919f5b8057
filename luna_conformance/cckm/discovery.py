"""The ids of the target's own resources, for the path parameters of generated cases: each
path parameter is filled from the list operation of its resource (``{keyId}`` from
``GET .../keys``: the spec's ``/<list>/{param}`` paths say which list names which
parameter), read-only, a page each."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from typing import Any

import luna_spec
from luna_ext import CckmSession, LunaError

__all__ = ["CckmBindings", "discover", "item_paths", "list_paths"]

_LAST_PARAM = re.compile(r"^(.*)/\{(\w+)\}$")
PAGE = 50


def _pairs(spec: dict[str, Any] | None) -> dict[str, tuple[str, str]]:
    """Path parameter -> (its list path, the GET path of one resource)."""
    paths = (spec or luna_spec.load_cckm_spec())["paths"]
    out: dict[str, tuple[str, str]] = {}
    for path in paths:
        m = _LAST_PARAM.match(path)
        if not m or "get" not in paths[path]:
            continue
        parent, param = m.group(1), m.group(2)
        for candidate in (parent, parent + "/"):
            if "get" in paths.get(candidate, {}):
                out.setdefault(param, (candidate, path))
    return out


def list_paths(spec: dict[str, Any] | None = None) -> dict[str, str]:
    """Path parameter -> the path of the list operation whose resources' ids it takes."""
    return {param: pair[0] for param, pair in _pairs(spec).items()}


def item_paths(spec: dict[str, Any] | None = None) -> dict[str, str]:
    """Path parameter -> the path of the GET of one of those resources."""
    return {param: pair[1] for param, pair in _pairs(spec).items()}


@dataclass
class CckmBindings:
    """Per path parameter, the ids found (the first ones first)."""

    ids: dict[str, list[str]] = field(default_factory=dict)

    def binding_for(self, params: list[str] | tuple[str, ...], n: int = 0) -> dict[str, str]:
        out: dict[str, str] = {}
        for p in params:
            values = self.ids.get(p)
            if values:
                out[p] = values[n % len(values)]
        return out

    def summary(self) -> dict[str, int]:
        return {f"cckm {{{p}}}": len(v) for p, v in self.ids.items()}


def discover(cm: CckmSession, *, pace: float = 0.0) -> CckmBindings:
    """One page of each list operation that names a path parameter's resources."""
    found = CckmBindings()
    for param, path in list_paths().items():
        if pace:
            time.sleep(pace)
        try:
            body = cm.request("GET", path, params={"limit": PAGE})
        except LunaError:
            continue  # the operation's own cases will show what is wrong
        resources = body.get("resources", []) if isinstance(body, dict) else []
        ids = [str(r["id"]) for r in resources if isinstance(r, dict) and r.get("id")]
        if ids:
            found.ids[param] = ids
    return found
