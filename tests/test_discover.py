"""python -m luna_conformance discover against the emulator over HTTPS, deviations injected through
its control API: what it reports, the patch it proposes, and that the patched spec is clean."""

from __future__ import annotations

import base64
import json
import ssl
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

import luna_spec
from luna_conformance.__main__ import main
from luna_conformance.discover_schema import PatchError, apply_patch
from luna_emulator import DEFAULT_USERS
from luna_emulator.control_client import ControlClient

PASSWORD = DEFAULT_USERS["admin"][0]
BASIC = base64.b64encode(f"admin:{PASSWORD}".encode()).decode()


@pytest.fixture
def control(served: Any) -> Iterator[ControlClient]:
    with ControlClient.for_running(served) as c:
        c.reset()
        yield c
        c.clear_faults()


def _get(served: Any, path: str) -> Any:
    verify = ssl.create_default_context(cafile=str(served.ca_file))
    with httpx.Client(base_url=served.url, verify=verify, auth=("admin", PASSWORD)) as c:
        return c.get(path).json()


def _discover(served: Any, out: Path, *extra: str) -> tuple[int, dict[str, Any]]:
    code = main(
        [
            "discover",
            "--luna-url",
            served.url,
            "--luna-ca",
            str(served.ca_file),
            "--luna-password",
            PASSWORD,
            "--luna-rate",
            "0",
            "--reports",
            str(out),
            *extra,
        ]
    )
    return code, json.loads((out / "discovery.json").read_text())


def _undocumented(report: dict[str, Any]) -> set[tuple[str, str, str]]:
    kinds = ("undeclared-resource", "undeclared-field", "type-mismatch", "enum-mismatch")
    return {
        (f["kind"], f["pointer"], f["where"])
        for f in report["findings"]
        if f["kind"] in (*kinds, "undeclared-status")
    }


def _no_secret(directory: Path) -> None:
    for path in directory.rglob("*"):
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            assert PASSWORD not in text, path
            assert BASIC not in text, path


def test_discover_finds_nothing_undocumented_on_the_emulator(
    served: Any, control: ControlClient, tmp_path: Path
) -> None:
    code, report = _discover(served, tmp_path)
    assert _undocumented(report) == set()
    assert code == 0


