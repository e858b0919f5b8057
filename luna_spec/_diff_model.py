"""The result types of a spec diff: severities, change kinds, one change, the whole diff.

These are plain frozen dataclasses and string enums so that other tools can
filter and serialize a diff without knowing how it was computed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

__all__ = ["Change", "ChangeKind", "Severity", "SpecDiff"]


class Severity(StrEnum):
    """How a change affects existing clients of the old spec.

    ``breaking``: a call written against the old spec, made the same way, can now
    fail or be misread. ``behaviour``: the call still works, but what the appliance
    does or the rules for running it changed (destructive, privileges, tasks,
    critical, sessions, error ids). ``non-breaking``: existing calls are unaffected.
    """

    BREAKING = "breaking"
    BEHAVIOUR = "behaviour"
    NON_BREAKING = "non-breaking"


class ChangeKind(StrEnum):
    """What changed; the value is the stable identifier used in JSON output."""

    API_VERSION = "api-version"
    MEDIA_TYPE_VERSION = "media-type-version"
    OPERATION_ADDED = "operation-added"
    OPERATION_REMOVED = "operation-removed"
    OPERATION_ID = "operation-id-changed"
    TAGS = "tags-changed"
    DEPRECATED = "deprecated"
    SECURITY = "security-changed"
    PARAMETER_ADDED = "parameter-added"
    PARAMETER_REMOVED = "parameter-removed"
    PARAMETER_RENAMED = "parameter-renamed"
    PARAMETER_REQUIRED = "parameter-required"
    PARAMETER_OPTIONAL = "parameter-optional"
    REQUEST_BODY_ADDED = "request-body-added"
    REQUEST_BODY_REMOVED = "request-body-removed"
    REQUEST_BODY_REQUIRED = "request-body-required"
    REQUEST_BODY_OPTIONAL = "request-body-optional"
    MEDIA_TYPE_ADDED = "media-type-added"
    MEDIA_TYPE_REMOVED = "media-type-removed"
    STATUS_ADDED = "status-added"
    STATUS_REMOVED = "status-removed"
    HEADER_ADDED = "header-added"
    HEADER_REMOVED = "header-removed"
    HEADER_REQUIRED = "header-required"
    HEADER_OPTIONAL = "header-optional"
    ERROR_ID_ADDED = "error-id-added"
    ERROR_ID_REMOVED = "error-id-removed"
    FIELD_ADDED = "field-added"
    FIELD_REMOVED = "field-removed"
    FIELD_REQUIRED = "field-required"
    FIELD_OPTIONAL = "field-optional"
    RETYPED = "retyped"
    NULLABLE = "nullable-changed"
    CONSTRAINT_NARROWED = "constraint-narrowed"
    CONSTRAINT_WIDENED = "constraint-widened"
    CONSTRAINT_CHANGED = "constraint-changed"
    ENUM_VALUE_ADDED = "enum-value-added"
    ENUM_VALUE_REMOVED = "enum-value-removed"
    DEFAULT = "default-changed"
    DESTRUCTIVE = "destructive"
    PRIVILEGE_ADDED = "privilege-added"
    PRIVILEGE_REMOVED = "privilege-removed"
    TASK_KIND = "task-kind"
    REQUIRES = "requires"
    CRITICAL = "critical"
    PRIVATE_SESSION = "private-session"
    ACTION_ADDED = "action-added"
    ACTION_REMOVED = "action-removed"
    PROTECTED_ACTIONS = "protected-actions"
    EXTENSION = "extension-changed"


@dataclass(frozen=True)
class Change:
    """One change between two specs.

    ``method``, ``path`` and ``operation_id`` name the operation (empty for
    spec-wide changes such as the API version; ``path`` is the new spec's path
    template, or the old one for a removed operation). ``location`` says where in
    the operation (``parameter query limit``, ``request body``, ``response 200``,
    ``x-luna-task``...). ``json_path`` is the JSON path inside the body or
    parameter schema (``$.hsms[*].state``), empty when the change is not inside a
    schema. When the change lies inside a named component schema, ``schema`` names
    it and ``schema_path`` is the JSON path relative to it, so that one change to
    a shared schema can be reported once. ``old`` and ``new`` are the values
    compared (JSON-serializable, ``None`` when absent).
    """

    severity: Severity
    kind: ChangeKind
    message: str
    method: str = ""
    path: str = ""
    operation_id: str = ""
    location: str = ""
    json_path: str = ""
    schema: str | None = None
    schema_path: str | None = None
    old: Any = None
    new: Any = None

    @property
    def operation(self) -> str:
        """``METHOD /path (operationId)``, or empty for a spec-wide change."""
        if not self.method:
            return ""
        name = f" ({self.operation_id})" if self.operation_id else ""
        return f"{self.method} {self.path}{name}"

    def where(self) -> str:
        """Operation, location and JSON path joined for display."""
        parts = [p for p in (self.operation, self.location, self.json_path) if p]
        return " ".join(parts) if parts else "spec"

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict of every field."""
        return {
            "severity": self.severity.value,
            "kind": self.kind.value,
            "message": self.message,
            "method": self.method,
            "path": self.path,
            "operation_id": self.operation_id,
            "location": self.location,
            "json_path": self.json_path,
            "schema": self.schema,
            "schema_path": self.schema_path,
            "old": self.old,
            "new": self.new,
        }


@dataclass(frozen=True)
class SpecDiff:
    """Every change between an old and a new spec, breaking ones first."""

    old_api_version: str | None
    new_api_version: str | None
    changes: tuple[Change, ...] = field(default_factory=tuple)

    def of(self, severity: Severity) -> tuple[Change, ...]:
        """The changes of one severity, in report order."""
        return tuple(c for c in self.changes if c.severity is severity)

    @property
    def breaking(self) -> tuple[Change, ...]:
        return self.of(Severity.BREAKING)

    @property
    def behaviour(self) -> tuple[Change, ...]:
        return self.of(Severity.BEHAVIOUR)

    @property
    def non_breaking(self) -> tuple[Change, ...]:
        return self.of(Severity.NON_BREAKING)

    @property
    def has_breaking(self) -> bool:
        return any(c.severity is Severity.BREAKING for c in self.changes)

    @property
    def is_empty(self) -> bool:
        return not self.changes

    def counts(self) -> dict[str, int]:
        """Number of changes per severity (every severity present, zero included)."""
        return {s.value: len(self.of(s)) for s in Severity}

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict: versions, counts and every change."""
        return {
            "old_api_version": self.old_api_version,
            "new_api_version": self.new_api_version,
            "breaking": self.has_breaking,
            "counts": self.counts(),
            "changes": [c.to_json() for c in self.changes],
        }
