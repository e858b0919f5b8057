"""The embedded emulator's CCKM, seeded with every kind of resource the operations address:
the appliance gets (once) an initialized HSM with two initialized partitions that have a
Crypto Officer; CCKM gets (before each operation's cases, after a reset through its control
API) the first of them added from the ``emulated-luna`` connection, an RSA pair and two AES
keys, and a refresh and a synchronization job that stay running (so that they can be read
and cancelled). Only public APIs: the appliance's REST API (``luna_ext``), CCKM's API
(``CckmSession``) and ``CckmControlClient``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from luna_emulator.cckm import EMULATED_CONNECTION
from luna_ext import LunaSession
from luna_ext.workflows import create_partition, first_hsm, initialize_hsm, so_login

from ..redaction import SECRETS
from .policy import PREFIX
from .spec import example, path_of
from .target import CckmTarget

__all__ = ["CckmSeed", "seed_appliance", "seed_cckm"]

SO_PASSWORD = "lrk-Cckm-SO-1"
PARTITION_SO_PASSWORD = "lrk-Cckm-PSO-1"
CO_PASSWORD = "lrk-Cckm-CO-1"
JOB_SECONDS = 3600.0  # seeded jobs stay running for the whole run (emulator clock)


@dataclass
class CckmSeed:
    partitions: list[str] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    jobs: dict[str, str] = field(default_factory=dict)  # operationId of the start -> job id


def seed_appliance(url: str, *, username: str, password: str, verify: Any) -> None:
    """An initialized HSM and two initialized partitions with a Crypto Officer."""
    SECRETS.add(SO_PASSWORD, PARTITION_SO_PASSWORD, CO_PASSWORD)
    with LunaSession(url, username=username, password=password, verify=verify) as luna:
        hsm = first_hsm(luna)
        initialize_hsm(luna, hsm, label="lrkcckm", so_password=SO_PASSWORD, domain="lrkdomain")
        so_login(luna, hsm, SO_PASSWORD)
        for n in (1, 2):
            create_partition(
                luna,
                hsm,
                f"{PREFIX}cckm-{n}",
                so_password=PARTITION_SO_PASSWORD,
                domain="lrkpartdomain",
                co_password=CO_PASSWORD,
            )


def seed_cckm(target: CckmTarget, *, key_delay: float = 0.0) -> CckmSeed:
    """A fresh CCKM with partitions, keys and running jobs (the embedded emulator only)."""
    assert target.control is not None, "seed_cckm needs the embedded emulator"
    target.control.reset(key_operation_delay=key_delay, job_duration=JOB_SECONDS)
    target.forget_session()
    seed = CckmSeed()
    with target.session() as cm:
        # one of the appliance's two partitions: the other stays free for add-partition
        added = cm.request(
            "POST", path_of("addLunaPartition"), json={"connection": EMULATED_CONNECTION}
        )
        seed.partitions.append(str(added["id"]))
        for name, label in (("rsa", "rsa"), ("aes", "aes"), ("aes", "aes-2")):
            body = {**example("createLunaKey", name), "label": f"{PREFIX}seed-{label}"}
            body["partition_id"] = seed.partitions[0]
            body["attributes"] = sorted({*body.get("attributes", ()), "CKA_MODIFIABLE"})
            key = cm.request("POST", path_of("createLunaKey"), json=body)
            seed.keys.append(str(key["id"]))
            if isinstance(key.get("links"), dict) and key["links"].get("id"):
                seed.keys.append(str(key["links"]["id"]))
        for oid in ("startLunaRefresh", "startLunaSynchronize"):
            job = cm.request("POST", path_of(oid), json={"partitions": [seed.partitions[0]]})
            seed.jobs[oid] = str(job["id"])
        for key_id in seed.keys:
            cm.wait_for_key(key_id, timeout=30)
    return seed
