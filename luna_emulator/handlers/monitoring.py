"""Appliance monitoring: CPU, processes, memory, disk and its file systems, hardware sensors.

No reference page documents these resources; the public clients (the Thales Node samples
``monitor_*.js``) print the bodies as they come and read only ``sensors`` of the sensor
list. The readings here are the emulator's, internally consistent and moving with the
emulator's clock and load:

* the load is the recent request rate of the dispatch (``luna_emulator/load.py``, about
  the last minute on the emulator's clock): CPU use, the CPU and HSM temperatures and the
  fan speeds follow it, with a slow drift over the clock;
* the process list is the running services' daemons plus one REST worker per open
  session; memory in use is the sum of those processes and the kernel's share;
* the file systems hold what the appliance holds: ``/home`` the users' file areas,
  ``/var/log`` the log lines, ``/`` the installed packages; the disk is their sum.
"""

from __future__ import annotations

import math
from typing import Any

from .. import errors as E
from .. import load
from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules

RULES: Rules[Backend] = Rules()

__all__ = ["readings"]

CORES = 4
MEMORY_TOTAL = 16 * 1024**3  # bytes
KERNEL_MEMORY = 1_400 * 1024**2
SWAP_TOTAL = 4 * 1024**3
LOG_LINE = 120  # bytes per log line on disk
PACKAGE_SIZE = 180 * 1024**2
# file system -> (size, bytes in use when the appliance is new)
FILE_SYSTEMS = {
    "/": ("/dev/sda2", 20 * 1024**3, 6 * 1024**3),
    "/home": ("/dev/sda5", 40 * 1024**3, 64 * 1024**2),
    "/var/log": ("/dev/sda6", 8 * 1024**3, 512 * 1024**2),
}
# service -> (daemon, memory in bytes)
DAEMONS = {
    "lsta": ("lsta", 18 * 1024**2),
    "network": ("NetworkManager", 12 * 1024**2),
    "ntls": ("NTLS", 96 * 1024**2),
    "ntp": ("chronyd", 3 * 1024**2),
    "ssh": ("sshd", 6 * 1024**2),
    "syslog": ("rsyslogd", 8 * 1024**2),
    "sysstat": ("sadc", 2 * 1024**2),
    "webserver": ("lunawebserver", 140 * 1024**2),
    "snmp": ("snmpd", 9 * 1024**2),
    "stc": ("stcd", 11 * 1024**2),
    "cbs": ("cbsd", 7 * 1024**2),
}
REST_WORKER = ("lunarest-worker", 24 * 1024**2)


def _load(b: Backend) -> float:
    """How busy the appliance is, 0..1: the recent request rate (``load.py``), saturating,
    plus a slow drift."""
    now = b.clock.now()
    drift = 0.02 * (1 + math.sin(now / 600.0))
    return min(0.97, 1 - math.exp(-load.rate(b.runtime, now) / 5.0) + drift)


def readings(b: Backend) -> dict[str, Any]:
    """Every reading at once (the resources below show parts of it)."""
    load = _load(b)
    services = b.state.appliance.services
    procs = [
        (daemon, memory, name)
        for name, (daemon, memory) in sorted(DAEMONS.items())
        if name in services and services[name].running
    ]
    procs += [(REST_WORKER[0], REST_WORKER[1], "webserver") for _ in b.sessions]
    memory_used = KERNEL_MEMORY + sum(m for _, m, _ in procs)
    home = sum(u.files.size(n) for u in b.state.users.values() for n in u.files)
    logs = sum(len(lines) for lines in b.state.appliance.logs.values()) * LOG_LINE
    used = {
        "/": FILE_SYSTEMS["/"][2] + len(b.state.appliance.packages) * PACKAGE_SIZE,
        "/home": FILE_SYSTEMS["/home"][2] + home,
        "/var/log": FILE_SYSTEMS["/var/log"][2] + logs,
    }
    return {"load": load, "procs": procs, "memory": memory_used, "fs": used}


def _percent(x: float) -> float:
    return round(100 * x, 1)


