"""The steps of each workflow, for the report: the requests ``luna_ext`` made while the
workflow's test body ran (``METHOD /path -> status``, the line ``luna_ext`` logs at DEBUG for
each request), attributed to the test pytest is running (``PYTEST_CURRENT_TEST``, its call
phase; fixtures' requests are not steps).

The collector is a filter on the ``luna_ext`` logger, installed in a conformance run when the
first workflow reports (``Recorder.workflow_node``). To see the DEBUG records it lowers that
logger's level to DEBUG, and drops the records nobody had asked for (below the level the
logger had before, or its parents' level when it had none), so the logging everyone else sees
is unchanged. Nothing secret is kept: paths and statuses only, redacted as every output."""

from __future__ import annotations

import logging
import os
import re

from .redaction import SECRETS

__all__ = ["STEPS", "StepLog"]

_REQUEST = re.compile(r"^(GET|PUT|POST|PATCH|DELETE|HEAD|OPTIONS) (\S+) -> (\d{3})$")
_MAX_STEPS = 200


class StepLog(logging.Filter):
    """Requests per pytest node id, for the nodes of the ``watched`` test file."""

    def __init__(self, watched: str = "test_workflows.py") -> None:
        super().__init__()
        self.watched = watched
        self.by_node: dict[str, list[str]] = {}
        self._own_level = logging.NOTSET  # the logger's own level before install

    def install(self, name: str = "luna_ext") -> None:
        """Once per process: watch the ``name`` logger's request records."""
        log = logging.getLogger(name)
        if self in log.filters:
            return
        self._own_level = log.level
        log.addFilter(self)
        if log.getEffectiveLevel() > logging.DEBUG:
            log.setLevel(logging.DEBUG)

    def _wanted(self, record: logging.LogRecord) -> bool:
        """Would this record have been emitted without the collector?"""
        if self._own_level != logging.NOTSET:
            return record.levelno >= self._own_level
        parent = logging.getLogger(record.name).parent
        return parent is None or record.levelno >= parent.getEffectiveLevel()

    def filter(self, record: logging.LogRecord) -> bool:
        current = os.environ.get("PYTEST_CURRENT_TEST", "")
        in_body = self.watched in current and current.endswith(" (call)")
        if in_body and record.levelno == logging.DEBUG:
            try:
                m = _REQUEST.match(record.getMessage())
            except (TypeError, ValueError):
                m = None
            if m:
                node = current.rsplit(" (", 1)[0]
                steps = self.by_node.setdefault(node, [])
                if len(steps) < _MAX_STEPS:
                    steps.append(SECRETS.redact(f"{m.group(1)} {m.group(2)} -> {m.group(3)}"))
        return self._wanted(record)

    def of(self, node: str) -> list[str]:
        return list(self.by_node.get(node, []))


STEPS = StepLog()
"""The collector of this process."""
