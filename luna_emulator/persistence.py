"""Optional persistence of the appliance state (``luna-emulator --state FILE``).

What is kept
    ``backend.state`` (the dataclasses of ``model.py``, users' file areas included) and
    the offset of the emulator's clock (time-based state such as block-list deadlines
    stays coherent). Not kept, as when the appliance restarts: sessions (everyone logs in
    again, HSM and partition logins included) and tasks (their work is code, not data;
    the task list starts empty and numbering starts at 1 again). Neither are the
    settings of one run that the control API makes: injected faults, the task progress
    mode, the request log.

Files
    ``FILE`` is JSON: ``{"format": "luna-emulator-state", "version": 1,
    "clockOffset": seconds, "state": {...}}``. The contents of users' files are kept
    next to it in ``FILE.files/``, one blob per distinct content, named by its SHA-256;
    the state refers to a file as ``{"sha256": ..., "size": ...}``. Blobs are never
    rewritten (a new content is a new blob), so the state file on disk always finds
    its blobs; the ones no state refers to any more are removed after each successful
    save. Both are created with mode 0600: the state holds the emulated passwords.
    One emulator per state file (nothing locks it).

Saving
    ``StateStore.save`` encodes the state, and writes it only when it differs from what
    was last saved or loaded (SHA-256 of the encoded JSON): new blobs first, then the
    state file atomically (a temporary file in the same directory, fsync, ``os.replace``,
    fsync of the directory), then the clean-up of unreferenced blobs. A crash at any
    point leaves the previous state or the new one, complete, never a mix (the next
    load removes what an interrupted save left behind); a failed save raises, keeps the
    previous file, and the change is written by the next save. The application saves
    synchronously, before answering, after every request that may change the state:
    any method but GET, HEAD and OPTIONS, control-API requests included, and task polls
    (``GET /tasks...`` runs tasked work); and at shutdown (``Emulator.flush``), which
    also catches what other GETs changed on the side (block-list counters recovering).

Loading
    A missing ``FILE`` is a fresh appliance, written at once (``attach``: a file that
    cannot be written fails at start, not at the first change). Anything else that
    cannot be read completely (not JSON, not a state file, another version, a value
    that does not fit its field, a missing or damaged blob) raises ``StateFileError``:
    never a silent reset, and the file is left as it was. Keys the model no longer has
    are ignored; fields the file does not have get their defaults, so a state file
    survives fields being added to ``model.py``.

The codec
    ``Codec`` is generic, driven by ``dataclasses.fields`` and ``typing.get_type_hints``:
    a field added to ``model.py`` is persisted without code here as long as its type is
    made of dataclasses, ``str``, ``int``, ``float``, ``bool``, ``bytes`` (base64),
    ``None``, unions, ``Literal``, enums, ``dict`` (JSON objects for ``str``/``int``
    keys, ``[key, value]`` pairs otherwise), ``list``, ``set``, ``frozenset``, ``tuple``
    and ``Any``. ``Any`` values are JSON, with tags for what JSON lacks: ``{"$bytes":
    b64}``, ``{"$tuple": [...]}``, ``{"$set": [...]}``, ``{"$frozenset": [...]}``,
    ``{"$dict": [[k, v], ...]}`` (non-string keys, or keys starting with ``$``),
    ``{"$dataclass": "module:Class", "value": {...}}`` (classes of ``luna_emulator``
    only) and ``{"$custom": "module:Class", "value": ...}``. Other types get a codec of
    their own (``CustomCodec``, as ``FileArea`` here) or make ``encode`` fail with the
    path of the value. Objects shared by two fields are saved twice and loaded as two.
"""

from __future__ import annotations

import base64
import binascii
import collections.abc as cabc
import contextlib
import dataclasses
import enum
import hashlib
import importlib
import json
import os
import re
import shutil
import tempfile
import types
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Union, get_args, get_origin, get_type_hints

from .files import CHUNK, FileArea
from .model import State

if TYPE_CHECKING:
    from .backend import Backend

__all__ = ["FORMAT", "VERSION", "Codec", "CodecError", "CustomCodec", "StateFileError"]
__all__ += ["StateStore"]

