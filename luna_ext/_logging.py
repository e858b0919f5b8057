"""A logging filter that removes credentials from any record, whoever logged it."""

from __future__ import annotations

import logging
import re

__all__ = ["RedactingFilter", "install_redaction", "redact"]

_PATTERNS = [
    (
        re.compile(r"(?i)(authorization['\"]?\s*[:=]\s*['\"]?)(basic|bearer)\s+[A-Za-z0-9+/=._-]+"),
        r"\1\2 <redacted>",
    ),
    (
        re.compile(r"(?i)((?:set-)?cookie['\"]?\s*[:=]\s*['\"]?)[^'\"\s;]+=[^'\"\s;]+"),
        r"\1<redacted>",
    ),
    (re.compile(r"(?i)(SESSIONID=)[^;\s'\"]+"), r"\1<redacted>"),
    (
        re.compile(
            r"(?i)(['\"]?(?:password|currentPassword|oldPassword|newPassword|challengeResponse|"
            r"authenticationPassword|privacyPassword|authCode)['\"]?\s*[:=]\s*)(['\"])(?:[^'\"\\]|\\.)*\2"
        ),
        r"\1\2<redacted>\2",
    ),
]


def redact(text: str) -> str:
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


def install_redaction(*loggers: str) -> RedactingFilter:
    """Attach the filter to the named loggers (default: httpx, httpcore, luna_ext) and to
    every handler of the root logger."""
    flt = RedactingFilter()
    for name in loggers or ("httpx", "httpcore", "luna_ext"):
        logging.getLogger(name).addFilter(flt)
    for handler in logging.getLogger().handlers:
        handler.addFilter(flt)
    return flt
