"""No secret in any log line or logged traceback: luna_ext's logger is redacted by default,
install_redaction() cleans what httpx, httpcore and your own code log."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest
from luna_client.api.hsms import get_hsm, login_hsm
from luna_client.models import LoginHsmRequest

from luna_ext import LunaApiError, LunaSession, install_redaction, logger, redact
from luna_ext.workflows import initialize_hsm

from .conftest import ADMIN, HSM

SO = "Sopass123!"
WRONG = "Wrong-Secret-77"


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    """Everything logged, formatted with tracebacks, as a user's handler would print it."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    old = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield stream
    finally:
        root.removeHandler(handler)
        root.setLevel(old)


def _secrets(luna: LunaSession) -> list[str]:
    cookie = (luna.auth.cookie or "x=").split("=", 1)[1]
    token = luna.auth.login._token  # type: ignore[attr-defined]
    return [ADMIN[1], SO, WRONG, cookie, token]


def test_a_whole_session_logs_no_secret(served, https, captured) -> None:  # type: ignore[no-untyped-def]
    install_redaction()
    with LunaSession(
        served.url, username=ADMIN[0], password=ADMIN[1], ca_file=served.ca_file
    ) as luna:
        initialize_hsm(luna, HSM, label="h", so_password=SO, domain="dom")
        luna.call(get_hsm, HSM)
        secrets = _secrets(luna)
        try:
            luna.call(login_hsm, HSM, body=LoginHsmRequest(role="so", password=WRONG))
        except LunaApiError:
            logging.getLogger("myscript").exception("login with password=%s failed", WRONG)
        luna.call(login_hsm, HSM, body=LoginHsmRequest(role="so", password=SO))
        log = logging.getLogger("myscript")
        log.info("headers: %s", dict(luna.http.headers) | {"Cookie": luna.auth.cookie})
        log.info("Set-Cookie: OTHERNAME=%s; Path=/; Secure", secrets[3])
        log.info("body %s", {"password": SO, "challengeResponse": "c2VjcmV0", "response": "abc123"})
        log.warning("retry with password=%s and newPassword: %s", SO, WRONG)
        try:
            raise RuntimeError(f"boom: {{'password': '{SO}'}} Authorization: Basic {secrets[4]}")
        except RuntimeError:
            log.exception("unexpected")
        logger.debug("a luna_ext record: %r", {"Cookie": luna.auth.cookie})
    text = captured.getvalue()
    lines = text.splitlines()
    assert any("HTTP Request" in line for line in lines)  # httpx's own lines are there
    assert any(line.startswith("luna_ext DEBUG GET") for line in lines)  # and luna_ext's
    assert "Traceback (most recent call last)" in text  # the tracebacks are there too
    for secret in [*secrets, "c2VjcmV0", "abc123"]:
        for line in lines:
            assert secret not in line, line
    assert text.count("<redacted>") >= 8


def test_luna_ext_records_are_redacted_without_install(captured) -> None:  # type: ignore[no-untyped-def]
    logging.getLogger("luna_ext").warning("password=%s cookie: SESSIONID=abc", "Hidden-1")
    logging.getLogger("luna_ext.indirect").warning("password=Hidden-2")
    text = captured.getvalue()
    assert "Hidden-1" not in text
    assert "Hidden-2" not in text
    assert "abc" not in text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("password=hunter22 next", "hunter22"),
        ("login(user='a', password='p@ss w0rd')", "p@ss w0rd"),
        ('{"newPassword": "N3w-pass!"}', "N3w-pass!"),
        ("Set-Cookie: ANYNAME=v4lue; HttpOnly", "v4lue"),
        ("cookie: a=1; b=s3cret", "s3cret"),
        ("Authorization: Bearer eyJhbGciOi.x", "eyJhbGciOi"),
        ("authenticationPassword: 'snmpS3cret'", "snmpS3cret"),
        ('{"challengeResponse": "QUJD"}', "QUJD"),
    ],
)
def test_redact_patterns(text: str, secret: str) -> None:
    assert secret not in redact(text)
    assert "<redacted>" in redact(text)


def test_redact_leaves_plain_text_alone() -> None:
    for text in ("GET /api/lunasa/hsms -> 200", "the login answered without a session cookie"):
        assert redact(text) == text
