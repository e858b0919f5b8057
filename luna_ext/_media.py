"""The appliance's vendor media types, pinned to the spec's API version."""

from __future__ import annotations

import luna_spec

__all__ = ["API_VERSION", "accept_header", "vendor_type"]

API_VERSION = luna_spec.API_VERSION


def vendor_type(kind: str = "json", version: str = API_VERSION) -> str:
    """``application/vnd.safenetinc.lunasa+{kind};version={version}``."""
    return f"application/vnd.safenetinc.lunasa+{kind};version={version}"


def accept_header(version: str = API_VERSION) -> str:
    return vendor_type("json", version)
