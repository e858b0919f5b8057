"""Recordings (luna_conformance/recording.py): recorded from the emulator over HTTPS by discover
and by the suite, replayed against the same emulator (full agreement), against one with a
deviation injected through the control API (that operation scores below the rest) and
against one with other ids (rebound); the shipped recording; the scoring itself."""

from __future__ import annotations

import base64
import json
import ssl
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from luna_conformance.__main__ import main
from luna_conformance.recording import (
    FORMAT,
    RecordingWriter,
    load_recording,
    score_exchange,
    shape,
)
from luna_emulator import DEFAULT_USERS
from luna_emulator.control_client import ControlClient

PASSWORD = DEFAULT_USERS["admin"][0]
BASIC = base64.b64encode(f"admin:{PASSWORD}".encode()).decode()
SHIPPED = Path(__file__).parent / "data" / "recording"
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def control(served: Any) -> Iterator[ControlClient]:
    with ControlClient.for_running(served) as c:
        c.reset()
        yield c
        c.clear_faults()
        c.reset()


def _target(served: Any) -> list[str]:
    return ["--luna-url", served.url, "--luna-ca", str(served.ca_file), "--luna-password",
            PASSWORD, "--luna-rate", "0"]  # fmt: skip


def _replay(served: Any, recording: Path, out: Path, *extra: str) -> tuple[int, dict[str, Any]]:
    code = main(["replay", str(recording), *_target(served), "--reports", str(out), *extra])
    return code, json.loads((out / "replay.json").read_text())


def _scores(result: dict[str, Any]) -> dict[str, float]:
    return {o["operation"]: o["score"] for o in result["operations"] if o["score"] is not None}


def _no_secret(directory: Path) -> None:
    for path in directory.rglob("*"):
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        assert PASSWORD not in text, path
        assert BASIC not in text, path
        for entry in [json.loads(text)] if path.suffix == ".json" else []:
            if path.name == "index.json":
                continue
            for ex in entry.get("exchanges", []):
                assert "authorization" not in ex["request"]["headers"]
                assert "cookie" not in ex["request"]["headers"]
                cookie = ex["response"]["headers"].get("set-cookie")
                assert cookie in (None, "«redacted»"), path


def test_shipped_recording_is_a_documented_recording_without_secrets() -> None:
    index, files = load_recording(SHIPPED)
    assert index["format"] == FORMAT
    assert index["tool"] == "discover"
    assert len(files) == len(index["operations"]) >= 50
    seqs = [ex["seq"] for f in files for ex in f["exchanges"]]
    assert len(seqs) == len(set(seqs)) == index["exchanges"]
    for f in files:
        assert f["format"] == FORMAT
        assert f["method"] == "GET"
        # a link the spec describes no GET for has no operationId (the root's /cluster)
        assert f["operationId"] or f["exchanges"][0]["response"]["status"] == 404
        for ex in f["exchanges"]:
            assert ex["request"]["method"] == "GET"
            assert ex["response"]["shape"] == shape(ex["response"]["body"]) or (
                ex["response"]["body"] is None and ex["response"]["shape"] == []
            )
    _no_secret(SHIPPED)


def test_shipped_recording_replays_in_full_agreement_against_the_emulator(
    served: Any, control: ControlClient, tmp_path: Path
) -> None:
    code, result = _replay(served, SHIPPED, tmp_path)
    assert result["fullAgreement"] is True, [
        (o["operation"], o["exchanges"]) for o in result["operations"] if o["score"] != 1.0
    ]
    assert code == 0
    assert len(_scores(result)) >= 50
    assert set(_scores(result).values()) == {1.0}


