"""Logging without secrets.

``luna_ext`` logs on the ``luna_ext`` logger (and children such as ``luna_ext.indirect``):
each request at DEBUG (method, path, status, time), retries at WARNING. That logger has a
``RedactingFilter`` from the start, so its records never carry a password, a challenge
response, a cookie or a token, in the message, its arguments or a logged traceback.

``install_redaction()`` puts the same filter on httpx's and httpcore's loggers and on
every handler of the root logger, which cleans what other code logs too (the handlers'
filter sees every record that reaches them, e.g. a ``logger.exception`` in your script).
"""

from __future__ import annotations

import logging
import re
import traceback

__all__ = ["RedactingFilter", "install_redaction", "logger", "redact"]

# fields whose values are secret: the API's own names, and common ones in text
_SECRET_NAMES = (
    r"[a-z]*password|passwd|pwd|changeSecret|challengeResponse|authCode|secret|"  # noqa: S105
    r"api[_-]?key|access[_-]?token|token"
)
# JSON fields whose values are secret only as JSON: the indirect-login response
_SECRET_FIELDS = rf"{_SECRET_NAMES}|response|challenge|nonce"
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # Authorization: Basic xxx / Bearer xxx (headers, dict reprs)
    (
        re.compile(
            r"(?i)(authorization(?:['\"]\s*[:=,]|\s*[:=])\s*['\"]?)(basic|bearer)\s+[A-Za-z0-9+/=._~-]+"
        ),
        r"\1\2 <redacted>",
    ),
    (re.compile(r"(?i)\b(basic|bearer)\s+[A-Za-z0-9+/=._~-]{8,}"), r"\1 <redacted>"),
    # Cookie / Set-Cookie headers: every cookie's value, whatever its name
    (
        re.compile(r"(?i)((?:set-)?cookie(?:['\"]\s*[:=,]|\s*[:=])\s*['\"]?)([^'\"\r\n]+)"),
        r"\1<redacted>",
    ),
    (re.compile(r"(?i)(SESSIONID=)[^;\s'\"]+"), r"\1<redacted>"),
    # "password": "x" and 'password': 'x' (JSON, dict reprs), quoted values
    (
        re.compile(rf"(?i)(['\"](?:{_SECRET_FIELDS})['\"]\s*[:=]\s*)(['\"])(?:[^'\"\\]|\\.)*\2"),
        r"\1\2<redacted>\2",
    ),
    # password=x, password: x, password=b'x' (keyword arguments, text, query strings)
    (
        re.compile(
            rf"(?i)(\b(?:{_SECRET_NAMES})\s*[=:]\s*)(?!<redacted>)([bru]?['\"])(?:[^'\"\\]|\\.)*\2"
        ),
        r"\1\2<redacted>\2",
    ),
    (
        re.compile(rf"(?i)(\b(?:{_SECRET_NAMES})\s*[=:]\s*)(?![\"'<\s])(?!None\b)[^\s&,;)}}\]]+"),
        r"\1<redacted>",
    ),
]


def redact(text: str) -> str:
    """``text`` without credentials (passwords, challenge responses, cookies, tokens)."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    """Cleans a record's message, arguments, traceback and stack before any handler
    formats it."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a broken format: keep its parts, cleaned
            message = f"{record.msg} {record.args}"
        cleaned = redact(message)
        if cleaned != message or record.args:
            record.msg, record.args = cleaned, None
        if record.exc_info and record.exc_info[1] is not None:
            text = record.exc_text or "".join(traceback.format_exception(*record.exc_info))
            record.exc_text = redact(text.rstrip("\n"))
            record.exc_info = None  # formatters would print the raw exception again
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


_FILTER = RedactingFilter()
logger = logging.getLogger("luna_ext")
logger.addFilter(_FILTER)


def install_redaction(*loggers: str) -> RedactingFilter:
    """Attach the filter to the named loggers (default: httpx, httpcore, luna_ext) and to
    every handler of the root logger (once each)."""
    for name in loggers or ("httpx", "httpcore", "luna_ext"):
        target = logging.getLogger(name)
        if _FILTER not in target.filters:
            target.addFilter(_FILTER)
    for handler in logging.getLogger().handlers:
        if _FILTER not in handler.filters:
            handler.addFilter(_FILTER)
    return _FILTER
