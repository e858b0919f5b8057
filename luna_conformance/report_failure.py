"""A failure as an auditor reads it: the one-line reason first, then the request that failed,
the answer it got and what was expected; the framework's traceback kept apart (the report
folds it away).

Schemathesis raises a ``FailureGroup`` whose text holds, after the traceback, one block per
failed check (``- ST103 Undocumented status code`` and its details: received, documented,
the schema), the answer (``[201] Created:`` and its body) and the request as a ``curl``
command (``Reproduce with:``). Any other failure (an ``assert`` in a probe or a workflow) is
read the way pytest prints it: the ``E   `` lines are the reason. Every text is redacted
before it is kept."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .redaction import SECRETS

__all__ = ["FailureDetail", "parse_failure", "skip_words"]

_GROUP_PREFIX = re.compile(r"^(?:\s*(?:\+[-+ ]*\d*[-+ ]*|\|)\s?|E   )", re.MULTILINE)
_FOUND = re.compile(r"^(?:schemathesis\.\S+: )?Schemathesis found (\d+) distinct failures?$")
_CHECK = re.compile(r"^- (?:(ST\d+|[A-Z]{2}\d+) )?(.+)$")
_ANSWER = re.compile(r"^\[(\d{3})\] ?([^:]*):$")
_SUB = re.compile(r"\s*\(\d+ sub-exceptions?\)$")  # str() of a group ends a line with it
_MAX_TRACEBACK = 6000
_MAX_PART = 3000


@dataclass
class FailureDetail:
    """One failure of an operation, in parts (each redacted)."""

    reason: str
    checks: list[str] = field(default_factory=list)  # "ST103 Undocumented status code"
    expected: str = ""  # what the checks say was expected (received vs documented, schema...)
    request: str = ""  # the request, as a curl command
    status: int | None = None  # the answer's status
    response: str = ""  # the answer's status line and body
    traceback: str = ""  # the framework's traceback (folded away in the report)

    def as_json(self) -> dict[str, Any]:
        return {
            "reason": self.reason,
            "checks": self.checks,
            "expected": self.expected,
            "request": self.request,
            "status": self.status,
            "answer": self.response,  # not "response": a field of that name is a secret
            "traceback": self.traceback,
        }


def _clip(text: str, limit: int = _MAX_PART) -> str:
    text = text.strip("\n")
    return text if len(text) <= limit else text[:limit] + f"\n... ({len(text) - limit} more)"


def _dedent(lines: list[str]) -> str:
    body = list(lines)
    while body and not body[0].strip():
        body.pop(0)
    while body and not body[-1].strip():
        body.pop()
    indents = [len(ln) - len(ln.lstrip()) for ln in body if ln.strip()]
    cut = min(indents, default=0)
    return "\n".join(ln[cut:] for ln in body)


def _schemathesis(text: str) -> FailureDetail | None:
    """The parts of a schemathesis FailureGroup's text; None when it is not one."""
    plain = _GROUP_PREFIX.sub("", text)
    lines = plain.splitlines()
    start = next((i for i, ln in enumerate(lines) if _FOUND.match(ln.strip())), None)
    if start is None:
        return None
    before = "\n".join(lines[:start]).strip()
    # a traceback, or the message of whoever raised the group (a workflow step's check)
    preface = "" if 'File "' in before or "Traceback" in before else before
    traceback = "" if preface else before
    checks: list[tuple[str, list[str]]] = []
    answer: list[str] = []
    request: list[str] = []
    section = "checks"
    for raw in lines[start + 1 :]:
        line = raw.rstrip()
        sub = _SUB.search(line)
        if sub and not line[: sub.start()].strip():
            break  # the sub-exceptions repeat the checks
        if sub:
            line = line[: sub.start()]  # the last line of str(group)
        stripped = line.strip()
        m_answer = _ANSWER.match(stripped)
        if section == "checks" and (m := _CHECK.match(line)) and not line.startswith(" "):
            code, title = m.groups()
            checks.append((f"{code} {title}" if code else title, []))
        elif m_answer and not line.startswith(" "):
            section = "answer"
            answer.append(stripped)
        elif stripped == "Reproduce with:":
            section = "request"
        elif section == "checks" and checks:
            checks[-1][1].append(line)
        elif section == "answer":
            answer.append(line)
        elif section == "request":
            request.append(line)
        if sub:
            break
    if not checks:
        return None
    expected = "\n\n".join(f"{title}\n{_dedent(body)}".strip() for title, body in checks)
    first_lines = [ln.strip() for ln in checks[0][1] if ln.strip()][:2]
    reason = "; ".join(title for title, _ in checks)
    if first_lines:
        reason += ": " + "; ".join(first_lines)
    if preface:
        reason = f"{' '.join(preface.split())} {reason}"
    status = None
    if answer and (m_status := _ANSWER.match(answer[0])):
        status = int(m_status.group(1))
    response = answer[0] + "\n" + _dedent(answer[1:]) if answer else ""
    return FailureDetail(
        reason=_clip(reason, 300),
        checks=[title for title, _ in checks],
        expected=_clip(expected),
        request=_clip(_dedent(request)),
        status=status,
        response=_clip(response),
        traceback=_clip(traceback, _MAX_TRACEBACK),
    )


def _pytest_style(text: str) -> FailureDetail:
    """A plain pytest failure: the ``E`` lines are the reason, the rest is the traceback."""
    lines = text.splitlines()
    errors = [ln[1:].strip() for ln in lines if ln.startswith("E ")]
    errors = [e for e in errors if e]
    if errors:
        reason = errors[0]
        expected = "\n".join(errors[1:])
    else:
        # e.g. an exception printed without E lines: its last non-empty line
        meaningful = [ln.strip() for ln in lines if ln.strip()]
        reason = meaningful[-1] if meaningful else "failed (no message)"
        expected = ""
    return FailureDetail(
        reason=_clip(reason, 300), expected=_clip(expected), traceback=_clip(text, _MAX_TRACEBACK)
    )


def parse_failure(text: str) -> FailureDetail:
    """The failure text pytest (or schemathesis) gave, in parts, redacted."""
    text = SECRETS.redact(text)
    return _schemathesis(text) or _pytest_style(text)


def skip_words(longrepr: object) -> str:
    """A skip's reason as words: pytest keeps it as ``(path, line, 'Skipped: why')``."""
    if isinstance(longrepr, tuple) and len(longrepr) == 3:
        text = str(longrepr[2])
    else:
        text = str(longrepr or "")
        m = re.match(r"^\((['\"]).*?\1, \d+, (['\"])(.*)\2\)$", text, re.DOTALL)
        if m:
            text = m.group(3)
    return SECRETS.redact(text.removeprefix("Skipped: ").strip())