FORMAT = "luna-emulator-state"
VERSION = 1
# files at least this large have their digest cached by (device, inode, size, mtime)
# between saves; smaller ones are hashed on every save (cheap, and immune to writes
# within one tick of the file system's clock)
DIGEST_CACHE_MIN = 1 << 20
_HEX64 = re.compile(r"[0-9a-f]{64}")
_UNIONS: tuple[Any, ...] = (Union, types.UnionType)
_MAPPINGS: tuple[Any, ...] = (dict, cabc.Mapping, cabc.MutableMapping)
_SEQUENCES: tuple[Any, ...] = (list, cabc.Sequence, cabc.MutableSequence)
_SETS: tuple[Any, ...] = (set, frozenset, cabc.Set, cabc.MutableSet)
_TAGS = ("$bytes", "$tuple", "$set", "$frozenset", "$dict")


class StateFileError(Exception):
    """The state file cannot be used (unreadable, not a state file, or corrupt)."""


class CodecError(ValueError):
    """A value does not fit its type; ``where`` is its path from the root."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")
        self.where = where


@dataclass(frozen=True)
class CustomCodec:
    """How a type the generic rules do not cover becomes JSON and back."""

    encode: Callable[[Any, str], Any]  # (value, where) -> JSON
    decode: Callable[[Any, str], Any]  # (JSON, where) -> value; raises CodecError


def _qualified(cls: type) -> str:
    return f"{cls.__module__}:{cls.__qualname__}"


def _kind(value: Any) -> str:
    return type(value).__name__


def _set_order(item: Any) -> str:
    return json.dumps(item, sort_keys=True)


# ---- the generic codec ---------------------------------------------------------------
class Codec:
    """JSON <-> typed values (dataclasses, containers, scalars), driven by type hints."""

    def __init__(
        self,
        custom: Mapping[type, CustomCodec] | None = None,
        modules: tuple[str, ...] = ("luna_emulator",),
    ) -> None:
        self.custom = dict(custom or {})
        self.modules = modules  # where ``$dataclass`` tags may name a class
        self._hints: dict[type, dict[str, Any]] = {}

    def hints(self, cls: type, where: str) -> dict[str, Any]:
        """The resolved field types of a dataclass (cached)."""
        if cls not in self._hints:
            try:
                self._hints[cls] = get_type_hints(cls)
            except (NameError, TypeError) as exc:
                raise CodecError(where, f"the types of {_qualified(cls)}: {exc}") from None
        return self._hints[cls]

    # -- encoding --------------------------------------------------------------------
    def encode(self, value: Any, tp: Any, where: str = "$") -> Any:
        """``value`` as JSON-compatible data, by its declared type ``tp``."""
        if tp is Any or tp is object:
            return self._encode_any(value, where)
        origin = get_origin(tp)
        if origin in _UNIONS:
            for arg in get_args(tp):
                if self._fits(value, arg):
                    return self.encode(value, arg, where)
            raise CodecError(where, f"a {_kind(value)} is not a {tp}")
        if origin is Literal:
            if value not in get_args(tp):
                raise CodecError(where, f"{value!r} is not one of {get_args(tp)}")
            return self._encode_any(value, where)
        if origin is not None:
            return self._encode_container(value, tp, origin, where)
        if tp is type(None) or tp is None:
            if value is not None:
                raise CodecError(where, f"a {_kind(value)} where None was declared")
            return None
        if not isinstance(tp, type):
            raise CodecError(where, f"no JSON form for the type {tp!r}")
        if not self._fits(value, tp):
            raise CodecError(where, f"a {_kind(value)} where {tp.__name__} was declared")
        if tp in self.custom:
            return self.custom[tp].encode(value, where)
        if dataclasses.is_dataclass(tp):
            hints = self.hints(tp, where)
            return {
                f.name: self.encode(getattr(value, f.name), hints[f.name], f"{where}.{f.name}")
                for f in dataclasses.fields(tp)
            }
        if issubclass(tp, enum.Enum):
            return value.name
        if tp in (str, int, float, bool):
            return value
        if tp in (bytes, bytearray):
            return _b64(value)
        if tp in (dict, list, set, frozenset, tuple):
            return self._encode_any(value, where)
        raise CodecError(where, f"no JSON form for the type {tp.__name__}")

    def _encode_container(self, value: Any, tp: Any, origin: Any, where: str) -> Any:
        args = get_args(tp)
        if origin in _MAPPINGS:
            if not isinstance(value, Mapping):
                raise CodecError(where, f"a {_kind(value)} where a mapping was declared")
            kt, vt = args or (Any, Any)
            if kt is str or kt is int:
                out: dict[str, Any] = {}
                for k, v in value.items():
                    if type(k) is not kt:
                        raise CodecError(where, f"key {k!r} is not a {kt.__name__}")
                    out[str(k)] = self.encode(v, vt, f"{where}[{k!r}]")
                return out
            return [
                [self.encode(k, kt, f"{where}<key {k!r}>"), self.encode(v, vt, f"{where}[{k!r}]")]
                for k, v in value.items()
            ]
        if origin in _SEQUENCES:
            if not isinstance(value, list | tuple):
                raise CodecError(where, f"a {_kind(value)} where a list was declared")
            item = args[0] if args else Any
            return [self.encode(v, item, f"{where}[{i}]") for i, v in enumerate(value)]
        if origin in _SETS:
            if not isinstance(value, set | frozenset):
                raise CodecError(where, f"a {_kind(value)} where a set was declared")
            item = args[0] if args else Any
            return sorted(
                (self.encode(v, item, f"{where}{{{v!r}}}") for v in value), key=_set_order
            )
        if origin is tuple:
            if not isinstance(value, tuple):
                raise CodecError(where, f"a {_kind(value)} where a tuple was declared")
            types_ = self._tuple_types(args, len(value), where)
            return [
                self.encode(v, t, f"{where}[{i}]")
                for i, (v, t) in enumerate(zip(value, types_, strict=True))
            ]
        raise CodecError(where, f"no JSON form for the type {tp!r}")

    @staticmethod
    def _tuple_types(args: tuple[Any, ...], n: int, where: str) -> list[Any]:
        if not args:
            return [Any] * n
        if len(args) == 2 and args[1] is Ellipsis:
            return [args[0]] * n
        if len(args) != n:
            raise CodecError(where, f"{n} items where a tuple of {len(args)} was declared")
        return list(args)

    def _fits(self, value: Any, tp: Any) -> bool:
        """Whether ``value`` is of type ``tp`` (shallowly: containers by their kind)."""
        if tp is Any or tp is object:
            return True
        if tp is type(None) or tp is None:
            return value is None
        origin = get_origin(tp)
        if origin in _UNIONS:
            return any(self._fits(value, a) for a in get_args(tp))
        if origin is Literal:
            return value in get_args(tp)
        if origin is not None:
            return isinstance(value, origin)
        if tp is float:
            return isinstance(value, int | float)
        return isinstance(tp, type) and isinstance(value, tp)

    def _encode_any(self, value: Any, where: str) -> Any:
        if value is None or isinstance(value, bool | int | float | str):
            return value
        if isinstance(value, list):
            return [self._encode_any(v, f"{where}[{i}]") for i, v in enumerate(value)]
        if isinstance(value, dict):
            if all(isinstance(k, str) and not k.startswith("$") for k in value):
                return {k: self._encode_any(v, f"{where}[{k!r}]") for k, v in value.items()}
            return {
                "$dict": [
                    [self._encode_any(k, f"{where}<key>"), self._encode_any(v, f"{where}[{k!r}]")]
                    for k, v in value.items()
                ]
            }
        if isinstance(value, tuple):
            return {"$tuple": [self._encode_any(v, f"{where}[{i}]") for i, v in enumerate(value)]}
        if isinstance(value, set | frozenset):
            tag = "$frozenset" if isinstance(value, frozenset) else "$set"
            items = (self._encode_any(v, f"{where}{{{v!r}}}") for v in value)
            return {tag: sorted(items, key=_set_order)}
        if isinstance(value, bytes | bytearray):
            return {"$bytes": _b64(value)}
        cls = type(value)
        if cls in self.custom:
            return {"$custom": _qualified(cls), "value": self.custom[cls].encode(value, where)}
        if dataclasses.is_dataclass(cls):
            if not self._allowed(cls.__module__):
                raise CodecError(where, f"the dataclass {_qualified(cls)} is not ours to save")
            return {"$dataclass": _qualified(cls), "value": self.encode(value, cls, where)}
        raise CodecError(where, f"no JSON form for a {cls.__name__}")

    # -- decoding --------------------------------------------------------------------
    def decode(self, data: Any, tp: Any, where: str = "$") -> Any:
        """The value of type ``tp`` that ``data`` (from ``encode``) stands for."""
        if tp is Any or tp is object:
            return self._decode_any(data, where)
        origin = get_origin(tp)
        if origin in _UNIONS:
            return self._decode_union(data, get_args(tp), where)
        if origin is Literal:
            if data not in get_args(tp):
                raise CodecError(where, f"{data!r} is not one of {get_args(tp)}")
            return data
        if origin is not None:
            return self._decode_container(data, tp, origin, where)
        if tp is type(None) or tp is None:
            if data is not None:
                raise CodecError(where, f"expected null, found {_kind(data)}")
            return None
        if not isinstance(tp, type):
            raise CodecError(where, f"no JSON form for the type {tp!r}")
        if tp in self.custom:
            return self.custom[tp].decode(data, where)
        if dataclasses.is_dataclass(tp):
            return self._decode_dataclass(data, tp, where)
        if issubclass(tp, enum.Enum):
            if not isinstance(data, str) or data not in tp.__members__:
                raise CodecError(where, f"{data!r} is not a member of {tp.__name__}")
            return tp[data]
        return self._decode_scalar(data, tp, where)

    def _decode_scalar(self, data: Any, tp: type, where: str) -> Any:
        if tp is bool:
            ok = isinstance(data, bool)
        elif tp is int:
            ok = isinstance(data, int)
        elif tp is float:
            ok = isinstance(data, int | float) and not isinstance(data, bool)
        elif tp is str:
            ok = isinstance(data, str)
        elif tp in (bytes, bytearray):
            return tp(_unb64(data, where))
        elif tp in (dict, list, set, frozenset, tuple):
            value = self._decode_any(data, where)
            ok = isinstance(value, tp)
            data = value
        else:
            raise CodecError(where, f"no JSON form for the type {tp.__name__}")
        if not ok:
            raise CodecError(where, f"expected {tp.__name__}, found {_kind(data)}")
        return data

    def _decode_union(self, data: Any, args: tuple[Any, ...], where: str) -> Any:
        if data is None and type(None) in args:
            return None
        candidates = [a for a in args if a is not type(None)]
        errors: list[CodecError] = []
        for arg in candidates:
            try:
                return self.decode(data, arg, where)
            except CodecError as exc:
                errors.append(exc)
        if len(errors) == 1:
            raise errors[0]
        raise CodecError(where, f"fits none of {args}: " + "; ".join(str(e) for e in errors))

    def _decode_dataclass(self, data: Any, cls: type, where: str) -> Any:
        if not isinstance(data, dict):
            raise CodecError(where, f"expected an object for {cls.__name__}, found {_kind(data)}")
        hints = self.hints(cls, where)
        given: dict[str, Any] = {}
        later: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            if f.name in data:
                value = self.decode(data[f.name], hints[f.name], f"{where}.{f.name}")
                (given if f.init else later)[f.name] = value
            elif (
                f.init
                and f.default is dataclasses.MISSING
                and f.default_factory is dataclasses.MISSING
            ):
                raise CodecError(where, f"{cls.__name__} without its field {f.name!r}")
        try:
            obj = cls(**given)
        except (TypeError, ValueError) as exc:
            raise CodecError(where, f"{cls.__name__}: {exc}") from None
        for name, value in later.items():
            object.__setattr__(obj, name, value)
        return obj

    def _decode_container(self, data: Any, tp: Any, origin: Any, where: str) -> Any:
        args = get_args(tp)
        if origin in _MAPPINGS:
            kt, vt = args or (Any, Any)
            if kt is str or kt is int:
                if not isinstance(data, dict):
                    raise CodecError(where, f"expected an object, found {_kind(data)}")
                return {
                    _key(k, kt, where): self.decode(v, vt, f"{where}[{k!r}]")
                    for k, v in data.items()
                }
            out: dict[Any, Any] = {}
            for i, pair in enumerate(_list(data, where)):
                if not isinstance(pair, list) or len(pair) != 2:
                    raise CodecError(f"{where}[{i}]", "expected a [key, value] pair")
                key = self.decode(pair[0], kt, f"{where}<key {i}>")
                out[_hashable(key, where)] = self.decode(pair[1], vt, f"{where}[{key!r}]")
            return out
        if origin in _SEQUENCES or origin is tuple:
            items = _list(data, where)
            if origin is tuple:
                types_ = self._tuple_types(args, len(items), where)
                return tuple(
                    self.decode(v, t, f"{where}[{i}]")
                    for i, (v, t) in enumerate(zip(items, types_, strict=True))
                )
            item = args[0] if args else Any
            return [self.decode(v, item, f"{where}[{i}]") for i, v in enumerate(items)]
        if origin in _SETS:
            item = args[0] if args else Any
            values = [
                _hashable(self.decode(v, item, f"{where}[{i}]"), where)
                for i, v in enumerate(_list(data, where))
            ]
            return frozenset(values) if origin is frozenset else set(values)
        raise CodecError(where, f"no JSON form for the type {tp!r}")

    def _decode_any(self, data: Any, where: str) -> Any:
        if data is None or isinstance(data, bool | int | float | str):
            return data
        if isinstance(data, list):
            return [self._decode_any(v, f"{where}[{i}]") for i, v in enumerate(data)]
        if not isinstance(data, dict):
            raise CodecError(where, f"not JSON: {_kind(data)}")
        if not any(k.startswith("$") for k in data):
            return {k: self._decode_any(v, f"{where}[{k!r}]") for k, v in data.items()}
        return self._decode_tagged(data, where)

    def _decode_tagged(self, data: dict[str, Any], where: str) -> Any:
        keys = set(data)
        if len(keys) == 1 and (tag := next(iter(keys))) in _TAGS:
            value = data[tag]
            if tag == "$bytes":
                return _unb64(value, where)
            items = [
                self._decode_any(v, f"{where}[{i}]") for i, v in enumerate(_list(value, where))
            ]
            if tag == "$tuple":
                return tuple(items)
            if tag == "$set":
                return {_hashable(v, where) for v in items}
            if tag == "$frozenset":
                return frozenset(_hashable(v, where) for v in items)
            out: dict[Any, Any] = {}
            for i, pair in enumerate(items):
                if not isinstance(pair, list) or len(pair) != 2:
                    raise CodecError(f"{where}[{i}]", "expected a [key, value] pair")
                out[_hashable(pair[0], where)] = pair[1]
            return out
        if keys == {"$dataclass", "value"}:
            cls = self._resolve(data["$dataclass"], where)
            return self._decode_dataclass(data["value"], cls, where)
        if keys == {"$custom", "value"}:
            custom = next((c for c in self.custom if _qualified(c) == data["$custom"]), None)
            if custom is None:
                raise CodecError(where, f"no codec for {data['$custom']!r}")
            return self.custom[custom].decode(data["value"], where)
        raise CodecError(where, f"an object with the unknown tags {sorted(keys)}")

    def _allowed(self, module: str) -> bool:
        return any(module == m or module.startswith(m + ".") for m in self.modules)

    def _resolve(self, name: Any, where: str) -> type:
        """The dataclass a ``$dataclass`` tag names (only from ``self.modules``)."""
        module, _, qualname = str(name).partition(":")
        if not self._allowed(module) or not qualname:
            raise CodecError(where, f"{name!r} is not a class this emulator saves")
        try:
            target: Any = importlib.import_module(module)
            for part in qualname.split("."):
                target = getattr(target, part)
        except (ImportError, AttributeError):
            raise CodecError(where, f"no class {name!r}") from None
        if not (isinstance(target, type) and dataclasses.is_dataclass(target)):
            raise CodecError(where, f"{name!r} is not a dataclass")
        return target


def _b64(data: bytes | bytearray) -> str:
    return base64.b64encode(bytes(data)).decode("ascii")


def _unb64(data: Any, where: str) -> bytes:
    if not isinstance(data, str):
        raise CodecError(where, f"expected base64 text, found {_kind(data)}")
    try:
        return base64.b64decode(data, validate=True)
    except binascii.Error as exc:
        raise CodecError(where, f"not base64: {exc}") from None


def _list(data: Any, where: str) -> list[Any]:
    if not isinstance(data, list):
        raise CodecError(where, f"expected an array, found {_kind(data)}")
    return data


def _key(key: str, kt: type, where: str) -> Any:
    if kt is str:
        return key
    if re.fullmatch(r"-?[0-9]+", key) is None:
        raise CodecError(where, f"key {key!r} is not an integer")
    return int(key)


def _hashable(value: Any, where: str) -> Any:
    try:
        hash(value)
    except TypeError:
        raise CodecError(where, f"a {_kind(value)} cannot be a key or a set member") from None
    return value


# ---- files on disk ---------------------------------------------------------------------
def _fsync_directory(directory: Path) -> None:
    """Make a rename in ``directory`` durable (where the platform can)."""
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _write_atomically(path: Path, fill: Callable[[Any], None]) -> None:
    """Replace ``path`` with what ``fill(file)`` writes, or leave it as it was: a
    temporary file in the same directory, fsync, ``os.replace``, fsync of the directory."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            fill(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_directory(path.parent)


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


