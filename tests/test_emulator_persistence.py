"""``--state FILE``: the appliance state survives a restart (persistence.py)."""

from __future__ import annotations

import contextlib
import enum
import errno
import hashlib
import importlib
import inspect
import json
import os
import pkgutil
import ssl
import stat
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import httpx
import pytest
from starlette.testclient import TestClient

import luna_spec
import tests
from luna_emulator import create_app
from luna_emulator.app import EmulatorApp
from luna_emulator.control_client import ControlClient
from luna_emulator.model import NtlsClient
from luna_emulator.persistence import Codec, CodecError, StateFileError
from luna_emulator.server import serve_in_thread
from luna_emulator.spec_index import SpecIndex

from .conftest import ADMIN, HSM, JSON

SO_PW = "Sopass123!"
PSO_PW = "Psopass123!"
CO_PW = "Copass1234!"
PARTITIONS = f"/api/lunasa/hsms/{HSM}/partitions"


@pytest.fixture(scope="module")
def index() -> SpecIndex:
    """One compiled spec for the many apps of this module (compiling takes seconds)."""
    return SpecIndex()


def _app(file: Path, index: SpecIndex) -> EmulatorApp:
    return create_app(validate_responses=True, index=index, state_file=file)


def _client(app: EmulatorApp) -> TestClient:
    client = TestClient(app, base_url="https://testserver", follow_redirects=False)
    client.auth = ADMIN
    return client


def _state(app: EmulatorApp) -> dict[str, Any]:
    """The whole appliance state, through the control API (files by SHA-256)."""
    with TestClient(app, base_url="https://testserver") as c:
        snapshot: dict[str, Any] = ControlClient.over(c).snapshot()
    return snapshot


def _partitions(app: EmulatorApp) -> list[int]:
    return sorted(int(serial) for serial in _state(app)["state"]["partitions"])


def _upload(c: TestClient, user: str, name: str, data: bytes) -> None:
    request = c.build_request("POST", f"/users/{user}/files", files={"file": (name, data)})
    boundary = request.headers["Content-Type"].split("boundary=", 1)[1]
    request.headers["Content-Type"] = f"{luna_spec.VENDOR_MULTIPART}; boundary={boundary}"
    r = c.send(request)
    assert r.status_code == 204, r.text


def _init_hsm(c: TestClient) -> None:
    body = {"label": "persisted", "password": SO_PW, "domain": "mydomain"}
    assert c.put(f"/api/lunasa/hsms/{HSM}", json=body, headers=JSON).status_code == 204
    body = {"role": "so", "password": SO_PW}
    assert c.post(f"/api/lunasa/hsms/{HSM}/login", json=body, headers=JSON).status_code == 204


def _create_partition(c: TestClient, name: str) -> int:
    body = {"name": name, "hasPso": True, "size": 20480, "version": 0}
    r = c.post(PARTITIONS, json=body, headers=JSON)
    assert r.status_code == 204, r.text
    return int(r.headers["Location"].rsplit("/", 1)[1])


def _small_appliance(c: TestClient) -> None:
    """A few changes, one of them a file."""
    _init_hsm(c)
    _create_partition(c, "p1")
    _upload(c, "admin", "notes.txt", b"kept across restarts\n")