def test_record_replay_agreement_then_a_deviation_scores_below_the_rest(
    served: Any, control: ControlClient, tmp_path: Path
) -> None:
    recording = tmp_path / "rec"
    assert main(["discover", *_target(served), "--reports", str(tmp_path / "d"),
                 "--record", str(recording)]) in (0, 1)  # fmt: skip
    _no_secret(recording)
    code, same = _replay(served, recording, tmp_path / "same")
    assert code == 0
    assert same["fullAgreement"] is True
    assert set(_scores(same).values()) == {1.0}

    verify = ssl.create_default_context(cafile=str(served.ca_file))
    with httpx.Client(base_url=served.url, verify=verify, auth=("admin", PASSWORD)) as c:
        hsm_url = c.get("/api/lunasa/hsms").json()["hsms"][0]["url"]
        hsm = c.get(hsm_url).json()
    deviating = {k: v for k, v in hsm.items() if k != "soLoginsLeft"}
    deviating["serialNumber"] = 7001234  # a number where a string was recorded
    control.set_faults(
        [
            {
                "pattern": f"^{hsm_url}$",
                "method": "GET",
                "body": deviating,
                "headers": {"X-Firmware": "7.9"},
            }
        ]
    )
    code, other = _replay(served, recording, tmp_path / "other")
    assert code == 1
    assert other["fullAgreement"] is False
    scores = _scores(other)
    assert scores["getHsm"] < 1.0
    rest = {k: v for k, v in scores.items() if k != "getHsm"}
    assert rest
    assert scores["getHsm"] < min(rest.values())
    assert set(rest.values()) == {1.0}
    worst = next(o for o in other["operations"] if o["operation"] == "getHsm")["exchanges"][0]
    assert worst["status"] == 1.0
    assert worst["headers"] < 1.0
    assert worst["body"] < 1.0
    assert "x-firmware" in worst["note"]
    assert "$.soLoginsLeft:number" in worst["note"]
    assert "getHsm" in (tmp_path / "other" / "replay.html").read_text()


def test_replay_rebinds_ids_to_the_other_targets_resources(
    served: Any, control: ControlClient, tmp_path: Path
) -> None:
    """A recording of one appliance checks another with other ids: the HSM serial differs."""
    serial = int(json.loads((SHIPPED / "listHsms.json").read_text())["exchanges"][0]["response"]
                 ["body"]["hsms"][0]["id"])  # fmt: skip
    control.reset(hsm_serial=serial + 1)
    code, rebound = _replay(served, SHIPPED, tmp_path / "rebound")
    assert code == 0
    assert rebound["fullAgreement"] is True
    code, literal = _replay(served, SHIPPED, tmp_path / "literal", "--no-rebind")
    assert code == 1
    assert _scores(literal)["getHsm"] < 1.0  # /hsms/<old serial>: not found there


def test_recording_redacts_a_secret_the_target_answers(
    served: Any, control: ControlClient, tmp_path: Path
) -> None:
    verify = ssl.create_default_context(cafile=str(served.ca_file))
    with httpx.Client(base_url=served.url, verify=verify, auth=("admin", PASSWORD)) as c:
        hsm_url = c.get("/api/lunasa/hsms").json()["hsms"][0]["url"]
        hsm = c.get(hsm_url).json()
    control.set_faults([{"pattern": f"^{hsm_url}$", "method": "GET",
                         "body": {**hsm, "label": f"pw {PASSWORD} and {BASIC}"}}])  # fmt: skip
    recording = tmp_path / "rec"
    main(["discover", *_target(served), "--reports", str(tmp_path), "--record", str(recording)])
    text = (recording / "getHsm.json").read_text()
    assert "«redacted»" in text
    _no_secret(tmp_path)


def test_the_suite_records_what_it_sends_and_the_recording_replays(
    served: Any, control: ControlClient, tmp_path: Path
) -> None:
    recording = tmp_path / "suite"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            str(ROOT / "luna_conformance"),
            "-p",
            "no:cacheprovider",
            "-q",
            "-n",
            "0",
            "-k",
            "test_operation",
            "--luna-operations",
            "getHsm,listHsms",
            "--luna-examples",
            "3",
            "--record",
            str(recording),
            f"--luna-report-json={tmp_path / 'c.json'}",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert run.returncode == 0, run.stdout[-3000:]
    index, files = load_recording(recording)
    assert index["tool"] == "suite"
    by_op = {f["operationId"]: f for f in files}
    assert {"getHsm", "listHsms"} <= set(by_op)
    assert any(ex["request"]["auth"] == "basic" for ex in by_op["getHsm"]["exchanges"])
    assert {ex["response"]["status"] for ex in by_op["getHsm"]["exchanges"]} >= {200}
    _no_secret(recording)
    # replayed against another (embedded) emulator: the recorded GETs agree
    code = main(["replay", str(recording), "--reports", str(tmp_path / "r")])
    result = json.loads((tmp_path / "r" / "replay.json").read_text())
    assert _scores(result)["getHsm"] == 1.0
    assert _scores(result)["listHsms"] == 1.0
    assert code == 0, result


