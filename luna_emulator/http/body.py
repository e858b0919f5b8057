"""The request body: read into memory (bounded) or, for an operation with
``x-luna-streamed``, spooled to disk; parsed by its vendor media type and validated
against the spec's schema."""

from __future__ import annotations

import json
import tempfile
from typing import Any

from starlette.requests import Request

from .. import errors as E
from ..multipart import parse_multipart
from ..spec_index import Operation
from .media import VENDOR, vendor_type

__all__ = ["MAX_BUFFERED_BODY", "MAX_JSON_BODY", "read_body"]

MAX_JSON_BODY = 1 << 20
MAX_BUFFERED_BODY = 64 << 20
_WITH_BODY = frozenset({"POST", "PUT", "PATCH"})


async def _spool(request: Request) -> Any:
    """The request body in a spooled temporary file (memory bounded, any size)."""
    spooled = tempfile.SpooledTemporaryFile(max_size=1 << 20)  # noqa: SIM115 (handed on)
    async for chunk in request.stream():
        spooled.write(chunk)
    spooled.seek(0)
    return spooled


async def _read(request: Request, limit: int) -> bytes:
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > limit:
            raise E.FileUploadLimitExceed(f"the body is larger than {limit} bytes")
    return bytes(body)


async def read_body(request: Request, op: Operation) -> tuple[Any, str]:
    """(body, media type without parameters); (None, "") for none."""
    if op.method not in _WITH_BODY:
        return None, ""
    ctype = request.headers.get("content-type", "")
    m = VENDOR.match(ctype.strip())
    if m and op.streamed and vendor_type(m.group(1)) in op.bodies:
        spooled = await _spool(request)
        if m.group(1) == "multipart":
            return parse_multipart(ctype, spooled, spool=True), vendor_type(m.group(1))
        return spooled, vendor_type(m.group(1))
    raw = await _read(request, MAX_BUFFERED_BODY)
    if not raw and not op.body_required:
        return None, ""
    if not m:
        raise E.BadRequest(
            "Content-Type must be application/vnd.safenetinc.lunasa+"
            f"(json|octet-stream|multipart);version=N, not {ctype!r}"
        )
    media = vendor_type(m.group(1))
    if media not in op.bodies:
        raise E.BadRequest(
            f"{op.method} {op.path} does not accept {media} "
            f"(it accepts {', '.join(sorted(op.bodies)) or 'no body'})"
        )
    if m.group(1) == "multipart":
        return parse_multipart(ctype, raw), media
    if m.group(1) != "json":
        return raw, media
    return _json(raw, op.bodies[media]), media


def _json(raw: bytes, validator: Any) -> Any:
    if len(raw) > MAX_JSON_BODY:
        raise E.BadRequest(f"the JSON body is larger than {MAX_JSON_BODY} bytes")
    try:
        body = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise E.BadRequest("the body is not valid UTF-8") from None
    except json.JSONDecodeError as exc:
        raise E.BadRequest(f"malformed JSON: {exc.msg} at position {exc.pos}") from None
    except RecursionError:
        raise E.BadRequest(f"the JSON body nests deeper than {MAX_JSON_DEPTH} levels") from None
    _check_structure(body)
    if validator is not None:
        error = next(iter(validator.iter_errors(body)), None)
        if error is not None:
            where = "/".join(str(p) for p in error.instance_path) or "body"
            raise E.BadRequest(f"{where}: {error.message}")
    return body


MAX_JSON_DEPTH = 32  # the appliance's bodies nest three or four levels


def _check_structure(body: Any) -> None:
    """Refuse, with the appliance's bad-request answer, what no body of this API holds and
    what would fail deeper down: nesting beyond MAX_JSON_DEPTH, and strings (or keys) with
    lone UTF-16 surrogates (``"\\ud800"``), which cannot be encoded back."""
    stack: list[tuple[Any, int]] = [(body, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, str):
            _check_text(value)
        elif isinstance(value, dict | list):
            if depth > MAX_JSON_DEPTH:
                raise E.BadRequest(f"the JSON body nests deeper than {MAX_JSON_DEPTH} levels")
            items = value.items() if isinstance(value, dict) else enumerate(value)
            for key, item in items:
                if isinstance(key, str):
                    _check_text(key)
                stack.append((item, depth + 1))


def _check_text(text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise E.BadRequest("the JSON body holds a lone UTF-16 surrogate") from None
