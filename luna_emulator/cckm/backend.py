"""The emulated CipherTrust Manager: its state, its clock (the appliance's), and the
asynchronous work (key operations and jobs) that finishes as that clock passes.

``CckmBackend.tick()`` runs before every request: each key operation or job whose time
has come is finished then, against the appliance's partitions (``hsm.py``). How long they
take is ``state.timing`` (the control API sets it); the values that mark an operation
pending or done are read from ``cckm.yaml``'s ``x-cckm-completion``. No HTTP here.
"""

from __future__ import annotations

import secrets
import uuid
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from ..model import State
from . import hsm
from .errors import CckmError, NotFound
from .model import CckmState, Connection, Job, KeyRecord, ManagedPartition, Timing
from .spec import CckmSpec
from .tokens import JwtSigner

if TYPE_CHECKING:
    from ..app import Emulator

__all__ = ["DEFAULT_CCKM_PASSWORD", "DEFAULT_CCKM_USER", "EMULATED_CONNECTION", "CckmBackend"]

DEFAULT_CCKM_USER = "admin"
DEFAULT_CCKM_PASSWORD = "CckmAdmin1!"  # noqa: S105 (an emulator default, in the README)
EMULATED_CONNECTION = "emulated-luna"


class CckmBackend:
    def __init__(
        self,
        emulator: Emulator,
        *,
        password: str = DEFAULT_CCKM_PASSWORD,
        spec: CckmSpec | None = None,
    ) -> None:
        self.emulator = emulator
        self.spec = spec or CckmSpec.shared()
        self.clock = emulator.backend.clock
        self.signer = JwtSigner(self.spec.jwt_lifetime)
        self.users = {DEFAULT_CCKM_USER: password}
        ops = self.spec.operations
        create, delete = ops["createLunaKey"].completion, ops["deleteLunaKeyFromHsm"].completion
        update, job = ops["updateLunaKey"].completion, ops["startLunaRefresh"].completion
        assert create and delete and update and job, "cckm.yaml declares x-cckm-completion"  # noqa: PT018
        self.pending, self.available, self.deleted = (
            create.pending[0],
            create.success[0],
            delete.success[0],
        )
        self.op_pending, self.op_done = update.pending[0], update.success[0]
        self.job_running, self.job_done, self.job_failed = (
            job.pending[0],
            job.success[0],
            job.failure[0],
        )
        self.state = CckmState()
        self.reset()

    def __repr__(self) -> str:
        return f"CckmBackend(keys={len(self.state.keys)}, partitions={len(self.state.partitions)})"

    # -- the appliance and the clock ------------------------------------------------------
    @property
    def appliance(self) -> State:
        """The emulated appliance's state, as it is now (a reset replaces it)."""
        return self.emulator.backend.state

    def now(self) -> float:
        return self.clock.now()

    def stamp(self, when: float | None = None) -> str:
        moment = datetime.fromtimestamp(self.now() if when is None else when, UTC)
        return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    def reset(self, *, password: str | None = None, timing: Timing | None = None) -> None:
        """A fresh CipherTrust Manager: only the connection to the emulated appliance."""
        if password is not None:
            self.users[DEFAULT_CCKM_USER] = password
        self.state = CckmState(timing=timing or Timing())
        stamp = self.stamp()
        conn = Connection(
            id=str(uuid.uuid4()),
            name=EMULATED_CONNECTION,
            password=secrets.token_urlsafe(12),
            partitions=[],
            created=stamp,
            updated=stamp,
            description="The emulated Luna Network HSM: every partition it has.",
            emulated=True,
        )
        self.state.connections[conn.id] = conn

    # -- look-ups -------------------------------------------------------------------------
    def connection_partitions(self, c: Connection) -> list[dict[str, str]]:
        """A connection's partitions; the emulated appliance's are read live."""
        if not c.emulated:
            return c.partitions
        host = self.appliance.appliance.hostname
        return [
            {
                "id": str(uuid.uuid5(uuid.NAMESPACE_OID, f"{c.id}:{serial}")),
                "hostname": host,
                "partition_label": p.label or p.name,
                "serial_number": str(serial),
            }
            for serial, p in sorted(self.appliance.partitions.items())
        ]

    def find_connection(self, ref: str) -> Connection:
        for c in self.state.connections.values():
            if ref in (c.id, c.name):
                return c
        raise NotFound(f"no connection {ref!r}")

    def find_partition(self, pid: str) -> ManagedPartition:
        p = self.state.partitions.get(pid)
        if p is None:
            raise NotFound(f"no partition {pid!r}")
        return p

    def find_key(self, kid: str) -> KeyRecord:
        k = self.state.keys.get(kid)
        if k is None:
            raise NotFound(f"no key {kid!r}")
        return k

    def partner(self, k: KeyRecord) -> KeyRecord | None:
        return self.state.keys.get(k.link_id) if k.link_id else None

    # -- asynchronous work ----------------------------------------------------------------
    def tick(self) -> None:
        """Finish every key operation and job whose time has come."""
        now = self.now()
        for k in list(self.state.keys.values()):
            if k.pending is not None and k.pending.due <= now:
                self._finish(k)
        for j in list(self.state.jobs.values()):
            if j.overall_status == self.job_running and (j.abort or j.due <= now):
                self._run_job(j)

    def _touch(self, k: KeyRecord) -> None:
        k.updated = self.stamp()

    def _finish(self, k: KeyRecord) -> None:
        op = k.pending
        assert op is not None
        k.pending = None
        mp = self.state.partitions.get(k.partition_id)
        try:
            if mp is None:
                raise NotFound(f"partition {k.partition_id} is no longer in CCKM")
            if op.operation == "keycreate":
                self._create(k, mp)
            elif op.operation == "keyupdate":
                for serial, handle in k.handles.items():
                    hsm.apply_attributes(
                        hsm.partition_of(self.appliance, serial).objects[handle], op.changes
                    )
                self._refresh_facts(k)
                k.operation_status = self.op_done
            elif op.operation == "keyreplicate":
                self._replicate(k, mp)
                k.operation_status = self.op_done
            elif op.operation == "keydelete":
                for serial, handle in k.handles.items():
                    part = self.appliance.partitions.get(serial)
                    if part is not None:
                        part.objects.pop(handle, None)
                k.handles.clear()
                k.status, k.operation_status = self.deleted, self.op_done
        except (CckmError, KeyError, ValueError):
            # no failure value is documented: the operation ends, the key stays as it was
            # (a creation that could not run leaves no object: DELETED)
            if op.operation == "keycreate":
                k.status = self.deleted
            k.operation_status = self.op_done
        self._touch(k)

    def _create(self, k: KeyRecord, mp: ManagedPartition) -> None:
        pair = self.partner(k)
        if k.handles:  # created together with its other half
            k.status, k.operation_status = self.available, "created"
            return
        first = hsm.partition_of(self.appliance, mp.serials[0])
        objects = hsm.create_key_objects(first, k.label, k.algorithm, k.size, set(k.requested))
        halves = (
            [k] if pair is None else ([k, pair] if k.object_type == "private key" else [pair, k])
        )
        for record, (handle, obj) in zip(halves, objects, strict=True):
            record.pending = None  # the other half is done too
            record.handles[mp.serials[0]] = handle
            for serial in mp.serials[1:]:
                record.handles[serial] = hsm.copy_object(
                    obj, hsm.partition_of(self.appliance, serial)
                )
            self._refresh_facts(record)
            record.status, record.operation_status = self.available, "created"
            self._touch(record)

    def _replicate(self, k: KeyRecord, mp: ManagedPartition) -> None:
        source = next(
            (
                self.appliance.partitions[s].objects[h]
                for s, h in k.handles.items()
                if s in self.appliance.partitions and h in self.appliance.partitions[s].objects
            ),
            None,
        )
        if source is None:
            raise NotFound("the key's object is on no member of the partition")
        for serial in mp.serials:
            part = hsm.partition_of(self.appliance, serial)
            if k.handles.get(serial) not in part.objects:
                k.handles[serial] = hsm.copy_object(source, part)

    def _object_of(self, k: KeyRecord) -> tuple[int, str, dict[str, object]] | None:
        for serial, handle in k.handles.items():
            part = self.appliance.partitions.get(serial)
            if part is not None and handle in part.objects:
                return serial, handle, part.objects[handle]
        return None

    def _refresh_facts(self, k: KeyRecord) -> None:
        found = self._object_of(k)
        if found is None:
            return
        facts = hsm.describe(dict(found[2]), found[0], found[1])
        if facts is None:
            return
        k.object_type, k.algorithm = facts.object_type, facts.algorithm
        k.attributes, k.object_uid = facts.attributes, facts.uid
        k.fingerprint, k.modulus, k.exponent = facts.fingerprint, facts.modulus, facts.exponent
        k.byok_key = "CKA_EXTRACTABLE" in facts.attributes or k.byok_key

    def _run_job(self, j: Job) -> None:
        """A job's work: read every partition's objects into CCKM (a synchronization also
        copies keys to the HA members that miss them). A cancelled job does nothing more
        and ends completed, as CCKM's cancelled jobs do."""
        for pid in j.partitions:
            if j.abort:
                j.detailed_status[pid] = self.job_done
                continue
            mp = self.state.partitions.get(pid)
            try:
                if mp is None:
                    raise NotFound(pid)
                self._read_partition(mp)
                if j.job_type == "ha_synchronize":
                    for k in self.keys_of(mp):
                        if k.status == self.available:
                            self._replicate(k, mp)
                j.detailed_status[pid] = self.job_done
            except CckmError:
                j.detailed_status[pid] = self.job_failed
        failed = any(v == self.job_failed for v in j.detailed_status.values())
        j.overall_status = self.job_failed if failed else self.job_done
        j.updated = j.completed_at = self.stamp()

    def keys_of(self, mp: ManagedPartition) -> list[KeyRecord]:
        return [k for k in self.state.keys.values() if k.partition_id == mp.id]

    def _read_partition(self, mp: ManagedPartition) -> None:
        """Refresh: objects CCKM does not know become key records (origin ``external``);
        records whose objects are gone from every member become DELETED."""
        records = [k for k in self.keys_of(mp) if k.pending is None or k.handles]
        by_place = {(s, h): k for k in records for s, h in k.handles.items()}
        by_uid = {k.object_uid: k for k in records if k.object_uid}
        fresh: list[KeyRecord] = []
        for serial in mp.serials:
            part = hsm.partition_of(self.appliance, serial)
            for handle, obj in sorted(part.objects.items(), key=lambda o: int(o[0])):
                facts = hsm.describe(obj, serial, handle)
                if facts is None:
                    continue
                known = by_place.get((serial, handle))
                twin = by_uid.get(facts.uid)  # the same object on another member (HA)
                if (
                    known is None
                    and twin is not None
                    and twin.handles.get(serial) not in part.objects
                ):
                    known = twin
                if known is not None:
                    known.handles[serial] = handle
                    if known.status == self.deleted:
                        known.status = self.available
                    self._refresh_facts(known)
                    continue
                stamp = self.stamp()
                k = KeyRecord(
                    id=str(uuid.uuid4()),
                    partition_id=mp.id,
                    label=facts.label,
                    mechanism="",
                    size=facts.size,
                    requested=[],
                    object_type=facts.object_type,
                    algorithm=facts.algorithm,
                    created=stamp,
                    updated=stamp,
                    status=self.available,
                    operation="",
                    origin="external",
                    handles={serial: handle},
                )
                self._refresh_facts(k)
                self.state.keys[k.id] = k
                by_uid[k.object_uid] = k
                fresh.append(k)
        for k in fresh:  # the halves of a pair share their CKA_ID
            if k.link_id or k.algorithm not in ("rsa", "ec"):
                continue
            ckaid = self._ckaid(k)
            for other in fresh:
                if other is not k and not other.link_id and ckaid and self._ckaid(other) == ckaid:
                    k.link_id, other.link_id = other.id, k.id
                    break
        for k in records:
            k.handles = {
                s: h
                for s, h in k.handles.items()
                if s in self.appliance.partitions and h in self.appliance.partitions[s].objects
            }
            if not k.handles and k.status == self.available:
                k.status = self.deleted
                self._touch(k)

    def _ckaid(self, k: KeyRecord) -> str:
        found = self._object_of(k)
        return str(found[2].get("id", "")) if found is not None else ""
