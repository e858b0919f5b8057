"""Parse a multipart body (the appliance's ``+multipart`` vendor type) into parts."""

from __future__ import annotations

import re
import tempfile
from typing import IO, Any, BinaryIO

from python_multipart.multipart import MultipartParser, parse_options_header

from . import errors as E

__all__ = ["parse_multipart"]

_BOUNDARY = re.compile(r"boundary=\"?([^\";]+)\"?")


SPOOL = 1 << 20


def parse_multipart(
    content_type: str, data: bytes | BinaryIO, *, spool: bool = False
) -> dict[str, tuple[str, Any]]:
    """``{field name: (filename, content)}``; a clear 400 when the body is not multipart.

    With ``spool`` the content of each part is a file object (spooled to disk past 1 MiB)
    and the body is read from ``data`` in chunks: memory stays bounded whatever the size."""
    m = _BOUNDARY.search(content_type)
    if not m:
        raise E.BadRequest("a multipart body needs a boundary parameter in its Content-Type")
    parts: dict[str, tuple[str, Any]] = {}
    current: dict[str, object] = {}
    sink: list[IO[bytes]] = []
    header_name = bytearray()
    header_value = bytearray()
    chunks: list[bytes] = []

    def on_part_begin() -> None:
        current.clear()
        chunks.clear()
        sink.clear()
        if spool:
            sink.append(tempfile.SpooledTemporaryFile(max_size=SPOOL))  # noqa: SIM115 (returned)

    def on_header_field(data: bytes, start: int, end: int) -> None:
        header_name.extend(data[start:end])

    def on_header_value(data: bytes, start: int, end: int) -> None:
        header_value.extend(data[start:end])

    def on_header_end() -> None:
        current[bytes(header_name).decode("latin-1").lower()] = bytes(header_value)
        header_name.clear()
        header_value.clear()

    def on_part_data(data: bytes, start: int, end: int) -> None:
        if sink:
            sink[0].write(data[start:end])
        else:
            chunks.append(data[start:end])

    def on_part_end() -> None:
        disposition = current.get("content-disposition", b"")
        assert isinstance(disposition, bytes)
        _, options = parse_options_header(disposition)
        name = options.get(b"name", b"").decode("utf-8", "replace")
        filename = options.get(b"filename", b"").decode("utf-8", "replace")
        if sink:
            sink[0].seek(0)
            parts[name] = (filename, sink[0])
        else:
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
        if isinstance(data, bytes):
            parser.write(data)
        else:
            while chunk := data.read(SPOOL):
                parser.write(chunk)
        parser.finalize()
    except Exception as exc:  # python-multipart raises its own error types
        raise E.BadRequest(f"malformed multipart body: {exc}") from None
    return parts
