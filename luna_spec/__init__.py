"""luna_spec: the hand-maintained OpenAPI description of the Luna appliance REST API.

This package is the bottom layer of luna-rest-kit. It ships ``luna.yaml`` and
gives the other layers one way to read it::

    from luna_spec import load_spec, API_VERSION
    spec = load_spec()          # parsed dict, cached
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from luna_spec.cckm import (
    CCKM_METHODS,
    cckm_spec_path,
    cckm_spec_sha256,
    iter_cckm_operations,
    load_cckm_spec,
)

from ._documents import METHODS, document_path, document_sha256, load_document

__all__ = [
    "API_VERSION",
    "CCKM_METHODS",
    "METHODS",
    "VENDOR_JSON",
    "VENDOR_MULTIPART",
    "VENDOR_OCTET_STREAM",
    "cckm_spec_path",
    "cckm_spec_sha256",
    "iter_cckm_operations",
    "iter_operations",
    "load_cckm_spec",
    "load_spec",
    "spec_path",
    "spec_sha256",
]


def _api_version() -> str:
    """``info.x-luna-api-version`` of the spec, read without parsing the whole document
    (importing luna_ext must stay cheap); the spec lint checks it matches the parsed value."""
    path = document_path("luna.yaml")
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r"""\s+x-luna-api-version:\s*["']?([^"'\s#]+)""", line)
            if m:
                return m.group(1)
    raise ValueError(f"{path} declares no info.x-luna-api-version")


API_VERSION = _api_version()
VENDOR_JSON = f"application/vnd.safenetinc.lunasa+json;version={API_VERSION}"
VENDOR_OCTET_STREAM = f"application/vnd.safenetinc.lunasa+octet-stream;version={API_VERSION}"
VENDOR_MULTIPART = f"application/vnd.safenetinc.lunasa+multipart;version={API_VERSION}"


def spec_path() -> Path:
    """Path of ``luna.yaml`` (inside the installed package or the source tree)."""
    return document_path("luna.yaml")


def spec_sha256() -> str:
    return document_sha256("luna.yaml")


def load_spec() -> dict[str, Any]:
    """The parsed spec. Cached: treat it as read-only."""
    return load_document("luna.yaml")


def iter_operations(spec: dict[str, Any] | None = None) -> list[tuple[str, str, dict[str, Any]]]:
    """``(METHOD, path, operation)`` for every operation, in file order."""
    spec = load_spec() if spec is None else spec
    out = []
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                out.append((method.upper(), path, item[method]))
    return out


# The spec diff (`python -m luna_spec diff`), for other tools: see luna_spec.diff.
from .diff import Change, ChangeKind, Severity, SpecDiff, diff_specs  # noqa: E402

__all__ += ["Change", "ChangeKind", "Severity", "SpecDiff", "diff_specs"]
