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


def serialize(reply: Reply, content_type: str = "") -> Response:
    """The response; ``content_type`` replaces the JSON media type (fault injection)."""
    headers = {**CORS, **reply.headers}
    if reply.file is not None:
        return FileResponse(
            reply.file, reply.status, headers, media_type=luna_spec.VENDOR_OCTET_STREAM
        )
    if reply.raw is not None:
        return Response(reply.raw, reply.status, headers, media_type=luna_spec.VENDOR_OCTET_STREAM)
    if (reply.body is None and reply.status in (204, 304)) or reply.status < 200:
        return Response(b"", reply.status, headers)
    payload = _JSON.encode(reply.body if reply.body is not None else {})
    return Response(
        payload.encode(), reply.status, headers, media_type=content_type or RESPONSE_TYPE
    )