def test_score_exchange_parts() -> None:
    body = {"hsms": [{"id": "1", "url": "/api/lunasa/hsms/1"}]}
    headers = {
        "content-type": "application/vnd.safenetinc.lunasa+json;version=17",
        "date": "Mon",
        "link": "<...>",
    }
    recorded: dict[str, Any] = {"status": 200, "headers": headers, "shape": shape(body)}
    same = score_exchange(recorded, 200, {**headers, "date": "Tue"}, body, "/x")
    assert same.score == 1.0  # the date is per answer: not compared
    other_status = score_exchange(recorded, 404, headers, body, "/x")
    assert other_status.score == pytest.approx(2 / 3)
    other_type = {**headers, "content-type": "application/json"}
    assert score_exchange(recorded, 200, other_type, body, "/x").header_score == pytest.approx(
        1 / 3
    )
    retyped = {"hsms": [{"id": 1, "url": "/api/lunasa/hsms/1"}]}
    part = score_exchange(recorded, 200, headers, retyped, "/x")
    assert 0 < part.body_score < 1
    assert part.status_score == 1.0
    assert score_exchange(recorded, 200, headers, None, "/x").body_score == 0.0


def test_writers_of_several_processes_merge_into_one_recording(
    served: Any, control: ControlClient, tmp_path: Path
) -> None:
    """pytest-xdist workers each write their part into the same directory."""
    verify = ssl.create_default_context(cafile=str(served.ca_file))
    directory = tmp_path / "rec"
    writers = [
        RecordingWriter(
            directory,
            tool="suite",
            target=served.url,
            kind="embedded emulator",
            max_per_operation=3,
        )
        for _ in range(2)
    ]
    with httpx.Client(base_url=served.url, verify=verify, auth=("admin", PASSWORD)) as c:
        for writer in writers:
            for _ in range(2):
                writer.add_httpx(c.get("/api/lunasa/hsms"))
            writer.add_httpx(c.get("/api/lunasa"))
    for writer in writers:
        writer.write()
    index, files = load_recording(directory)
    by_op = {f["operationId"]: f for f in files}
    assert set(by_op) == {"listHsms", "getAppliance"}
    assert len(by_op["listHsms"]["exchanges"]) == 3  # 4 sent, 3 kept per operation
    assert len(by_op["getAppliance"]["exchanges"]) == 2
    seqs = [ex["seq"] for f in files for ex in f["exchanges"]]
    assert len(set(seqs)) == len(seqs)
    assert index["exchanges"] == 6
    _no_secret(directory)


def test_refused_credentials_are_recorded_as_such_and_never_replayed(
    served: Any, control: ControlClient, tmp_path: Path
) -> None:
    verify = ssl.create_default_context(cafile=str(served.ca_file))
    directory = tmp_path / "rec"
    writer = RecordingWriter(directory, tool="suite", target=served.url, kind="embedded emulator")
    with httpx.Client(base_url=served.url, verify=verify) as c:
        writer.add_httpx(c.get("/api/lunasa/hsms", auth=("admin", "wrong-password")))
        writer.add_httpx(c.get("/api/lunasa/hsms", auth=("admin", PASSWORD)))
    writer.write()
    exchanges = json.loads((directory / "listHsms.json").read_text())["exchanges"]
    assert [(e["request"]["auth"], e["response"]["status"]) for e in exchanges] == [
        ("refused", 401),
        ("basic", 200),
    ]
    control.clear_requests()
    code, result = _replay(served, directory, tmp_path / "r", "--no-rebind")
    assert code == 0
    op = next(o for o in result["operations"] if o["operation"] == "listHsms")
    assert len(op["exchanges"]) == 1
    assert "refused" in op["skipped"][0]
    assert all(r["status"] != 401 for r in control.requests())
