"""Running the conformance suite as a user does (a separate pytest process) against an
emulator seeded as an appliance in use; shared by the suite's safety tests."""

from __future__ import annotations

import base64
import html
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path
from typing import Any

from luna_emulator import DEFAULT_USERS
from luna_emulator.control_client import ControlClient
from luna_emulator.server import RunningEmulator
from luna_ext import LunaSession

ROOT = Path(__file__).resolve().parent.parent
ADMIN_PASSWORD = DEFAULT_USERS["admin"][0]
SO_PASSWORD = "Lrk-so-Secret-4711"
CO_PASSWORD = "Lrk-co-Secret-0815"
GUIDE_BLOCKLIST = {"maxInfractionCount": 5, "timeoutStart": 1, "timeoutMultiplier": 2}
CONFIGURATION = (
    "/api/lunasa/network",
    "/acl",
    "/api/lunasa/ntls/certificate",
    "/api/lunasa/ntls/clients",
    "/api/lunasa/ssh",
    "/api/lunasa/user/config/login",
    "/api/lunasa/user/config/password",
    "/users",
    "/roles",
    "/api/lunasa/webServer",
    "/api/lunasa/webServer/blocklist",
    "/api/lunasa/snmp/users",
    "/api/lunasa/syslog/remoteHosts",
    "/api/lunasa/services",
)


def _seed(appliance: RunningEmulator, control: ControlClient, *, serial: int, **reset: Any) -> None:
    """An appliance in use: initialized HSM, one initialized partition, one NTLS client linked
    to it, one SNMP user, one file."""
    control.reset(hsm_serial=serial)
    with LunaSession(
        appliance.url, username="admin", password=ADMIN_PASSWORD, ca_file=appliance.ca_file
    ) as luna:
        hsm = luna.get_json("/api/lunasa/hsms")["hsms"][0]["url"]
        body = {"label": "prod", "password": SO_PASSWORD, "domain": "proddomain"}
        luna.wait_for_task(luna.request("PUT", hsm, json=body))
        luna.request("POST", f"{hsm}/login", json={"role": "so", "password": SO_PASSWORD})
        r = luna.request(
            "POST",
            f"{hsm}/partitions",
            json={
                "name": "payments",
                "allStorageSpace": False,
                "hasPso": False,
                "size": 20480,
                "version": 1,
            },
        )
        luna.wait_for_task(r)
        part = luna.get_json(f"{hsm}/partitions")["partitions"][0]["url"]
        body = {"label": "payments", "password": CO_PASSWORD, "domain": "paydomain"}
        luna.wait_for_task(luna.request("PUT", part, json=body))
        luna.request(
            "POST", "/api/lunasa/ntls/clients", json={"ip": "192.0.2.77", "clientName": "app01"}
        )
        luna.request("POST", "/api/lunasa/ntls/clients/app01/links", json={"url": part})
        luna.request(
            "POST",
            "/api/lunasa/snmp/users",
            json={
                "securityName": "monitor01",
                "authenticationPassword": "Snmpauth123!",
                "authenticationProtocol": "SHA",
                "privacyPassword": "Snmppriv123!",
                "privacyProtocol": "AES",
            },
        )
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "notes.txt"
            src.write_text("appliance notes\n")
            luna.upload_user_file(src)
    if reset.get("blocklist"):
        with LunaSession(
            appliance.url, username="admin", password=ADMIN_PASSWORD, ca_file=appliance.ca_file
        ) as luna:
            luna.request("PUT", "/api/lunasa/webServer/blocklist", json=reset["blocklist"])
    control.clear_requests()


def _run(
    appliance: RunningEmulator,
    out: Path,
    *args: str,
    ca: bool = True,
    examples: int = 1,
    timeout: float = 900,
) -> tuple[int, str, float]:
    """The suite as a user runs it (a separate pytest process); (exit, console, seconds)."""
    out.mkdir(parents=True, exist_ok=True)
    cmd = [
        sys.executable,
        "-m",
        "pytest",
        "luna_conformance",
        "-p",
        "no:cacheprovider",
        "-q",
        "--luna-url",
        appliance.url,
        "--luna-password",
        ADMIN_PASSWORD,
        "--luna-so-password",
        SO_PASSWORD,
        "--luna-co-password",
        CO_PASSWORD,
        "--luna-rate",
        "0",
        f"--html={out / 'report.html'}",
        "--self-contained-html",
        f"--junitxml={out / 'report.xml'}",
        f"--luna-report-json={out / 'report.json'}",
        *(["--luna-ca", str(appliance.ca_file)] if ca else []),
        *args,
    ]
    env = {
        **os.environ,
        "LUNA_EXAMPLES": str(examples),
        "LUNA_STATEFUL_RUNS": "1",
        "LUNA_STATEFUL_STEPS": "5",
    }
    start = time.monotonic()
    proc = subprocess.run(
        cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT, env=env, check=False
    )
    console = proc.stdout + proc.stderr
    (out / "console.txt").write_text(console)
    return proc.returncode, console, time.monotonic() - start


def _report(out: Path) -> dict[str, Any]:
    result: dict[str, Any] = json.loads((out / "report.json").read_text())
    return result


def _verified_reads(report: dict[str, Any]) -> set[str]:
    return {
        o["operationId"]
        for o in report["operations"]
        if o["method"] == "GET" and o["verdict"] == "verified"
    }


def _secret_forms(cookies: list[str]) -> dict[str, str]:
    """Every secret of the run, in the encodings a report could carry it in."""
    basic = base64.b64encode(f"admin:{ADMIN_PASSWORD}".encode()).decode()
    forms: dict[str, str] = {
        "Basic token": basic,
        "Basic token (prefix)": basic[:12],
        "Basic token (suffix)": basic[-12:],
    }
    for name, value in (
        ("admin password", ADMIN_PASSWORD),
        ("SO password", SO_PASSWORD),
        ("CO password", CO_PASSWORD),
    ):
        forms[name] = value
        forms[f"{name} (url)"] = urllib.parse.quote(value, safe="")
        forms[f"{name} (html)"] = html.escape(value)
        forms[f"{name} (base64)"] = base64.b64encode(value.encode()).decode()
    for i, cookie in enumerate(cookies):
        forms[f"cookie {i}"] = cookie
    return forms


def _outputs(out: Path) -> dict[str, str]:
    return {p.name: p.read_text(errors="replace") for p in sorted(out.iterdir()) if p.is_file()}


def _config(appliance: RunningEmulator) -> dict[str, Any]:
    """What the configuration looks like through the API (users and roles one by one)."""
    with LunaSession(
        appliance.url, username="admin", password=ADMIN_PASSWORD, ca_file=appliance.ca_file
    ) as luna:
        snap: dict[str, Any] = {}
        for path in CONFIGURATION:
            r = luna.http.get(path)
            snap[path] = (r.status_code, r.text)
        for user in luna.get_json("/users").get("users", []):
            snap[user["url"]] = luna.get_json(user["url"])
        for role in luna.get_json("/roles").get("roles", []):
            snap[role["url"]] = luna.get_json(role["url"])
    return snap
