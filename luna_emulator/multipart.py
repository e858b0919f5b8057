"""Parse a multipart body (the appliance's ``+multipart`` vendor type) into parts."""

from __future__ import annotations

import re

from python_multipart.multipart import MultipartParser, parse_options_header

from . import errors as E

__all__ = ["parse_multipart"]

_BOUNDARY = re.compile(r"boundary=\"?([^\";]+)\"?")


def parse_multipart(content_type: str, data: bytes) -> dict[str, tuple[str, bytes]]:
    """``{field name: (filename, content)}``; a clear 400 when the body is not multipart."""
    m = _BOUNDARY.search(content_type)
    if not m:
        raise E.BadRequest("a multipart body needs a boundary parameter in its Content-Type")
    parts: dict[str, tuple[str, bytes]] = {}
    current: dict[str, object] = {}
    header_name = bytearray()
    header_value = bytearray()
    chunks: list[bytes] = []

    def on_part_begin() -> None:
        current.clear()
        chunks.clear()

    def on_header_field(data: bytes, start: int, end: int) -> None:
        header_name.extend(data[start:end])

    def on_header_value(data: bytes, start: int, end: int) -> None:
        header_value.extend(data[start:end])

    def on_header_end() -> None:
        current[bytes(header_name).decode("latin-1").lower()] = bytes(header_value)
        header_name.clear()
        header_value.clear()

    def on_part_data(data: bytes, start: int, end: int) -> None:
        chunks.append(data[start:end])

    def on_part_end() -> None:
        disposition = current.get("content-disposition", b"")
        assert isinstance(disposition, bytes)
        _, options = parse_options_header(disposition)
        name = options.get(b"name", b"").decode("utf-8", "replace")
        filename = options.get(b"filename", b"").decode("utf-8", "replace")
        parts[name] = (filename, b"".join(chunks))

    parser = MultipartParser(
        m.group(1).encode(),
        {
            "on_part_begin": on_part_begin,
            "on_header_field": on_header_field,
            "on_header_value": on_header_value,
            "on_header_end": on_header_end,
            "on_part_data": on_part_data,
            "on_part_end": on_part_end,
        },
    )
    try:
        parser.write(data)
        parser.finalize()
    except Exception as exc:  # python-multipart raises its own error types
        raise E.BadRequest(f"malformed multipart body: {exc}") from None
    return parts
