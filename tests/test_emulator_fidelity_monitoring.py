"""Monitoring readings and the log, over HTTPS (issue 9).

No reference page documents the monitoring bodies; the public clients (the Thales samples
``monitor_*.js``) print them and read ``sensors`` of the sensor list. What is checked here
is what any reading must satisfy: the declared fields are there (the response validation
of the served emulator checks them against the spec), the figures agree with each other
and with the rest of the appliance (services, users' files, logs, sessions), and they move
with the emulator's clock and load.
"""

from __future__ import annotations

import httpx
import pytest

import luna_spec
from luna_emulator.control_client import ControlClient

from .conftest import JSON, MONITOR

OCTET_BYTES = 3 * 1024 * 1024


def _upload(c: httpx.Client, name: str, data: bytes) -> None:
    request = c.build_request("POST", "/users/admin/files", files={"file": (name, data)})
    boundary = request.headers["Content-Type"].split("boundary=", 1)[1]
    request.headers["Content-Type"] = f"{luna_spec.VENDOR_MULTIPART}; boundary={boundary}"
    assert c.send(request).status_code == 204


def _mounts(c: httpx.Client) -> dict[str, dict[str, int]]:
    return {p["mountPoint"]: p for p in c.get("/api/lunasa/disk/partitions").json()["partitions"]}


def test_every_reading_is_there_and_adds_up(https: httpx.Client) -> None:
    cpu = https.get("/api/lunasa/cpu", auth=MONITOR).json()
    assert cpu["cores"] >= 1
    assert cpu["usagePercent"] + cpu["idlePercent"] == pytest.approx(100)
    assert set(cpu["loadAverage"]) == {"oneMinute", "fiveMinutes", "fifteenMinutes"}
    memory = https.get("/api/lunasa/memory").json()
    assert memory["used"] + memory["free"] == memory["total"]
    assert 0 < memory["usedPercent"] < 100
    disk = https.get("/api/lunasa/disk").json()
    parts = list(_mounts(https).values())
    assert {"/", "/home", "/var/log"} <= {p["mountPoint"] for p in parts}
    assert disk["total"] == sum(p["total"] for p in parts)
    assert disk["used"] == sum(p["used"] for p in parts)
    assert all(p["used"] + p["free"] == p["total"] for p in parts)
    assert https.get(disk["partitions"]).status_code == 200
    processes = https.get("/api/lunasa/cpu/process/processes").json()["processes"]
    assert sum(p["memory"] for p in processes) < memory["used"]  # plus the kernel's share


def test_sensors_are_listed_under_sensors_and_each_can_be_read(https: httpx.Client) -> None:
    body = https.get("/api/lunasa/sensors", auth=MONITOR).json()
    sensors = body["sensors"]  # the key the Thales sample reads
    assert {s["type"] for s in sensors} == {"temperature", "fan", "voltage"}
    for s in sensors:
        one = https.get(s["url"]).json()
        assert (one["id"], one["unit"], one["status"]) == (s["id"], s["unit"], "ok")
    r = https.get("/api/lunasa/sensors/noSuchSensor")
    assert r.status_code == 404


def test_processes_follow_the_services(https: httpx.Client) -> None:
    names = {
        p["service"] for p in https.get("/api/lunasa/cpu/process/processes").json()["processes"]
    }
    running = {
        n
        for n in ("ntls", "ssh", "snmp")
        if https.get(f"/api/lunasa/services/{n}").json()["status"] == "running"
    }
    assert running <= names
    assert "snmp" not in running
    assert "snmp" not in names
    used = https.get("/api/lunasa/memory").json()["used"]
    r = https.post("/api/lunasa/services/ntls/actions/stop", json={}, headers=JSON)
    assert r.status_code == 202
    for _ in range(5):
        if https.get(r.headers["Location"]).status_code == 303:
            break
    assert https.get("/api/lunasa/services/ntls").json()["status"] == "stopped"
    after = https.get("/api/lunasa/cpu/process/processes").json()["processes"]
    assert "ntls" not in {p["service"] for p in after}
    assert https.get("/api/lunasa/memory").json()["used"] < used  # NTLS's memory is freed


def test_the_file_systems_hold_the_users_files_and_the_logs(https: httpx.Client) -> None:
    home, logs = _mounts(https)["/home"]["used"], _mounts(https)["/var/log"]["used"]
    _upload(https, "big.bin", b"\0" * OCTET_BYTES)
    assert _mounts(https)["/home"]["used"] == home + OCTET_BYTES
    for i in range(3):
        r = https.post("/api/lunasa/logs/lunalogs", json={"message": f"note {i}"}, headers=JSON)
        assert r.status_code == 204, r.text
    assert _mounts(https)["/var/log"]["used"] > logs
    assert https.delete("/users/admin/files/big.bin").status_code == 204
    assert _mounts(https)["/home"]["used"] == home


def test_cpu_and_temperatures_follow_the_load_and_the_clock(served: object) -> None:
    import ssl

    from luna_emulator.server import RunningEmulator

    assert isinstance(served, RunningEmulator)
    verify = ssl.create_default_context(cafile=str(served.ca_file))
    with (
        ControlClient.for_running(served) as control,
        httpx.Client(base_url=served.url, verify=verify, auth=MONITOR, timeout=30) as c,
    ):
        control.reset()
        control.advance_clock(3600)  # an hour of quiet: the request rate is near zero
        idle_cpu = c.get("/api/lunasa/cpu").json()
        idle_temp = c.get("/api/lunasa/sensors/cpuTemp").json()["value"]
        assert idle_cpu["uptime"] >= 3600
        control.reset()  # the clock back at real time, then a burst of requests
        for _ in range(150):
            c.get("/api/lunasa")
        busy_cpu = c.get("/api/lunasa/cpu").json()
        busy_temp = c.get("/api/lunasa/sensors/cpuTemp").json()["value"]
        assert busy_cpu["usagePercent"] > idle_cpu["usagePercent"] + 10
        assert busy_temp > idle_temp
        assert busy_cpu["uptime"] < idle_cpu["uptime"]
        control.advance_clock(900)  # quiet again: the recent rate decays
        calm_cpu = c.get("/api/lunasa/cpu").json()
        assert calm_cpu["usagePercent"] < busy_cpu["usagePercent"] - 10


def test_write_log_message_is_one_line_of_the_lunalog(https: httpx.Client) -> None:
    r = https.post(
        "/api/lunasa/logs/lunalogs",
        json={"message": "keep-alive\nFAKE root: injected"},
        headers=JSON,
        auth=MONITOR,
    )
    assert r.status_code == 204, r.text
    log = https.get("/api/lunasa/syslog/logs/lunalog")
    assert log.status_code == 200
    text = log.text if "json" not in log.headers["Content-Type"] else str(log.json())
    assert "keep-alive FAKE root: injected" in text
    assert "lunarest[monitor]" in text
    r = https.post("/api/lunasa/logs/lunalogs", json={"message": ""}, headers=JSON)
    assert (r.status_code, r.json()["id"]) == (400, "FRAMEWORK_BAD_REQUEST")
