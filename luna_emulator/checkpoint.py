"""Checkpoints of the appliance state, kept in memory: take one, restore it any number of
times (``POST /_emulator/checkpoint``, ``POST /_emulator/checkpoint/restore``).

A test suite seeds a rich appliance once (partitions, clients, users with files, ...),
takes a checkpoint, and restores it before each case, so that every case meets the same
appliance however destructive the case before it was. The state goes through the state
file's codec (``persistence.Codec``) once, when the checkpoint is taken: what is restored is
exactly what a state file would hold. That copy is kept pickled (file areas apart, as their
files' contents), so that a restore, which runs before every case of a suite, is one
unpickling: it never shares a mutable object (or a user's file on disk) with the
checkpoint. The sessions are kept and put back too, with their HSM and partition logins,
so that a case that logs out does not take the next case's logins with it, and so are the
tasks (a case that deletes or polls away a task does not take it from the next case; new
tasks keep their own numbers). The clock, faults and the request log are left as they
are."""

from __future__ import annotations

import base64
import binascii
import copy
import dataclasses
import io
import pickle
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .files import FileArea
from .model import Session, State
from .persistence import Codec, CodecError, CustomCodec
from .tasks import Task

if TYPE_CHECKING:
    from .backend import Backend

__all__ = ["Checkpoint", "NoCheckpoint"]

_Sessions = dict[str, Session]


class NoCheckpoint(LookupError):
    """Restore was asked for before any checkpoint was taken."""


def _encode_area(area: FileArea, where: str) -> dict[str, str]:
    return {name: base64.b64encode(area[name]).decode("ascii") for name in sorted(area)}


@dataclass
class Checkpoint:
    """One in-memory checkpoint of a ``State``."""

    _saved: Any = None

    def __post_init__(self) -> None:
        self._tasks: dict[int, Task] = {}
        self._opened: list[FileArea] = []
        self._codec = Codec({FileArea: CustomCodec(_encode_area, self._decode_area)})

    @property
    def taken(self) -> bool:
        return self._saved is not None

    def take(self, backend: Backend) -> None:
        encoded = (
            self._codec.encode(backend.state, State, "state"),
            self._codec.encode(backend.sessions, _Sessions, "sessions"),
        )
        self._opened = []
        try:  # what a state file would hold, decoded once, then kept pickled
            state = self._codec.decode(encoded[0], State, "state")
            sessions = self._codec.decode(encoded[1], _Sessions, "sessions")
            self._saved = _freeze((state, sessions))
        finally:
            for area in self._opened:
                area.close()
        self._tasks = _copy_tasks(backend.tasks.tasks)

    def restore(self, backend: Backend) -> None:
        """Put a fresh copy of the checkpoint into ``backend`` (raises ``NoCheckpoint``)."""
        if self._saved is None:
            raise NoCheckpoint("no checkpoint has been taken (POST /_emulator/checkpoint)")
        state, sessions = _thaw(self._saved)
        assert isinstance(state, State)
        assert isinstance(sessions, dict)
        for user in backend.state.users.values():
            user.files.close()
        backend.state = state
        backend.sessions.clear()
        backend.sessions.update(sessions)
        backend.tasks.tasks.clear()
        backend.tasks.tasks.update(_copy_tasks(self._tasks))

    def _decode_area(self, data: Any, where: str) -> FileArea:
        area = FileArea()
        self._opened.append(area)
        if not isinstance(data, dict):
            raise CodecError(where, "expected an object of files")
        for name, encoded in data.items():
            try:
                area[name] = base64.b64decode(encoded, validate=True)
            except (binascii.Error, TypeError) as exc:
                raise CodecError(f"{where}[{name!r}]", str(exc)) from None
        return area


def _copy_tasks(tasks: dict[int, Task]) -> dict[int, Task]:
    """Copies of the tasks: their results and headers are copied, their work (the request
    a pending task will run) is shared."""
    return {
        n: dataclasses.replace(
            t, result=copy.deepcopy(t.result), result_headers=dict(t.result_headers)
        )
        for n, t in tasks.items()
    }


@dataclass(frozen=True)
class _Frozen:
    """A pickled object graph whose file areas are kept apart, as their files' contents."""

    data: bytes
    areas: tuple[dict[str, bytes], ...]


class _AreaPickler(pickle.Pickler):
    def __init__(self, file: io.BytesIO, areas: list[dict[str, bytes]]) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self._areas = areas

    def persistent_id(self, obj: Any) -> int | None:
        if isinstance(obj, FileArea):
            self._areas.append({name: obj[name] for name in obj})
            return len(self._areas) - 1
        return None


class _AreaUnpickler(pickle.Unpickler):
    def __init__(self, file: io.BytesIO, areas: tuple[dict[str, bytes], ...]) -> None:
        super().__init__(file)
        self._areas = areas

    def persistent_load(self, pid: Any) -> FileArea:
        area = FileArea()
        for name, data in self._areas[int(pid)].items():
            area[name] = data
        return area


def _freeze(value: Any) -> _Frozen:
    out, areas = io.BytesIO(), list[dict[str, bytes]]()
    _AreaPickler(out, areas).dump(value)
    return _Frozen(out.getvalue(), tuple(areas))


def _thaw(frozen: _Frozen) -> Any:
    """A new copy: new objects, new file areas with their own files."""
    return _AreaUnpickler(io.BytesIO(frozen.data), frozen.areas).load()