# ---- restarts --------------------------------------------------------------------------
def test_the_appliance_state_survives_a_restart(tmp_path: Path, index: SpecIndex) -> None:
    file = tmp_path / "appliance.json"
    payload = os.urandom(300_000)
    first = _app(file, index)
    with _client(first) as c:
        _init_hsm(c)
        p = [_create_partition(c, f"part{i}") for i in range(3)]
        body = {"password": PSO_PW, "label": "PART0", "domain": "dom", "ped": "0"}
        assert c.put(f"{PARTITIONS}/{p[0]}", json=body, headers=JSON).status_code == 204
        body = {"role": "so", "password": PSO_PW, "ped": "0"}
        assert c.post(f"{PARTITIONS}/{p[0]}/login", json=body, headers=JSON).status_code == 204
        body = {"password": CO_PW, "defaultChallenge": False}
        assert c.put(f"{PARTITIONS}/{p[0]}/roles/co", json=body, headers=JSON).status_code == 204
        assert c.delete(f"{PARTITIONS}/{p[1]}").status_code == 204
        for name, where in (("web1", {"ip": "10.0.0.1"}), ("web2", {"hostname": "web2.example"})):
            r = c.post("/api/lunasa/ntls/clients", json={"clientName": name, **where}, headers=JSON)
            assert r.status_code == 200, r.text
        for name, serial in (("web1", p[0]), ("web1", p[2]), ("web2", p[2])):
            r = c.post(
                f"/api/lunasa/ntls/clients/{name}/links",
                json={"url": f"{PARTITIONS}/{serial}"},
                headers=JSON,
            )
            assert r.status_code == 204, r.text
        user = {"userId": "alice", "password": "Alice-pass1", "role": "operator"}
        r = c.post("/users", json={**user, "fullName": "Alice Appleseed"}, headers=JSON)
        assert r.status_code == 204, r.text
        _upload(c, "alice", "payload.bin", payload)
        _upload(c, "admin", "notes.txt", b"hello\n")
        assert c.post("/api/lunasa/config/backups", json={}, headers=JSON).status_code == 204
        assert c.post("/_emulator/clock/advance", json={"seconds": 3600}).status_code == 204
        assert c.post("/auth/session", json={}, headers=JSON).status_code == 204
        cookie = c.cookies["SESSIONID"]
        r = c.post(f"/api/lunasa/hsms/{HSM}/actions/zeroize", json={}, headers=JSON)
        assert r.status_code == 202  # a protected task, Waiting: not kept

    second = _app(file, index)
    assert _state(second) == _state(first)  # every field, the files' contents included
    assert _state(second)["clockOffset"] == 3600
    with _client(second) as c:
        listed = [int(x["id"]) for x in c.get(PARTITIONS).json()["partitions"]]
        assert listed == [p[0], p[2]]
        part = c.get(f"{PARTITIONS}/{p[0]}").json()
        assert (part["state"], part["label"], part["name"]) == ("initialized", "PART0", "part0")
        assert c.get(f"{PARTITIONS}/{p[0]}/roles/co").json()["initialized"] is True
        links = {
            name: [x["id"] for x in c.get(f"/api/lunasa/ntls/clients/{name}/links").json()["links"]]
            for name in ("web1", "web2")
        }
        assert links == {"web1": sorted([str(p[0]), str(p[2])]), "web2": [str(p[2])]}
        assert c.get("/users/alice").json()["fullName"] == "Alice Appleseed"
        assert c.get("/users/alice/files/payload.bin/download").content == payload
        assert c.get("/users/admin/files/notes.txt/download").content == b"hello\n"
        assert len(c.get("/api/lunasa/config/backups").json()["backups"]) == 1
        # a restart ends every session, HSM SO login included, and forgets the tasks
        r = c.get("/api/lunasa/hsms", auth=None, headers={"Cookie": f"SESSIONID={cookie}"})
        assert (r.status_code, r.json()["id"]) == (401, "FRAMEWORK_NO_SESSION_COOKIE")
        r = c.post(PARTITIONS, json={"name": "x", "hasPso": True, "size": 1}, headers=JSON)
        assert r.json()["id"] == "APPLIANCE_REQUIRE_SO_LOGIN"
        assert c.get("/tasks").json() == {"tasks": []}
        assert c.get(f"/api/lunasa/hsms/{HSM}").json()["state"] == "initialized"
        # the appliance carries on from there: a new partition, saved in turn
        body = {"role": "so", "password": SO_PW}
        assert c.post(f"/api/lunasa/hsms/{HSM}/login", json=body, headers=JSON).status_code == 204
        p.append(_create_partition(c, "after-restart"))
        assert p[3] not in p[:3]
    assert _partitions(_app(file, index)) == [p[0], p[2], p[3]]


