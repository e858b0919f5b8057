"""Refresh and synchronization jobs: start, list, get, cancel.

A job covers the partitions given, or every CCKM partition with ``synchronize_all``
(the spec declares the two mutually exclusive; giving neither is refused too). It runs
for ``timing.job_duration`` seconds of the emulator's clock, then reads the partitions'
objects (``CckmBackend._run_job``). Only a job in progress can be cancelled: the answer
shows ``abort`` true while it is still in progress; it then ends ``completed`` without
reading anything more.
"""

from __future__ import annotations

import uuid

from .backend import CckmBackend
from .dispatch import Ctx, Listing, Reply, Rules
from .errors import InvalidParamValue, NotAllowed, NotFound
from .model import Job
from .views import job_body

__all__ = ["RULES"]

RULES = Rules()

_TYPES = {"Refresh": "refresh", "Synchronize": "ha_synchronize"}
_PARAMS = {"Refresh": "refreshJobId", "Synchronize": "synchronizeJobId"}


def _start(b: CckmBackend, ctx: Ctx, job_type: str) -> Reply:
    body = ctx.body
    if body.get("synchronize_all"):
        partitions = list(b.state.partitions)
        if not partitions:
            raise InvalidParamValue("synchronize_all: CCKM has no partition")
    elif body.get("partitions"):
        partitions = list(dict.fromkeys(body["partitions"]))
        missing = [p for p in partitions if p not in b.state.partitions]
        if missing:
            raise InvalidParamValue(f"partitions: no partition {missing[0]!r} in CCKM")
    else:
        raise InvalidParamValue("give partitions or synchronize_all: true")
    stamp = b.stamp()
    job = Job(
        id=str(uuid.uuid4()),
        job_type=job_type,
        partitions=partitions,
        created=stamp,
        updated=stamp,
        due=b.now() + b.state.timing.job_duration,
        detailed_status={p: b.job_running for p in partitions},
    )
    b.state.jobs[job.id] = job
    return Reply(201, job_body(job))


def _job(b: CckmBackend, ctx: Ctx, kind: str) -> Job:
    jid = ctx.params[_PARAMS[kind]]
    job = b.state.jobs.get(jid)
    if job is None or job.job_type != _TYPES[kind]:
        raise NotFound(f"no {kind.lower()} job {jid!r}")
    return job


def _cancel(b: CckmBackend, ctx: Ctx, kind: str) -> Reply:
    job = _job(b, ctx, kind)
    if job.overall_status != b.job_running:
        raise NotAllowed(
            f"{kind.lower()} job {job.id} is {job.overall_status}: "
            "only a job in progress can be cancelled"
        )
    job.abort = True
    job.updated = b.stamp()
    return Reply(200, job_body(job))


def _list(b: CckmBackend, kind: str) -> Listing:
    return Listing([job_body(j) for j in b.state.jobs.values() if j.job_type == _TYPES[kind]])


@RULES.handles("startLunaRefresh")
def start_refresh(b: CckmBackend, ctx: Ctx) -> Reply:
    return _start(b, ctx, _TYPES["Refresh"])


@RULES.handles("listLunaRefreshJobs")
def list_refresh_jobs(b: CckmBackend, ctx: Ctx) -> Listing:
    return _list(b, "Refresh")


@RULES.handles("getLunaRefreshJob")
def get_refresh_job(b: CckmBackend, ctx: Ctx) -> Reply:
    return Reply(200, job_body(_job(b, ctx, "Refresh")))


@RULES.handles("cancelLunaRefreshJob")
def cancel_refresh_job(b: CckmBackend, ctx: Ctx) -> Reply:
    return _cancel(b, ctx, "Refresh")


@RULES.handles("startLunaSynchronize")
def start_synchronize(b: CckmBackend, ctx: Ctx) -> Reply:
    return _start(b, ctx, _TYPES["Synchronize"])


@RULES.handles("listLunaSynchronizeJobs")
def list_synchronize_jobs(b: CckmBackend, ctx: Ctx) -> Listing:
    return _list(b, "Synchronize")


@RULES.handles("getLunaSynchronizeJob")
def get_synchronize_job(b: CckmBackend, ctx: Ctx) -> Reply:
    return Reply(200, job_body(_job(b, ctx, "Synchronize")))


@RULES.handles("cancelLunaSynchronizeJob")
def cancel_synchronize_job(b: CckmBackend, ctx: Ctx) -> Reply:
    return _cancel(b, ctx, "Synchronize")
