"""A ``Reply`` as the appliance sends it: the vendor media type, CORS headers, JSON
without spaces, binary bodies as octet-stream."""

from __future__ import annotations

import json

from starlette.responses import FileResponse, Response

import luna_spec

from ..dispatch import Reply

__all__ = ["serialize"]

RESPONSE_TYPE = luna_spec.VENDOR_JSON
CORS = {"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Credentials": "true"}
_JSON = json.JSONEncoder(separators=(",", ":"))  # json.dumps(..., separators=...), built once
# the CORS headers as Starlette writes them (lower-case names, latin-1), encoded once
_CORS_RAW = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in CORS.items()]
_CORS_NAMES = frozenset(k.lower() for k in CORS)
# names Starlette's Response fills in itself unless given
_FILLED = frozenset({"content-length", "content-type"})


def _with_cors(response: Response, extra: dict[str, str]) -> Response | None:
    """``response`` (built without headers) with the headers ``{**CORS, **extra}`` put
    first, as Starlette's ``Response(..., headers={**CORS, **extra})`` writes them, without
    encoding the CORS headers again; None when ``extra`` names a CORS header or one that
    Starlette fills in itself (the general path then decides)."""
    raw = _CORS_RAW
    if extra:
        names = [k.lower() for k in extra]
        if not _CORS_NAMES.isdisjoint(names) or not _FILLED.isdisjoint(names):
            return None
        encoded = zip(names, extra.values(), strict=True)
        raw = [*raw, *((n.encode("latin-1"), v.encode("latin-1")) for n, v in encoded)]
    response.raw_headers[:0] = raw  # before content-length and content-type, as Starlette
    return response


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
        empty = _with_cors(Response(b"", reply.status), reply.headers)
        return empty or Response(b"", reply.status, {**CORS, **reply.headers})
    payload = _JSON.encode(reply.body if reply.body is not None else {}).encode()
    media_type = content_type or RESPONSE_TYPE
    answer = _with_cors(Response(payload, reply.status, media_type=media_type), reply.headers)
    return answer or Response(
        payload, reply.status, {**CORS, **reply.headers}, media_type=media_type
    )