def test_work_done_by_a_task_poll_is_saved(tmp_path: Path, index: SpecIndex) -> None:
    file = tmp_path / "state.json"
    app = _app(file, index)
    with _client(app) as c:
        assert c.put("/_emulator/tasks/progress", json={"usuallyTasked": True}).status_code == 204
        body = {"label": "tasked", "password": SO_PW, "domain": "mydomain"}
        r = c.put(f"/api/lunasa/hsms/{HSM}", json=body, headers=JSON)
        assert r.status_code == 202
        assert _state(_app(file, index))["state"]["hsm"]["initialized"] is False  # not run yet
        while c.get(r.headers["Location"]).status_code != 303:  # GET polls run the work
            pass
    assert _state(_app(file, index))["state"]["hsm"]["label"] == "tasked"


def test_a_control_api_reset_is_saved_and_drops_the_files(tmp_path: Path, index: SpecIndex) -> None:
    file = tmp_path / "state.json"
    app = _app(file, index)
    with _client(app) as c:
        _small_appliance(c)
        assert [p.name for p in (tmp_path / "state.json.files").iterdir()] != []
        assert c.post("/_emulator/reset", json={"hsmSerial": 4242}).status_code == 204
    restarted = _state(_app(file, index))["state"]
    assert (restarted["hsm"]["serial"], restarted["partitions"]) == (4242, {})
    assert list((tmp_path / "state.json.files").iterdir()) == []


def test_a_missing_state_file_starts_a_fresh_appliance_and_is_written_at_once(
    tmp_path: Path, index: SpecIndex
) -> None:
    file = tmp_path / "state.json"
    app = _app(file, index)
    assert stat.S_IMODE(file.stat().st_mode) == 0o600  # it holds the passwords
    document = json.loads(file.read_bytes())
    assert (document["format"], document["version"]) == ("luna-emulator-state", 1)
    assert document["state"]["hsm"]["initialized"] is False
    assert sorted(document["state"]["users"]) == ["admin", "monitor", "operator"]
    written = file.stat().st_ino  # every write is a new file, renamed over the old one
    with _client(app) as c:
        assert c.get("/api/lunasa/hsms").status_code == 200
        assert c.post("/auth/session", json={}, headers=JSON).status_code == 204
        assert file.stat().st_ino == written  # a session is not state
        _init_hsm(c)
        assert json.loads(file.read_bytes())["state"]["hsm"]["initialized"] is True
        blobs = tmp_path / "state.json.files"
        assert not blobs.exists()

        data = b"some bytes\n"
        _upload(c, "admin", "one.txt", data)
        _upload(c, "admin", "same.txt", data)
        digest = hashlib.sha256(data).hexdigest()
        assert [p.name for p in blobs.iterdir()] == [digest]  # one blob per content
        files = json.loads(file.read_bytes())["state"]["users"]["admin"]["files"]
        assert files == {n: {"sha256": digest, "size": len(data)} for n in ("one.txt", "same.txt")}
        assert c.delete("/users/admin/files/one.txt").status_code == 204
        assert [p.name for p in blobs.iterdir()] == [digest]
        assert c.delete("/users/admin/files/same.txt").status_code == 204
        assert list(blobs.iterdir()) == []


def test_nothing_is_written_when_nothing_changed(tmp_path: Path, index: SpecIndex) -> None:
    file = tmp_path / "state.json"
    app = _app(file, index)
    with _client(app) as c:
        _small_appliance(c)
        written = file.stat().st_ino
        refused = c.post("/api/lunasa/ntls/clients", json={"clientName": "x"}, headers=JSON)
        assert refused.status_code == 400
        assert c.delete("/tasks").status_code == 204
        assert c.get("/users/admin/files").status_code == 200
        assert ControlClient.over(c).save_state() is False
        assert file.stat().st_ino == written
        r = c.post(
            "/api/lunasa/ntls/clients", json={"clientName": "x", "ip": "10.1.1.1"}, headers=JSON
        )
        assert r.status_code == 200
        assert file.stat().st_ino != written
    again = _app(file, index)  # a load counts as a save: no rewrite without a change
    inode = file.stat().st_ino
    with _client(again) as c:
        assert ControlClient.over(c).save_state() is False
    assert file.stat().st_ino == inode


