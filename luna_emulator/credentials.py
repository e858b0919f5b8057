"""Comparing a credential the caller sent with the one the appliance holds."""

from __future__ import annotations

import hmac

__all__ = ["same_secret"]


def same_secret(given: object, expected: str | bytes) -> bool:
    """In constant time, whether ``given`` is ``expected``. Anything that is not a string
    (or bytes) is simply not the secret; strings are compared as UTF-8, so a password with
    characters outside ASCII is a wrong password, not an error (``hmac.compare_digest``
    refuses to compare such strings)."""
    if isinstance(given, str):
        given = given.encode("utf-8", "surrogatepass")
    if not isinstance(given, bytes):
        return False
    if isinstance(expected, str):
        expected = expected.encode("utf-8", "surrogatepass")
    return hmac.compare_digest(given, expected)