def test_discover_reports_injected_field_and_resource_and_the_patch_makes_it_clean(
    served: Any, control: ControlClient, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hsms = _get(served, "/api/lunasa/hsms")["hsms"]
    hsm_url = hsms[0]["url"]
    hsm = _get(served, hsm_url)
    root = _get(served, "/api/lunasa")
    # found before anything is injected (nothing, by the test above)
    _, before = _discover(served, tmp_path / "before")
    baseline = _undocumented(before)

    control.set_faults(
        [
            {"pattern": f"^{hsm_url}$", "method": "GET", "body": {**hsm, "fipsMode": True}},
            {
                "pattern": "^/api/lunasa$",
                "method": "GET",
                "body": {**root, "widgets": "/api/lunasa/widgets"},
            },
            {
                # a path the emulator does not serve answers, through a fault, 200 and a body
                "pattern": "^/api/lunasa/widgets$",
                "method": "GET",
                "status": 200,
                "body": {"widgets": [{"id": "w1", "size": 3}], "total": 1},
            },
        ]
    )
    code, report = _discover(served, tmp_path / "injected")
    assert code == 1
    found = _undocumented(report) - baseline
    hsm_pointer = "/components/schemas/Hsm"
    assert ("undeclared-field", hsm_pointer, "$.fipsMode") in found
    assert ("undeclared-resource", "/paths/~1api~1lunasa~1widgets", "/api/lunasa/widgets") in found
    # the root's link is declared as a string nowhere: it is an undeclared field too
    assert ("undeclared-field", "/components/schemas/ApplianceRoot", "$.widgets") in found
    assert len(found) == 3, found

    patch_file = tmp_path / "injected" / "discovery-patch.yaml"
    patch = yaml.safe_load(patch_file.read_text())
    paths = {op["path"]: op for op in patch["operations"]}
    assert paths[f"{hsm_pointer}/properties/fipsMode"]["value"] == {"type": "boolean"}
    widgets = paths["/paths/~1api~1lunasa~1widgets"]["value"]["get"]
    assert widgets["x-luna-destructive"] is False
    schema = widgets["responses"]["200"]["content"][luna_spec.VENDOR_JSON]["schema"]
    assert schema["properties"]["widgets"]["items"]["properties"]["size"] == {"type": "integer"}
    assert "w1" not in patch_file.read_text()  # types, never values

    new_spec = tmp_path / "luna-new.yaml"
    capsys.readouterr()
    assert (
        main(
            [
                "discover",
                "--apply",
                str(patch_file),
                "--spec",
                str(luna_spec.spec_path()),
                "-o",
                str(new_spec),
            ]
        )
        == 0
    )
    applied = capsys.readouterr().out
    # what the reviewer must still settle, by the spec's own rules: the evidence is not guessed
    widgets = [line for line in applied.splitlines() if "GET /api/lunasa/widgets:" in line]
    assert any("x-luna-evidence" in line for line in widgets), applied
    assert "1 spec rule problems" in applied
    original = luna_spec.spec_path().read_text()
    assert "fipsMode" not in original  # the spec itself is untouched
    code, after = _discover(served, tmp_path / "after", "--spec", str(new_spec))
    assert _undocumented(after) == set()
    assert after["clean"] is True
    assert code == 0
    assert "getWidgets" in after["operationsSeen"]
    html = (tmp_path / "injected" / "discovery.html").read_text()
    assert "/api/lunasa/widgets" in html
    assert "fipsMode" in html
    _no_secret(tmp_path)


def test_discover_reports_type_and_enum_mismatches_and_unseen_fields(
    served: Any, control: ControlClient, tmp_path: Path
) -> None:
    hsm_url = _get(served, "/api/lunasa/hsms")["hsms"][0]["url"]
    hsm = _get(served, hsm_url)
    roles = _get(served, f"{hsm_url}/roles")
    role_url = roles["roles"][0]["url"]
    role = _get(served, role_url)
    changed = {k: v for k, v in hsm.items() if k != "label"}
    changed["soLoginsLeft"] = "three"
    control.set_faults(
        [
            {"pattern": f"^{hsm_url}$", "method": "GET", "body": changed},
            {
                "pattern": f"^{role_url}$",
                "method": "GET",
                "body": {**role, "indirectLoginVersion": "quantum"},
            },
        ]
    )
    code, report = _discover(served, tmp_path)
    assert code == 1
    by_kind = {(f["kind"], f["where"]): f for f in report["findings"]}
    mismatch = by_kind[("type-mismatch", "$.soLoginsLeft")]
    assert mismatch["pointer"] == "/components/schemas/Hsm/properties/soLoginsLeft"
    assert "string where the schema declares integer" in mismatch["detail"]
    enum = by_kind[("enum-mismatch", "$.indirectLoginVersion")]
    assert enum["pointer"] == "/components/schemas/HsmRole/properties/indirectLoginVersion"
    assert ("unseen-field", "$.label") in by_kind
    patch = yaml.safe_load((tmp_path / "discovery-patch.yaml").read_text())
    ops = {(op["op"], op["path"]): op["value"] for op in patch["operations"]}
    assert ops[("replace", mismatch["pointer"] + "/type")] == "string"
    assert ops[("add", enum["pointer"] + "/enum/-")] == "quantum"
    new_spec = tmp_path / "new.yaml"
    args = ["discover", "--apply", str(tmp_path / "discovery-patch.yaml")]
    assert main([*args, "--spec", str(luna_spec.spec_path()), "-o", str(new_spec)]) == 0
    code, after = _discover(served, tmp_path / "after", "--spec", str(new_spec))
    assert _undocumented(after) == set()
    assert code == 0


def test_discover_sends_only_gets_with_one_login_and_paces(
    served: Any, control: ControlClient, tmp_path: Path
) -> None:
    control.clear_requests()
    started = time.monotonic()
    code, report = _discover(served, tmp_path, "--luna-rate", "40", "--budget", "12")
    elapsed = time.monotonic() - started
    log = control.requests()
    # the walk sends GET only; the session's one login opens it and a logout closes it
    others = [(r["method"], r["path"]) for r in log if r["method"] != "GET"]
    assert others == [("POST", "/auth/session"), ("DELETE", "/auth/session")]
    assert report["requests"] == 12
    assert report["budgetExhausted"] is True
    assert len(log) == 12 + 3  # the walk, the login, the session's opening GET, the logout
    assert elapsed >= 11 / 40  # 12 requests at 40/s: 11 gaps
    assert code in (0, 1)


def test_discover_stops_at_a_refused_login_without_a_second_one(
    served: Any, control: ControlClient, tmp_path: Path
) -> None:
    control.clear_requests()
    code = main(
        [
            "discover",
            "--luna-url",
            served.url,
            "--luna-ca",
            str(served.ca_file),
            "--luna-password",
            "not-the-password",
            "--reports",
            str(tmp_path),
        ]
    )
    assert code == 2
    log = control.requests()
    assert [(r["method"], r["path"], r["status"]) for r in log] == [("POST", "/auth/session", 401)]
    assert not (tmp_path / "discovery.json").exists()


def test_apply_refuses_a_patch_that_does_not_apply(tmp_path: Path) -> None:
    spec: dict[str, Any] = {
        "openapi": "3.0.3",
        "paths": {},
        "components": {"schemas": {"A": {"type": "object"}}},
    }
    fmt = "luna-rest-kit-spec-patch/1"
    good: dict[str, Any] = {
        "format": fmt,
        "operations": [
            {"op": "add", "path": "/components/schemas/A/properties/x", "value": {"type": "string"}}
        ],
    }
    assert apply_patch(spec, good)["components"]["schemas"]["A"]["properties"] == {
        "x": {"type": "string"}
    }
    assert "properties" not in spec["components"]["schemas"]["A"]  # a copy
    with pytest.raises(PatchError):
        apply_patch(spec, {"format": fmt, "operations": [{"op": "replace", "path": "/nope/x"}]})
    with pytest.raises(PatchError):
        apply_patch(spec, {"format": "other", "operations": []})
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump({"format": fmt, "operations": [{"op": "move", "path": "/a"}]}))
    out = tmp_path / "out.yaml"
    spec_file = tmp_path / "spec.yaml"
    spec_file.write_text(yaml.safe_dump(spec))
    assert main(["discover", "--apply", str(bad), "--spec", str(spec_file), "-o", str(out)]) == 2
    assert not out.exists()


