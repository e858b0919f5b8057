"""Redaction by value: every credential the run holds is kept out of every output.

Pattern-based redaction (``Authorization: Basic ...``) misses a secret whose context was cut
off (pytest's truncated reprs, a curl line wrapped by a reporter) or that appears in another
encoding. So the suite registers each secret it holds or sees (the passwords it was given,
their Basic encoding, session cookies, tokens, challenge responses, passwords in request
bodies it sends) and replaces every occurrence of each value, in its usual encodings, and the
fragments a truncating repr leaves either side of its ``...``. ``luna_ext.redact`` (patterns)
runs afterwards as a second net."""

from __future__ import annotations

import base64
import html
import json
import re
import threading
import urllib.parse
from collections.abc import Iterable, Mapping
from typing import Any

from luna_ext import redact as redact_patterns

__all__ = ["MASK", "SECRETS", "SecretRegistry"]

MASK = "«redacted»"
_MIN_LENGTH = 4  # shorter values would mask ordinary text; appliance passwords are longer
_MIN_FRAGMENT = 6  # a truncated repr keeps at least this much of a secret to be worth masking
_TOKEN_ONLY = re.compile(r"[A-Za-z0-9+/_\-.~]+={0,2}")
_TOKEN = re.compile(r"[A-Za-z0-9+/_\-.~…]{6,}={0,2}")
_BEFORE_ELLIPSIS = re.compile(r"(\S{6,}?)(\.\.\.|…)")
_AFTER_ELLIPSIS = re.compile(r"(\.\.\.|…)(\S{6,})")
_SENSITIVE_KEY = re.compile(r"pass|secret|token|cookie|response|challenge|credential|pin", re.I)


def _encodings(value: str) -> set[str]:
    raw = value.encode()
    forms = {
        value,
        urllib.parse.quote(value, safe=""),
        urllib.parse.quote_plus(value),
        json.dumps(value)[1:-1],
        repr(value)[1:-1],
        html.escape(value),
        html.escape(value, quote=False),
        base64.b64encode(raw).decode(),
        base64.urlsafe_b64encode(raw).decode(),
        base64.b64encode(raw).decode().rstrip("="),
    }
    return {f for f in forms if len(f) >= _MIN_LENGTH}


class SecretRegistry:
    """The secrets of one run (one process); thread-safe, cheap to apply.

    Two kinds: values with arbitrary characters (the passwords the run was given) are
    replaced wherever they occur, fragments included; token-like values (cookies,
    Basic tokens, JWTs and their encodings, of which a run sees many) are found by scanning
    the text's tokens against a set, so that registering one costs nothing."""

    def __init__(self) -> None:
        self._values: set[str] = set()
        self._tokens: set[str] = set()
        self._lock = threading.Lock()

    def add(self, *values: str | None) -> None:
        """Register secrets, in their usual encodings."""
        new: set[str] = set()
        for v in values:
            if isinstance(v, str) and len(v) >= _MIN_LENGTH:
                new |= _encodings(v)
        with self._lock:
            for form in new:
                if _TOKEN_ONLY.fullmatch(form):
                    self._tokens.add(form)
                else:
                    self._values.add(form)

    def add_basic(self, username: str, password: str) -> None:
        """A password and the Basic credential made of it."""
        pair = f"{username}:{password}"
        self.add(password, pair, base64.b64encode(pair.encode()).decode())

    def add_from_body(self, body: Any) -> None:
        """Register the string values of credential-like fields of a JSON body."""
        for key, value in _walk(body):
            if isinstance(value, str) and _SENSITIVE_KEY.search(key):
                self.add(value)

    def add_cookies(self, set_cookie_headers: Iterable[str]) -> None:
        """Register the values of ``Set-Cookie`` headers."""
        for header in set_cookie_headers:
            first = header.split(";", 1)[0]
            if "=" in first:
                self.add(first.split("=", 1)[1].strip())

    def add_headers(self, headers: Mapping[str, str]) -> None:
        """Register the credentials of request headers (Authorization, Cookie)."""
        for name, value in headers.items():
            lname = name.lower()
            if lname == "authorization":
                self.add(value, value.split(" ", 1)[-1])
            elif lname == "cookie":
                self.add_cookies(part.strip() for part in value.split(";"))

    def values(self) -> frozenset[str]:
        with self._lock:
            return frozenset(self._values | self._tokens)

    def _fragments(self, text: str, values: list[str]) -> str:
        """Mask what a truncating repr leaves of a secret either side of its ``...``."""

        def before(m: re.Match[str]) -> str:
            c = m.group(1)
            for v in values:
                for k in range(min(len(c), len(v) - 1), _MIN_FRAGMENT - 1, -1):
                    if c.endswith(v[:k]):
                        return c[: len(c) - k] + MASK + m.group(2)
            return m.group(0)

        def after(m: re.Match[str]) -> str:
            c = m.group(2)
            for v in values:
                for k in range(min(len(c), len(v) - 1), _MIN_FRAGMENT - 1, -1):
                    if c.startswith(v[-k:]):
                        return m.group(1) + MASK + c[k:]
            return m.group(0)

        text = _BEFORE_ELLIPSIS.sub(before, text)
        return _AFTER_ELLIPSIS.sub(after, text)

    def _token(self, m: re.Match[str]) -> str:
        parts = re.split(r"(\.\.\.|…)", m.group(0))
        if len(parts) == 1:
            return MASK if parts[0] in self._tokens else parts[0]
        out: list[str] = []
        for i, part in enumerate(parts):
            if i % 2 or len(part) < _MIN_FRAGMENT:
                out.append(part)
            elif (
                part in self._tokens
                or (i + 1 < len(parts) and any(t.startswith(part) for t in self._tokens))
                or (i > 0 and any(t.endswith(part) for t in self._tokens))
            ):
                out.append(MASK)
            else:
                out.append(part)
        return "".join(out)

    def redact(self, text: str) -> str:
        """``text`` with every registered secret (and the known patterns) masked."""
        if not text:
            return text
        with self._lock:
            values = sorted(self._values, key=len, reverse=True)
        for v in values:
            text = text.replace(v, MASK)
        if values and ("..." in text or "…" in text):
            text = self._fragments(text, values)
        if self._tokens:
            text = _TOKEN.sub(self._token, text)
        return redact_patterns(text)


def _walk(body: Any, key: str = "") -> Iterable[tuple[str, Any]]:
    if isinstance(body, Mapping):
        for k, v in body.items():
            yield from _walk(v, str(k))
    elif isinstance(body, list | tuple):
        for v in body:
            yield from _walk(v, key)
    else:
        yield key, body


SECRETS = SecretRegistry()
"""The registry of this process (a pytest run, or one xdist worker)."""
