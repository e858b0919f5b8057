"""A ``Reply`` as the appliance sends it: the vendor media type, CORS headers, JSON
without spaces, binary bodies as octet-stream."""

from __future__ import annotations

import json
import threading
from typing import Any

from starlette.responses import FileResponse, Response

import luna_spec

from ..dispatch import Reply

__all__ = ["serialize"]

RESPONSE_TYPE = luna_spec.VENDOR_JSON
CORS = {"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Credentials": "true"}
_JSON = json.JSONEncoder(separators=(",", ":"))  # json.dumps(..., separators=...), built once
_LOCAL = threading.local()


def _c_encoder() -> Any:
    """What ``_JSON.encode`` builds for each call (json's C encoder with its settings and a
    fresh dict of the containers being encoded, for the circular-reference check)."""
    e = _JSON
    return json.encoder.c_make_encoder(  # type: ignore[attr-defined]
        {} if e.check_circular else None,
        e.default,
        json.encoder.encode_basestring_ascii,
        e.indent,
        e.key_separator,
        e.item_separator,
        e.sort_keys,
        e.skipkeys,
        e.allow_nan,
    )


def _encode(body: Any) -> bytes:
    """``_JSON.encode(body).encode()``, with the C encoder built once per thread (building
    it cost a small answer more than encoding it)."""
    if json.encoder.c_make_encoder is None:  # type: ignore[attr-defined]
        return _JSON.encode(body).encode()
    encoder = getattr(_LOCAL, "encoder", None)
    if encoder is None:
        encoder = _LOCAL.encoder = _c_encoder()
    try:
        return "".join(encoder(body, 0)).encode()
    except BaseException:
        _LOCAL.encoder = None  # its circular-reference dict may keep what it held
        raise


# the CORS headers as Starlette writes them (lower-case names, latin-1), encoded once
_CORS_RAW = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in CORS.items()]
_CORS_NAMES = frozenset(k.lower() for k in CORS)
# names Starlette's Response fills in itself unless given
_FILLED = frozenset({"content-length", "content-type"})


_CONTENT_TYPE = (b"content-type", RESPONSE_TYPE.encode("latin-1"))


class _Prepared(Response):
    """A response given its header list as Starlette's ``Response`` would write it (the
    CORS headers are encoded once, not per answer)."""

    def __init__(
        self,
        body: bytes,
        status: int,
        raw_headers: list[tuple[bytes, bytes]],
        media_type: str | None = None,
    ) -> None:
        self.status_code = status
        if media_type is not None:
            self.media_type = media_type
        self.background = None
        self.body = body
        self.raw_headers = raw_headers


def _first_headers(extra: dict[str, str]) -> list[tuple[bytes, bytes]] | None:
    """``{**CORS, **extra}`` as Starlette encodes it (lower-case names, latin-1, in that
    order); None when ``extra`` names a CORS header (the dict would merge or keep both by
    case) or one Starlette fills in itself: then Starlette's own ``Response`` decides."""
    if not extra:
        return list(_CORS_RAW)
    names = [k.lower() for k in extra]
    if not _CORS_NAMES.isdisjoint(names) or not _FILLED.isdisjoint(names):
        return None
    encoded = zip(names, extra.values(), strict=True)
    return [*_CORS_RAW, *((n.encode("latin-1"), v.encode("latin-1")) for n, v in encoded)]


def serialize(reply: Reply, content_type: str = "") -> Response:
    """The response; ``content_type`` replaces the JSON media type (fault injection)."""
    if reply.file is not None:
        headers = {**CORS, **reply.headers}
        return FileResponse(
            reply.file, reply.status, headers, media_type=luna_spec.VENDOR_OCTET_STREAM
        )
    if reply.raw is not None:
        headers = {**CORS, **reply.headers}
        return Response(reply.raw, reply.status, headers, media_type=luna_spec.VENDOR_OCTET_STREAM)
    if (reply.body is None and reply.status in (204, 304)) or reply.status < 200:
        # no body, no media type: Starlette adds no content-length to these statuses
        raw = _first_headers(reply.headers)
        if raw is not None:
            return _Prepared(b"", reply.status, raw)
        return Response(b"", reply.status, {**CORS, **reply.headers})
    payload = _encode(reply.body if reply.body is not None else {})
    if not content_type:
        raw = _first_headers(reply.headers)
        if raw is not None:  # then content-length (not for 204 and 304) and content-type
            if reply.status not in (204, 304):
                raw.append((b"content-length", str(len(payload)).encode("latin-1")))
            raw.append(_CONTENT_TYPE)
            return _Prepared(payload, reply.status, raw, RESPONSE_TYPE)
    headers = {**CORS, **reply.headers}
    return Response(payload, reply.status, headers, media_type=content_type or RESPONSE_TYPE)
