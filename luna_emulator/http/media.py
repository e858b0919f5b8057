"""The vendor media types (``application/vnd.safenetinc.lunasa+<type>;version=N``): the one
pattern that reads them, and the resource version a request names."""

from __future__ import annotations

import functools
import re

from .. import errors as E
from ..spec_index import SpecIndex
from .limits import Head

__all__ = ["VENDOR", "check_version", "vendor_type"]

# type, subtype and parameter names are case-insensitive (RFC 9110, 8.3.1); the
# parameter's value (the version) is matched as sent
VENDOR = re.compile(
    r"^application/vnd\.safenetinc\.lunasa\+([a-z-]+)\s*(?:;\s*version=([^;,\s]*))?",
    re.IGNORECASE,
)
_PREFIX = "application/vnd.safenetinc.lunasa+"


def vendor_type(kind: str) -> str:
    """The media type without parameters, as the spec's request bodies key it (the
    subtype's suffix in lower case, however the request spelled it)."""
    return _PREFIX + kind.lower()


@functools.lru_cache(maxsize=256)
def _named_version(header: str) -> str | None:
    """The ``version=`` a media type names ("" for none); None when it is not a vendor
    type (a few header values recur: read each once)."""
    m = VENDOR.match(header.strip())
    if not m:
        return None
    return m.group(2) or ""


def check_version(index: SpecIndex, head: Head) -> str:
    """The ``version=`` the request names ("" for none); one the spec does not list
    (``info.x-luna-api-versions``) is refused."""
    header = head.get(b"content-type") or head.get(b"accept")
    version = _named_version(header) if header else None
    if version is None:
        return ""
    if version not in index.api_versions:
        raise E.BadRequest(
            f"resource version {version!r} is not supported "
            f"(supported: {', '.join(v for v in index.api_versions if v)})"
        )
    return version