# ---- the state file ----------------------------------------------------------------------
class StateStore:
    """The appliance state in ``path`` (and its file contents in ``path.files/``)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path).absolute()
        self.blob_dir = self.path.with_name(self.path.name + ".files")
        self.codec = Codec({FileArea: CustomCodec(self._encode_area, self._decode_area)})
        self._saved: str | None = None  # SHA-256 of the JSON last written or read
        self._digests: dict[tuple[int, int, int, int], str] = {}  # large files' digests
        self._seen: dict[tuple[int, int, int, int], str] = {}
        self._new_blobs = False
        self._referenced: set[str] = set()  # blobs the state being encoded refers to
        self._opened: list[FileArea] = []  # areas made while decoding (closed on failure)

    # -- loading -----------------------------------------------------------------------
    def attach(self, backend: Backend) -> None:
        """Load the saved state into ``backend``; without one, write its fresh state, so
        that a state file that cannot be written fails now rather than at the first
        change. Raises ``StateFileError``."""
        if self.load(backend):
            return
        try:
            self.save(backend)
        except OSError as exc:
            raise StateFileError(f"cannot write {self.path}: {exc.strerror or exc}") from None
        except CodecError as exc:  # a model field of a type the codec cannot save
            raise StateFileError(f"cannot save the appliance state: {exc}") from None

    def load(self, backend: Backend) -> bool:
        """Replace ``backend``'s state with the saved one; False when there is none yet.
        Raises ``StateFileError`` when the file cannot be used."""
        if not self.path.parent.is_dir():
            raise StateFileError(f"{self.path}: the directory {self.path.parent} does not exist")
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return False
        except OSError as exc:
            raise StateFileError(f"cannot read {self.path}: {exc.strerror or exc}") from None
        state, offset = self._parse(raw)
        for leftover in self.path.parent.glob(f".{self.path.name}.*.tmp"):
            with contextlib.suppress(OSError):  # of a save interrupted by a crash
                leftover.unlink()
        for user in backend.state.users.values():
            user.files.close()
        backend.state = state
        backend.clock.offset = offset
        self._saved = hashlib.sha256(raw).hexdigest()
        return True

    def _parse(self, raw: bytes) -> tuple[State, float]:
        what = f"{self.path} is not a luna-emulator state file"
        try:
            doc = json.loads(raw)
        except (ValueError, RecursionError) as exc:  # JSONDecodeError, UnicodeDecodeError
            raise StateFileError(f"{what}: not valid JSON ({exc})") from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise StateFileError(f'{what}: no "format": {FORMAT!r}')
        if doc.get("version") != VERSION:
            raise StateFileError(
                f"{self.path} has version {doc.get('version')!r} of the state format; "
                f"this emulator reads version {VERSION}"
            )
        offset = doc.get("clockOffset", 0.0)
        if isinstance(offset, bool) or not isinstance(offset, int | float):
            raise StateFileError(f"{self.path} is corrupt: clockOffset is not a number")
        if "state" not in doc:
            raise StateFileError(f'{self.path} is corrupt: it holds no "state"')
        self._opened = []
        try:
            state = self.codec.decode(doc["state"], State, "state")
        except (CodecError, RecursionError) as exc:
            for area in self._opened:
                area.close()
            raise StateFileError(f"{self.path} is corrupt: {exc}") from None
        finally:
            self._opened = []
        assert isinstance(state, State)
        return state, float(offset)

    # -- saving ------------------------------------------------------------------------
    def save(self, backend: Backend) -> bool:
        """Write the state when it changed since the last save or load; True if written.
        On failure (disk full, ...) the previous state file stays, and it raises."""
        self._referenced = set()
        self._seen = {}
        self._new_blobs = False
        document = {
            "format": FORMAT,
            "version": VERSION,
            "clockOffset": backend.clock.offset,
            "state": self.codec.encode(backend.state, State, "state"),
        }
        self._digests = self._seen  # forget the digests of files that are gone
        data = json.dumps(document, separators=(",", ":")).encode() + b"\n"
        digest = hashlib.sha256(data).hexdigest()
        if digest == self._saved:
            return False
        if self._new_blobs:  # the blobs are on disk before the state that names them
            _fsync_directory(self.blob_dir)
        _write_atomically(self.path, lambda out: out.write(data))
        self._saved = digest
        self._remove_unreferenced_blobs()
        return True

    def _remove_unreferenced_blobs(self) -> None:
        if not self.blob_dir.is_dir():
            return
        for entry in self.blob_dir.iterdir():
            stale_blob = _HEX64.fullmatch(entry.name) and entry.name not in self._referenced
            interrupted = entry.name.startswith(".blob.") and entry.name.endswith(".tmp")
            if stale_blob or interrupted:
                with contextlib.suppress(OSError):
                    entry.unlink()

    # -- users' file areas -------------------------------------------------------------
    def _encode_area(self, area: FileArea, where: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in area:
            digest, size = self._store_blob(area.path(name))
            out[name] = {"sha256": digest, "size": size}
            self._referenced.add(digest)
        return out

    def _store_blob(self, file: Path) -> tuple[str, int]:
        """The file's digest; its content is saved as the blob of that name if new."""
        st = file.stat()
        key = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)
        digest = self._digests.get(key) if st.st_size >= DIGEST_CACHE_MIN else None
        if digest is None:
            digest = _sha256_file(file)
        if st.st_size >= DIGEST_CACHE_MIN:
            self._seen[key] = digest
        blob = self.blob_dir / digest
        if not blob.exists():
            self.blob_dir.mkdir(mode=0o700, exist_ok=True)
            tmp = self.blob_dir / f".blob.{digest}.tmp"
            with file.open("rb") as source:
                _copy_atomically(source, blob, tmp)
            self._new_blobs = True
        return digest, st.st_size

    def _decode_area(self, data: Any, where: str) -> FileArea:
        if not isinstance(data, dict):
            raise CodecError(where, f"expected an object of files, found {_kind(data)}")
        area = FileArea()
        self._opened.append(area)
        for name, ref in data.items():
            here = f"{where}[{name!r}]"
            if (
                not isinstance(ref, dict)
                or not isinstance(ref.get("sha256"), str)
                or not _HEX64.fullmatch(ref["sha256"])
                or isinstance(ref.get("size"), bool)
                or not isinstance(ref.get("size"), int)
            ):
                raise CodecError(here, 'expected {"sha256": hex digest, "size": bytes}')
            blob = self.blob_dir / ref["sha256"]
            try:
                with blob.open("rb") as source:
                    size = area.put_stream(name, source)
            except FileNotFoundError:
                raise CodecError(here, f"its content {blob} is missing") from None
            except (KeyError, ValueError):
                raise CodecError(here, "not a valid file name") from None
            except OSError as exc:
                raise CodecError(here, f"cannot read {blob}: {exc.strerror or exc}") from None
            copy = area.path(name)
            if size != ref["size"] or _sha256_file(copy) != ref["sha256"]:
                raise CodecError(here, f"{blob} does not hold the content the state names")
            if size >= DIGEST_CACHE_MIN:
                st = copy.stat()
                self._digests[(st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)] = ref["sha256"]
        return area


def _copy_atomically(source: Any, target: Path, tmp: Path) -> None:
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            shutil.copyfileobj(source, out, CHUNK)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