def _fail_renames_into(directory: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make ``os.replace`` fail for targets in ``directory``: a crash between writing
    the new file and putting it in place."""
    real = os.replace

    def replace(src: Any, dst: Any, **kwargs: Any) -> None:
        if Path(dst).is_relative_to(directory):
            raise OSError(errno.EIO, "simulated crash before the rename")
        real(src, dst, **kwargs)

    monkeypatch.setattr(os, "replace", replace)


@pytest.mark.parametrize("change", ["partition", "file"])
def test_a_failed_save_leaves_the_previous_state_intact(
    tmp_path: Path, index: SpecIndex, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    file = tmp_path / "state.json"
    app = _app(file, index)
    with _client(app) as c:
        _small_appliance(c)
        before = file.read_bytes()
        blobs = sorted(p.name for p in (tmp_path / "state.json.files").iterdir())
        _fail_renames_into(tmp_path, monkeypatch)
        make_the_change: Callable[[], object] = (
            (lambda: _create_partition(c, "p2"))
            if change == "partition"
            else (lambda: _upload(c, "admin", "new.txt", b"new content\n"))
        )
        with pytest.raises(OSError, match="simulated crash"):
            make_the_change()
        assert file.read_bytes() == before
        assert sorted(p.name for p in tmp_path.iterdir()) == ["state.json", "state.json.files"]
        assert sorted(p.name for p in (tmp_path / "state.json.files").iterdir()) == blobs
        restarted = _app(file, index)
        assert len(_partitions(restarted)) == 1
        assert list(_state(restarted)["state"]["users"]["admin"]["files"]) == ["notes.txt"]
        # once writing works again, the next save writes the change the failed one missed
        monkeypatch.undo()
        assert ControlClient.over(c).save_state() is True
    assert _state(_app(file, index)) == _state(app)


def test_a_crash_after_the_temporary_file_was_written_is_harmless(
    tmp_path: Path, index: SpecIndex
) -> None:
    file = tmp_path / "state.json"
    with _client(_app(file, index)) as c:
        _small_appliance(c)
    before = file.read_bytes()
    leftover = tmp_path / ".state.json.k1l2m3.tmp"  # what a killed process leaves
    leftover.write_bytes(before[: len(before) // 2])
    restarted = _app(file, index)
    assert len(_partitions(restarted)) == 1
    assert not leftover.exists()
    assert file.read_bytes() == before


# ---- corrupt files ----------------------------------------------------------------------
def _edit(document: dict[str, Any], edit: Callable[[dict[str, Any]], None]) -> bytes:
    edit(document)
    return json.dumps(document).encode()


def _set_password(d: dict[str, Any]) -> None:
    d["state"]["users"]["admin"]["password"] = 42


def _partition_key(d: dict[str, Any]) -> None:
    d["state"]["partitions"]["not-a-serial"] = d["state"]["partitions"].popitem()[1]


def _bad_blob_name(d: dict[str, Any]) -> None:
    d["state"]["users"]["admin"]["files"]["notes.txt"]["sha256"] = "../../etc/passwd"


CORRUPTIONS: dict[str, tuple[Callable[[bytes, dict[str, Any]], bytes], str]] = {
    "empty": (lambda raw, d: b"", "not valid JSON"),
    "truncated": (lambda raw, d: raw[: len(raw) // 2], "not valid JSON"),
    "binary": (lambda raw, d: b"\x00\xff\xfe", "not valid JSON"),
    "not ours": (lambda raw, d: b'{"hello": "world"}', 'no "format"'),
    "a list": (lambda raw, d: b"[]", 'no "format"'),
    "newer version": (lambda raw, d: _edit(d, lambda x: x.update(version=2)), "version 2"),
    "no state": (lambda raw, d: _edit(d, lambda x: x.pop("state")), 'holds no "state"'),
    "wrong type": (
        lambda raw, d: _edit(d, _set_password),
        "state.users['admin'].password: expected str, found int",
    ),
    "bad key": (lambda raw, d: _edit(d, _partition_key), "key 'not-a-serial' is not an integer"),
    "bad blob name": (lambda raw, d: _edit(d, _bad_blob_name), 'expected {"sha256"'),
}


@pytest.mark.parametrize("corruption", sorted(CORRUPTIONS))
def test_a_corrupt_state_file_is_refused_never_reset(
    tmp_path: Path, index: SpecIndex, corruption: str
) -> None:
    file = tmp_path / "state.json"
    with _client(_app(file, index)) as c:
        _small_appliance(c)
    corrupt, message = CORRUPTIONS[corruption]
    raw = file.read_bytes()
    file.write_bytes(corrupt(raw, json.loads(raw)))
    damaged = file.read_bytes()
    with pytest.raises(StateFileError) as info:
        _app(file, index)
    assert str(file) in str(info.value)
    assert message in str(info.value)
    assert file.read_bytes() == damaged  # left as it was, for someone to look at


@pytest.mark.parametrize("damage", ["missing", "altered"])
def test_a_missing_or_damaged_file_content_is_refused(
    tmp_path: Path, index: SpecIndex, damage: str
) -> None:
    file = tmp_path / "state.json"
    with _client(_app(file, index)) as c:
        _small_appliance(c)
    (blob,) = (tmp_path / "state.json.files").iterdir()
    if damage == "missing":
        blob.unlink()
    else:
        blob.write_bytes(b"something else\n")
    with pytest.raises(StateFileError, match=r"state\.users\['admin'\]\.files\['notes\.txt'\]"):
        _app(file, index)


def test_a_state_file_that_cannot_be_written_is_refused_at_once(
    tmp_path: Path, index: SpecIndex
) -> None:
    with pytest.raises(StateFileError, match="does not exist"):
        _app(tmp_path / "nowhere" / "state.json", index)
    (tmp_path / "directory.json").mkdir()
    with pytest.raises(StateFileError, match="cannot read"):
        _app(tmp_path / "directory.json", index)


def test_a_state_file_that_cannot_be_created_is_refused_at_once(
    tmp_path: Path, index: SpecIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    def mkstemp(*args: Any, **kwargs: Any) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")  # root may write anywhere

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    with pytest.raises(StateFileError, match=r"cannot write .*state\.json: Permission denied"):
        _app(tmp_path / "state.json", index)


# ---- the codec ---------------------------------------------------------------------------
class Colour(enum.Enum):
    RED = "r"
    GREEN = "g"


@dataclass
class Inner:
    counts: dict[int, set[str]] = field(default_factory=dict)
    raw: bytes = b""


@dataclass
class Sample:
    """Every shape of type a model field may take."""

    name: str
    ratio: float
    flag: bool
    inner: Inner
    optional: Inner | None = None
    by_pair: dict[tuple[int, int], str] = field(default_factory=dict)
    frozen: frozenset[int] = frozenset()
    numbers: tuple[int, ...] = ()
    pair: tuple[str, int] = ("", 0)
    colour: Colour = Colour.RED
    mode: Literal["a", "b"] = "a"
    either: int | str = 0
    items: list[Inner] = field(default_factory=list)
    anything: Any = None
    added_later: str = "default"


def _sample() -> Sample:
    return Sample(
        name="s",
        ratio=2,  # an int in a float field stays an int
        flag=True,
        inner=Inner({3: {"b", "a"}, -1: set()}, b"\x00\xff"),
        optional=Inner(),
        by_pair={(1, 2): "x"},
        frozen=frozenset({3, 1}),
        numbers=(1, 2, 3),
        pair=("p", 9),
        colour=Colour.GREEN,
        mode="b",
        either="text",
        items=[Inner(raw=b"1"), Inner(raw=b"2")],
        anything={
            "plain": [1, 2.5, None, True, "s"],
            "bytes": b"\x01",
            "tuple": (1, (2, 3)),
            "set": {1, 2},
            "ints": {1: "one"},
            "$ref": "a key that looks like a tag",
            "model": NtlsClient("c", ip="10.0.0.1", links={"1": "/x"}),
        },
    )


def test_the_codec_round_trips_every_shape_of_field() -> None:
    codec = Codec()
    sample = _sample()
    data = json.loads(json.dumps(codec.encode(sample, Sample)))
    assert codec.decode(data, Sample) == sample
    again = codec.decode(data, Sample)
    assert type(again.ratio) is int
    assert isinstance(again.anything["model"], NtlsClient)
    assert again.anything["tuple"] == (1, (2, 3))


def test_a_field_added_later_gets_its_default_and_a_removed_one_is_ignored() -> None:
    codec = Codec()
    data = codec.encode(_sample(), Sample)
    del data["added_later"]
    data["removed_since"] = 1
    assert codec.decode(data, Sample).added_later == "default"


def test_a_value_that_does_not_fit_its_field_is_named_by_its_path() -> None:
    codec = Codec()
    sample = _sample()
    sample.inner.counts[3] = ["a list"]  # type: ignore[assignment]
    with pytest.raises(CodecError, match=r"^s\.inner\.counts\[3\]: a list where a set"):
        codec.encode(sample, Sample, "s")
    data = codec.encode(_sample(), Sample, "s")
    data["items"][1]["raw"] = "not base64!"
    with pytest.raises(CodecError, match=r"^s\.items\[1\]\.raw: not base64"):
        codec.decode(data, Sample, "s")
    with pytest.raises(CodecError, match="no JSON form for a object"):
        codec.encode(object(), Any, "s")


def test_tags_name_only_the_emulators_dataclasses() -> None:
    codec = Codec()
    for name in ("subprocess:Popen", "os:PathLike", "luna_emulator.model:NotThere"):
        with pytest.raises(CodecError):
            codec.decode({"$dataclass": name, "value": {}}, Any)
    with pytest.raises(CodecError, match="unknown tags"):
        codec.decode({"$eval": "1"}, Any)


# ---- every state the other families' tests make ----------------------------------------
SKIPPED_MODULES = {__name__.rsplit(".", 1)[-1], "test_emulator_fuzz"}  # ourselves; no api tests


def _workloads() -> Iterator[Any]:
    """The emulator tests that need nothing but an ``api`` client: each makes some state."""
    for info in sorted(pkgutil.iter_modules(tests.__path__), key=lambda m: m.name):
        if not info.name.startswith("test_emulator_") or info.name in SKIPPED_MODULES:
            continue
        module = importlib.import_module(f"tests.{info.name}")
        for name, fn in sorted(vars(module).items()):
            if (
                name.startswith("test_")
                and inspect.isfunction(fn)
                and list(inspect.signature(fn).parameters) == ["api"]
                and not getattr(fn, "pytestmark", None)
            ):
                yield pytest.param(fn, id=f"{info.name[len('test_emulator_') :]}.{name}")


@pytest.mark.parametrize("workload", list(_workloads()))
def test_every_state_the_family_tests_make_survives_a_restart(
    tmp_path: Path, index: SpecIndex, workload: Callable[[TestClient], None]
) -> None:
    """Saved after every change while the test runs, then loaded as it was: a field
    type the codec cannot save fails here, with the path of the value."""
    file = tmp_path / "state.json"
    app = _app(file, index)
    with _client(app) as c:
        workload(c)
        ControlClient.over(c).save_state()
    assert _state(_app(file, index)) == _state(app)


@contextlib.contextmanager
def _served(file: Path, index: SpecIndex) -> Iterator[httpx.Client]:
    with serve_in_thread(app=_app(file, index)) as running:
        verify = ssl.create_default_context(cafile=str(running.ca_file))
        with httpx.Client(base_url=running.url, verify=verify, auth=ADMIN) as client:
            yield client


def test_the_served_emulator_keeps_its_state_over_https(tmp_path: Path, index: SpecIndex) -> None:
    file = tmp_path / "state.json"
    with _served(file, index) as c:
        body = {"clientName": "h", "ip": "10.2.2.2"}
        assert c.post("/api/lunasa/ntls/clients", json=body, headers=JSON).status_code == 200
    with _served(file, index) as c:
        assert c.get("/api/lunasa/ntls/clients/h").json()["ip"] == "10.2.2.2"
