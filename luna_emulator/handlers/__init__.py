"""Hand-written handlers, one module per resource family. Importing the package
registers them with ``backend.HANDLERS``."""

from . import (
    appliance,
    auth,
    config,
    hsm,
    hsm_extras,
    indirect,
    ntls,
    partition_extras,
    partitions,
    services,
    session,
    snmp,
    syslog,
    tasks,
    users,
)

__all__ = [
    "appliance",
    "auth",
    "config",
    "hsm",
    "hsm_extras",
    "indirect",
    "ntls",
    "partition_extras",
    "partitions",
    "services",
    "session",
    "snmp",
    "syslog",
    "tasks",
    "users",
]
