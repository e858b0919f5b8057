"""The request body: read into memory (bounded) or, for an operation with
``x-luna-streamed``, spooled to disk as it arrives (bounded by the web server's
``maxFileSize``); parsed by its vendor media type and validated against the spec's schema.
Sizes and read timeouts are ``limits.py``'s; JSON is strict (RFC 8259: no ``NaN``,
``Infinity``, or numbers out of a double's range)."""

from __future__ import annotations

import functools
import json
import math
import tempfile
from typing import Any

from starlette.requests import Request

from .. import errors as E
from ..multipart import MultipartReader
from ..spec_index import Operation, SpecIndex
from .credentials import schema_error_message
from .limits import (
    MAX_BUFFERED_BODY,
    MAX_JSON_BODY,
    MULTIPART_FRAMING,
    Head,
    body_chunks,
    read_bounded,
)
from .media import VENDOR, vendor_type

__all__ = ["MAX_BUFFERED_BODY", "MAX_JSON_BODY", "MAX_JSON_DEPTH", "read_body"]

_WITH_BODY = frozenset({"POST", "PUT", "PATCH"})
SPOOL = 1 << 20


async def _spool(request: Request, limit: int, head: Head) -> Any:
    """The request body in a spooled temporary file (memory bounded)."""
    spooled = tempfile.SpooledTemporaryFile(max_size=SPOOL)  # noqa: SIM115 (handed on)
    try:
        async for chunk in body_chunks(request, limit, head):
            spooled.write(chunk)
    except BaseException:
        spooled.close()
        raise
    spooled.seek(0)
    return spooled


async def _multipart(
    request: Request, ctype: str, limit: int, head: Head
) -> dict[str, tuple[str, Any]]:
    """A streamed multipart body parsed as it arrives (each part spooled once)."""
    reader = MultipartReader(ctype, spool=True)
    try:
        async for chunk in body_chunks(request, limit, head):
            reader.feed(chunk)
    except BaseException:
        reader.close()
        raise
    return reader.finish()


@functools.lru_cache(maxsize=256)
def _vendor_media(ctype: str) -> tuple[str, str]:
    """(the vendor type's suffix in lower case, the media type without parameters) of a
    Content-Type, ("", "") when it is not a vendor type (clients send a few values: each
    is read once)."""
    m = VENDOR.match(ctype.strip())
    if not m:
        return "", ""
    kind = m.group(1).lower()
    return kind, vendor_type(kind)


async def read_body(
    request: Request,
    op: Operation,
    index: SpecIndex,
    max_file_size: int,
    head: Head | None = None,
) -> tuple[Any, str]:
    """(body, media type without parameters); (None, "") for none. ``max_file_size`` is
    the web server's ``maxFileSize``, the bound of a streamed upload."""
    if op.method not in _WITH_BODY and not op.bodies:
        return None, ""  # a DELETE reads the body only when the spec declares one
    if head is None:
        head = Head.of(request.scope)
    ctype = head.get(b"content-type")
    kind, media = _vendor_media(ctype)
    if media and op.streamed and media in op.bodies:
        limit = max_file_size + MULTIPART_FRAMING
        if kind == "multipart":
            return await _multipart(request, ctype, limit, head), media
        return await _spool(request, limit, head), media
    raw = await read_bounded(request, MAX_JSON_BODY if kind == "json" else MAX_BUFFERED_BODY, head)
    if not raw and not op.body_required:
        return None, ""
    if not media:
        raise E.BadRequest(
            "Content-Type must be application/vnd.safenetinc.lunasa+"
            f"(json|octet-stream|multipart);version=N, not {ctype!r}"
        )
    if media not in op.bodies:
        raise E.BadRequest(
            f"{op.method} {op.path} does not accept {media} "
            f"(it accepts {', '.join(sorted(op.bodies)) or 'no body'})"
        )
    if kind == "multipart":
        reader = MultipartReader(ctype)
        reader.feed(raw)
        return reader.finish(), media
    if kind != "json":
        return raw, media
    return parse_json(raw, op.bodies[media], index), media


class _NonStandard(ValueError):
    pass


def _constant(name: str) -> Any:
    raise _NonStandard(f"{name} is not a JSON value")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _NonStandard(f"the number {text[:40]} is out of range")
    return value


# json.loads(text, parse_constant=_constant, parse_float=_finite), its decoder built once
_DECODER = json.JSONDecoder(parse_constant=_constant, parse_float=_finite)


def _loads(text: str) -> Any:
    if text.startswith("\ufeff"):  # as json.loads refuses it
        raise json.JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", text, 0)
    return _DECODER.decode(text)


def parse_json(raw: bytes, validator: Any, index: SpecIndex) -> Any:
    """The JSON body, strict and checked; ``FRAMEWORK_BAD_REQUEST`` for anything else."""
    if len(raw) > MAX_JSON_BODY:
        raise E.BadRequest(f"the JSON body is larger than {MAX_JSON_BODY} bytes")
    try:
        body = _loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise E.BadRequest("the body is not valid UTF-8") from None
    except json.JSONDecodeError as exc:
        raise E.BadRequest(f"malformed JSON: {exc.msg} at position {exc.pos}") from None
    except _NonStandard as exc:
        raise E.BadRequest(f"non-standard JSON: {exc}") from None
    except RecursionError:
        raise E.BadRequest(f"the JSON body nests deeper than {MAX_JSON_DEPTH} levels") from None
    except ValueError:  # an integer of more digits than Python converts
        raise E.BadRequest("malformed JSON: a number too long to read") from None
    # a lone surrogate can only come from a \\u escape (strict UTF-8 decodes none), and
    # nesting deeper than MAX_JSON_DEPTH needs more brackets: without either, nothing to find
    if b"\\u" in raw or raw.count(b"{") + raw.count(b"[") > MAX_JSON_DEPTH:
        _check_structure(body)
    if validator is not None and not validator.is_valid(body):
        error = next(iter(validator.iter_errors(body)), None)
        if error is not None:
            raise E.BadRequest(schema_error_message(index, error))
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
