"""Rendering a spec diff as text (people), Markdown (pull requests) or JSON (tools).

Text and Markdown group the changes by severity, breaking first. A change inside
a shared component schema that shows up in several operations (``Task``,
``ErrorDescription``...) is written once, with the places it affects; JSON lists
every change of every operation, ungrouped.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from ._diff_model import Change, Severity, SpecDiff

__all__ = ["render", "render_json", "render_markdown", "render_text"]

_MAX_PLACES = 8
_TITLES = {
    Severity.BREAKING: "Breaking",
    Severity.BEHAVIOUR: "Behaviour",
    Severity.NON_BREAKING: "Non-breaking",
}


@dataclass(frozen=True)
class _Entry:
    """One line of a report: a single change, or one shared-schema change in many places."""

    changes: tuple[Change, ...]

    @property
    def first(self) -> Change:
        return self.changes[0]


def _entries(changes: tuple[Change, ...]) -> list[_Entry]:
    groups: dict[tuple[object, ...], list[Change]] = {}
    order: list[tuple[object, ...]] = []
    for i, c in enumerate(changes):
        key: tuple[object, ...]
        if c.schema is not None:
            key = ("schema", c.schema, c.schema_path, c.kind, c.message)
        else:
            key = ("single", i)
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(c)
    return [_Entry(tuple(groups[k])) for k in order]


def _operation_places(entry: _Entry) -> dict[str, list[str]]:
    """Operation name -> the locations in it, in report order."""
    places: dict[str, list[str]] = {}
    for c in entry.changes:
        name = c.operation_id or f"{c.method} {c.path}"
        locations = places.setdefault(name, [])
        if c.location and c.location not in locations:
            locations.append(c.location)
    return places


def _locations(locations: list[str]) -> str:
    prefix = "response "
    if len(locations) > 1 and all(loc.startswith(prefix) for loc in locations):
        return "responses " + ", ".join(loc[len(prefix) :] for loc in locations)
    return ", ".join(locations)


def _places(entry: _Entry, code: Callable[[str], str]) -> str:
    """``in N operations: a (responses 400, 401), b (request body) and K more``."""
    places = _operation_places(entry)
    shown = [
        f"{code(name)} ({_locations(locs)})" if locs else code(name)
        for name, locs in list(places.items())[:_MAX_PLACES]
    ]
    more = len(places) - _MAX_PLACES
    noun = "operation" if len(places) == 1 else "operations"
    return (
        f"in {len(places)} {noun}: " + ", ".join(shown) + (f" and {more} more" if more > 0 else "")
    )


def _summary(diff: SpecDiff) -> str:
    """Changes per severity, a shared-schema change counted once."""
    return ", ".join(f"{len(_entries(diff.of(s)))} {s.value}" for s in Severity)


def render_text(diff: SpecDiff, old_label: str = "old", new_label: str = "new") -> str:
    """A plain-text report for people."""
    if diff.is_empty:
        return f"No API changes between {old_label} and {new_label}.\n"
    lines = [
        f"API changes from {old_label} (version {diff.old_api_version}) to {new_label} "
        f"(version {diff.new_api_version}): {_summary(diff)}"
    ]
    for severity in Severity:
        changes = diff.of(severity)
        if not changes:
            continue
        entries = _entries(changes)
        lines += ["", f"{_TITLES[severity].upper()} ({len(entries)})"]
        for entry in entries:
            c = entry.first
            if len(entry.changes) == 1:
                lines.append(f"  - {c.where()}: {c.message}")
            else:
                lines.append(f"  - schema {c.schema} {c.schema_path}: {c.message}")
                lines.append(f"      {_places(entry, lambda s: s)}")
    return "\n".join(lines) + "\n"


def _md_code(text: str) -> str:
    return f"`{text}`" if text else ""


def render_markdown(diff: SpecDiff, old_label: str = "old", new_label: str = "new") -> str:
    """A Markdown report for a pull request description or comment."""
    title = f"### API changes: {_md_code(old_label)} → {_md_code(new_label)}"
    if diff.is_empty:
        return f"{title}\n\nNo API changes.\n"
    summary = _summary(diff)
    if diff.has_breaking:
        count, rest = summary.split(" breaking", 1)
        summary = f"**{count} breaking**{rest}"
    lines = [
        title,
        "",
        f"API version {_md_code(str(diff.old_api_version))} → "
        f"{_md_code(str(diff.new_api_version))}: {summary}",
    ]
    for severity in Severity:
        changes = diff.of(severity)
        if not changes:
            continue
        entries = _entries(changes)
        lines += ["", f"#### {_TITLES[severity]} ({len(entries)})", ""]
        for entry in entries:
            c = entry.first
            if len(entry.changes) == 1:
                where = " ".join(
                    p
                    for p in (
                        _md_code(f"{c.method} {c.path}") if c.method else "",
                        f"({_md_code(c.operation_id)})" if c.operation_id else "",
                        c.location,
                        _md_code(c.json_path),
                    )
                    if p
                )
                lines.append(f"- {where or 'spec'}: {c.message}")
            else:
                lines.append(
                    f"- schema {_md_code(c.schema or '')} {_md_code(c.schema_path or '')}: "
                    f"{c.message} ({_places(entry, _md_code)})"
                )
    return "\n".join(lines) + "\n"


def render_json(diff: SpecDiff, old_label: str = "old", new_label: str = "new") -> str:
    """The whole diff as JSON: labels, versions, counts and every change."""
    data = {"old": old_label, "new": new_label, **diff.to_json()}
    return json.dumps(data, indent=2, sort_keys=False, default=str) + "\n"


_RENDERERS: dict[str, Callable[[SpecDiff, str, str], str]] = {
    "text": render_text,
    "markdown": render_markdown,
    "json": render_json,
}


def render(diff: SpecDiff, fmt: str, old_label: str = "old", new_label: str = "new") -> str:
    """The diff in format ``fmt`` (``text``, ``markdown`` or ``json``)."""
    try:
        renderer = _RENDERERS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; use one of {sorted(_RENDERERS)}") from None
    return renderer(diff, old_label, new_label)
