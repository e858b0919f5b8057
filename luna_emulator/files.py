"""Users' file areas, kept on disk so that large files never sit in memory."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator, MutableMapping
from pathlib import Path
from typing import BinaryIO

__all__ = ["FileArea"]

CHUNK = 1 << 20
_ROOTS: set[Path] = set()


@atexit.register
def _remove_all() -> None:
    for root in list(_ROOTS):
        shutil.rmtree(root, ignore_errors=True)


class FileArea(MutableMapping[str, bytes]):
    """A user's files: a mapping name -> content for small files, with ``put_stream`` and
    ``path`` for large ones. Names are checked by the handlers before they get here."""

    def __init__(self) -> None:
        self._root: Path | None = None
        self._names: set[str] = set()

    @property
    def root(self) -> Path:
        if self._root is None:
            # removed by close() or at exit; never by the garbage collector, which may run
            # in the middle of compiling a module (CPython 3.11 then fails in the AST code)
            self._root = Path(tempfile.mkdtemp(prefix="luna-emulator-files-"))
            _ROOTS.add(self._root)
        return self._root

    def close(self) -> None:
        """Remove the files from disk (the area is empty afterwards)."""
        if self._root is not None:
            shutil.rmtree(self._root, ignore_errors=True)
            _ROOTS.discard(self._root)
            self._root = None
        self._names.clear()

    def _file(self, name: str) -> Path:
        if "/" in name or name in ("", ".", ".."):
            raise KeyError(name)
        return self.root / name

    def path(self, name: str) -> Path:
        if name not in self._names:
            raise KeyError(name)
        return self._file(name)

    def size(self, name: str) -> int:
        return self.path(name).stat().st_size

    def put_stream(self, name: str, source: BinaryIO) -> int:
        """Copy ``source`` into the area (atomically), in chunks; returns the size."""
        target = self._file(name)
        fd, tmp = tempfile.mkstemp(dir=self.root, prefix=".upload-")
        with os.fdopen(fd, "wb") as out:
            shutil.copyfileobj(source, out, CHUNK)
        os.replace(tmp, target)
        self._names.add(name)
        return target.stat().st_size

    def __getitem__(self, name: str) -> bytes:
        return self.path(name).read_bytes()

    def __setitem__(self, name: str, data: bytes) -> None:
        target = self._file(name)
        target.write_bytes(data)
        self._names.add(name)

    def __delitem__(self, name: str) -> None:
        self.path(name).unlink(missing_ok=True)
        self._names.discard(name)

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._names))

    def __len__(self) -> int:
        return len(self._names)

    def __repr__(self) -> str:
        return f"FileArea({sorted(self._names)})"