@RULES.handles("getCpu")
def get_cpu(b: Backend, ctx: Ctx) -> Reply:
    load = _load(b)
    uptime = int(b.clock.now() - b.runtime.started)
    return Reply(
        200,
        {
            "cores": CORES,
            "usagePercent": _percent(load),
            "idlePercent": _percent(1 - load),
            "loadAverage": {
                k: round(CORES * load * f, 2)
                for k, f in (("oneMinute", 1.0), ("fiveMinutes", 0.9), ("fifteenMinutes", 0.8))
            },
            "uptime": uptime,
        },
    )


@RULES.handles("listCpuProcesses")
def list_cpu_processes(b: Backend, ctx: Ctx) -> Reply:
    r = readings(b)
    procs = r["procs"]
    share = r["load"] / max(len(procs), 1)
    return Reply(
        200,
        {
            "processes": [
                {
                    "pid": 400 + 7 * i,
                    "name": name,
                    "service": service,
                    "user": "root",
                    "state": "running",
                    "cpuPercent": _percent(share * CORES),
                    "memory": memory,
                }
                for i, (name, memory, service) in enumerate(procs)
            ]
        },
    )


@RULES.handles("getMemory")
def get_memory(b: Backend, ctx: Ctx) -> Reply:
    used = readings(b)["memory"]
    return Reply(
        200,
        {
            "total": MEMORY_TOTAL,
            "used": used,
            "free": MEMORY_TOTAL - used,
            "usedPercent": _percent(used / MEMORY_TOTAL),
            "swapTotal": SWAP_TOTAL,
            "swapUsed": 0,
        },
    )


def _file_systems(b: Backend) -> list[dict[str, Any]]:
    used = readings(b)["fs"]
    return [
        {
            "id": device.rsplit("/", 1)[1],
            "device": device,
            "mountPoint": mount,
            "total": size,
            "used": used[mount],
            "free": size - used[mount],
            "usedPercent": _percent(used[mount] / size),
        }
        for mount, (device, size, _) in FILE_SYSTEMS.items()
    ]


@RULES.handles("getDisk")
def get_disk(b: Backend, ctx: Ctx) -> Reply:
    parts = _file_systems(b)
    total = sum(p["total"] for p in parts)
    used = sum(p["used"] for p in parts)
    return Reply(
        200,
        {
            "total": total,
            "used": used,
            "free": total - used,
            "usedPercent": _percent(used / total),
            "partitions": "/api/lunasa/disk/partitions",
        },
    )


@RULES.handles("listDiskPartitions")
def list_disk_partitions(b: Backend, ctx: Ctx) -> Reply:
    return Reply(200, {"partitions": _file_systems(b)})


def _sensors(b: Backend) -> list[dict[str, Any]]:
    load = _load(b)
    drift = math.sin(b.clock.now() / 900.0)
    rows = [
        ("cpuTemp", "CPU temperature", "temperature", 41 + 30 * load + drift, "C", 85),
        ("hsmTemp", "HSM card temperature", "temperature", 38 + 18 * load + drift, "C", 70),
        ("chassisTemp", "Chassis temperature", "temperature", 27 + 4 * load + drift, "C", 50),
        ("fan1", "Fan 1", "fan", 4200 + 3600 * load + 40 * drift, "RPM", 0),
        ("fan2", "Fan 2", "fan", 4150 + 3600 * load - 40 * drift, "RPM", 0),
        ("psu1", "Power supply 1", "voltage", 12.02 - 0.05 * load, "V", 0),
        ("psu2", "Power supply 2", "voltage", 12.01 - 0.05 * load, "V", 0),
    ]
    return [
        {
            "id": sid,
            "name": name,
            "type": kind,
            "value": round(value, 1),
            "unit": unit,
            "status": "warning" if limit and value >= limit else "ok",
            "url": f"/api/lunasa/sensors/{sid}",
        }
        for sid, name, kind, value, unit, limit in rows
    ]


@RULES.handles("listSensors")
def list_sensors(b: Backend, ctx: Ctx) -> Reply:
    return Reply(200, {"sensors": _sensors(b)})


@RULES.handles("getSensor")
def get_sensor(b: Backend, ctx: Ctx) -> Reply:
    sid = str(ctx.params["sensorid"])
    for sensor in _sensors(b):
        if sensor["id"] == sid:
            return Reply(200, sensor)
    raise E.NotFound(f"no sensor {sid!r}")