def test_undeclared_collections_are_sampled_not_walked_whole(
    served: Any, control: ControlClient, tmp_path: Path
) -> None:
    root = _get(served, "/api/lunasa")
    children = [{"url": f"/api/lunasa/widgets/{i}"} for i in range(10)]
    control.set_faults(
        [
            {
                "pattern": "^/api/lunasa$",
                "method": "GET",
                "body": {**root, "widgets": "/api/lunasa/widgets"},
            },
            {
                "pattern": "^/api/lunasa/widgets$",
                "method": "GET",
                "status": 200,
                "body": {"widgets": children},
            },
            {
                "pattern": "^/api/lunasa/widgets/[0-9]+$",
                "method": "GET",
                "status": 200,
                "body": {"size": 1},
            },
        ]
    )
    control.clear_requests()
    _, report = _discover(served, tmp_path)
    asked = [r["path"] for r in control.requests() if r["path"].startswith("/api/lunasa/widgets/")]
    assert len(asked) == 4  # as many as the walk visits of one spec path
    resources = [f for f in report["findings"] if f["kind"] == "undeclared-resource"]
    assert {f["where"] for f in resources} == {"/api/lunasa/widgets", *asked}
    patch = yaml.safe_load((tmp_path / "discovery-patch.yaml").read_text())
    added = {op["path"]: op["value"] for op in patch["operations"] if op["op"] == "add"}
    item = added["/paths/~1api~1lunasa~1widgets~1{widgetid}"]["get"]
    assert item["parameters"][0]["name"] == "widgetid"
    assert "/paths/~1api~1lunasa~1widgets" in added
    assert not any(p.startswith("/paths/~1api~1lunasa~1widgets~10") for p in added)
    new_spec = tmp_path / "new.yaml"
    args = ["discover", "--apply", str(tmp_path / "discovery-patch.yaml")]
    assert main([*args, "--spec", str(luna_spec.spec_path()), "-o", str(new_spec)]) == 0
    _, after = _discover(served, tmp_path / "after", "--spec", str(new_spec))
    assert not [f for f in after["findings"] if f["kind"] == "undeclared-resource"]
    assert {"getWidgets", "getWidget"} <= set(after["operationsSeen"])
