"""Parse a multipart body (the appliance's ``+multipart`` vendor type) into parts."""

from __future__ import annotations

import re
import tempfile
from typing import IO, Any, BinaryIO

from python_multipart.multipart import MultipartParser, parse_options_header

from . import errors as E

__all__ = ["MultipartReader", "parse_multipart"]

# parameter names are case-insensitive (RFC 9110, 5.6.6); the boundary's value is not
_BOUNDARY = re.compile(r"boundary=\"?([^\";]+)\"?", re.IGNORECASE)


SPOOL = 1 << 20


class MultipartReader:
    """A multipart body fed in chunks (``feed``), as it arrives; ``finish`` gives
    ``{field name: (filename, content)}``. With ``spool`` the content of each part is a
    file object (spooled to disk past 1 MiB): memory stays bounded whatever the size, and
    the body is never kept whole anywhere. A clear 400 when the body is not multipart."""

    def __init__(self, content_type: str, *, spool: bool = False) -> None:
        m = _BOUNDARY.search(content_type)
        if not m:
            raise E.BadRequest("a multipart body needs a boundary parameter in its Content-Type")
        self.parts: dict[str, tuple[str, Any]] = {}
        self._spool = spool
        self._current: dict[str, bytes] = {}
        self._sink: list[IO[bytes]] = []
        self._name = bytearray()
        self._value = bytearray()
        self._chunks: list[bytes] = []
        self._parser = MultipartParser(
            m.group(1).encode(),
            {
                "on_part_begin": self._part_begin,
                "on_header_field": self._header_field,
                "on_header_value": self._header_value,
                "on_header_end": self._header_end,
                "on_part_data": self._part_data,
                "on_part_end": self._part_end,
            },
        )

    def _part_begin(self) -> None:
        self._current.clear()
        self._chunks.clear()
        self._sink.clear()
        if self._spool:
            self._sink.append(tempfile.SpooledTemporaryFile(max_size=SPOOL))  # noqa: SIM115

    def _header_field(self, data: bytes, start: int, end: int) -> None:
        self._name.extend(data[start:end])

    def _header_value(self, data: bytes, start: int, end: int) -> None:
        self._value.extend(data[start:end])

    def _header_end(self) -> None:
        self._current[bytes(self._name).decode("latin-1").lower()] = bytes(self._value)
        self._name.clear()
        self._value.clear()

    def _part_data(self, data: bytes, start: int, end: int) -> None:
        if self._sink:
            self._sink[0].write(data[start:end])
        else:
            self._chunks.append(data[start:end])

    def _part_end(self) -> None:
        _, options = parse_options_header(self._current.get("content-disposition", b""))
        name = options.get(b"name", b"").decode("utf-8", "replace")
        filename = options.get(b"filename", b"").decode("utf-8", "replace")
        if self._sink:
            self._sink[0].seek(0)
            self.parts[name] = (filename, self._sink[0])
        else:
            self.parts[name] = (filename, b"".join(self._chunks))

    def feed(self, chunk: bytes) -> None:
        try:
            self._parser.write(chunk)
        except Exception as exc:  # python-multipart raises its own error types
            self.close()
            raise E.BadRequest(f"malformed multipart body: {exc}") from None

    def finish(self) -> dict[str, tuple[str, Any]]:
        try:
            self._parser.finalize()
        except Exception as exc:
            self.close()
            raise E.BadRequest(f"malformed multipart body: {exc}") from None
        return self.parts

    def close(self) -> None:
        """Drop the parts spooled so far (a refused body leaves nothing behind)."""
        for _, content in self.parts.values():
            if hasattr(content, "close"):
                content.close()
        for sink in self._sink:
            sink.close()


def parse_multipart(
    content_type: str, data: bytes | BinaryIO, *, spool: bool = False
) -> dict[str, tuple[str, Any]]:
    """``{field name: (filename, content)}`` of a whole body (bytes, or a file object read
    in chunks); see ``MultipartReader``."""
    reader = MultipartReader(content_type, spool=spool)
    if isinstance(data, bytes):
        reader.feed(data)
    else:
        while chunk := data.read(SPOOL):
            reader.feed(chunk)
    return reader.finish()
