"""Every operation's rules function, from the family modules; ``wire`` checks the table
against ``cckm.yaml`` (an operation without rules, or rules for an id the spec lacks,
fails at start-up)."""

from __future__ import annotations

from . import auth, connections, jobs, keys, partitions
from .dispatch import Handler
from .spec import CckmSpec

__all__ = ["RULES", "wire"]

RULES: dict[str, Handler] = {}
for _family in (auth, connections, partitions, keys, jobs):
    RULES.update(_family.RULES.table)


def wire(spec: CckmSpec) -> dict[str, Handler]:
    missing = sorted(set(spec.operations) - set(RULES))
    unknown = sorted(set(RULES) - set(spec.operations))
    if missing or unknown:
        raise ValueError(f"CCKM rules: missing {missing}, not in cckm.yaml {unknown}")
    return dict(RULES)
