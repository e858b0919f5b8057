"""Partition utilization metrics: the counting (``record_use``) the partition families call;
their resource, ``GET /api/lunasa/hsms/{hsmid}/metrics``, is served by ``hsms.py``. No
operation's rules live here.

The guide's "Partition Utilization Metrics" page: per partition, requests are counted in
category bins (sign, verify, encrypt, decrypt, key generate, key derive); each bin has one
counter of the requests received since the last counter reset or power cycle. HSM policy
49 turns the counting on; turning it on restarts the counters. The body is the shape the
public consumer reads: ``resetTime`` and ``metrics[]`` of ``partitionId``, ``label`` and
``bins[]`` of ``binId`` with ``counters[]`` of ``{counterId: REQUESTS, count}``.

What the emulator counts as use of a partition: an object backup wraps each object
(ENCRYPT), a restore unwraps them (DECRYPT), an SMK rollover start generates a key
(KEY_GENERATION), registering an STC client derives the channel keys (KEY_DERIVATION).
Nothing the REST API offers signs or verifies with partition keys: those bins stay at 0."""

from __future__ import annotations

from ..backend import Backend
from ..model import Hsm, Partition
from .hsm_common import POLICIES

__all__ = ["BINS", "METRICS_POLICY", "metrics_enabled", "record_use"]


BINS = ("SIGN", "VERIFY", "ENCRYPT", "DECRYPT", "KEY_GENERATION", "KEY_DERIVATION")


METRICS_POLICY = 49


def metrics_enabled(h: Hsm) -> bool:
    p = POLICIES[METRICS_POLICY]
    return h.policies.get(str(p.number), p.default) == 1


def record_use(b: Backend, p: Partition, bin_id: str, requests: int = 1) -> None:
    """Count ``requests`` in one of the partition's bins (only while policy 49 is on)."""
    if bin_id in BINS and requests > 0 and metrics_enabled(b.state.hsm):
        p.usage[bin_id] = p.usage.get(bin_id, 0) + requests
