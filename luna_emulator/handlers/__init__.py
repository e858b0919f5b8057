"""The rules, one module per resource family; each declares its operations in its own
``RULES`` table, and ``RULES`` below lists them all for ``app.py`` to wire
(``dispatch.wire``)."""

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

RULES = (
    appliance.RULES,
    auth.RULES,
    config.RULES,
    hsm.RULES,
    hsm_extras.RULES,
    indirect.RULES,
    ntls.RULES,
    partition_extras.RULES,
    partitions.RULES,
    services.RULES,
    session.RULES,
    snmp.RULES,
    syslog.RULES,
    tasks.RULES,
    users.RULES,
)

__all__ = [
    "RULES",
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
