"""luna_ext on bad networks, against the served emulator's faults: retries with backoff for
idempotent requests (dropped connections, 503 with Retry-After, 429), none for the others,
typed connection and TLS errors that say what to do, and http:// refused."""

from __future__ import annotations

import email.utils
import logging
import socket
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from luna_client.api.hsms import get_hsm, initialize_hsm
from luna_client.models import InitializeHsmRequest

from luna_ext import (
    InsecureURLError,
    LunaConnectionError,
    LunaServerError,
    LunaSession,
    LunaTLSError,
    Retry,
)

from .conftest import ADMIN, HSM

FAST = Retry(attempts=3, backoff=0.01, max_delay=2.0)


def _session(served: Any, **kwargs: Any) -> LunaSession:
    kwargs.setdefault("username", ADMIN[0])
    kwargs.setdefault("password", ADMIN[1])
    kwargs.setdefault("ca_file", served.ca_file)
    return LunaSession(served.url, **kwargs)


@pytest.fixture
def luna(served, https) -> Iterator[LunaSession]:  # type: ignore[no-untyped-def]
    with _session(served, retry=FAST) as s:
        yield s


def _statuses(https: httpx.Client, path: str) -> list[int]:
    return [row["status"] for row in https.get("/_emulator/requests").json() if row["path"] == path]


def _fault(https: httpx.Client, **fault: Any) -> None:
    assert https.put("/_emulator/faults", json=[fault]).status_code == 204
    https.delete("/_emulator/requests")


HSM_PATH = f"/api/lunasa/hsms/{HSM}"


def test_a_dropped_connection_is_retried_for_a_get(luna: LunaSession, https, caplog) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.WARNING, logger="luna_ext")
    _fault(https, pattern=f"^{HSM_PATH}$", method="GET", drop=True, count=2)
    assert luna.call(get_hsm, HSM).serial_number
    retries = [r for r in caplog.records if "retrying GET" in r.getMessage()]
    assert len(retries) == 2
    assert all(r.levelno == logging.WARNING for r in retries)


def test_a_503_with_retry_after_is_honoured(luna: LunaSession, https) -> None:  # type: ignore[no-untyped-def]
    _fault(https, pattern=f"^{HSM_PATH}$", status=503, headers={"Retry-After": "1"}, count=1)
    t0 = time.monotonic()
    assert luna.call(get_hsm, HSM).serial_number
    waited = time.monotonic() - t0
    assert 0.95 <= waited < 3  # Retry-After: 1, not the 10 ms backoff
    assert _statuses(https, HSM_PATH)[:2] == [503, 200]


def test_429_is_retried_then_the_error_is_typed(luna: LunaSession, https) -> None:  # type: ignore[no-untyped-def]
    _fault(https, pattern=f"^{HSM_PATH}$", status=429, count=1)
    assert luna.call(get_hsm, HSM).serial_number
    _fault(https, pattern=f"^{HSM_PATH}$", status=503)  # until removed: retries run out
    with pytest.raises(LunaServerError) as info:
        luna.call(get_hsm, HSM)
    assert info.value.status == 503
    assert _statuses(https, HSM_PATH) == [503, 503, 503]  # FAST: 3 attempts in all


def test_a_non_idempotent_request_is_never_sent_twice(luna: LunaSession, https) -> None:  # type: ignore[no-untyped-def]
    _fault(https, pattern=f"^{HSM_PATH}$", method="PUT", status=503)
    body = InitializeHsmRequest(label="hsm", password="Sopass123!", domain="dom")
    with pytest.raises(LunaServerError):
        luna.call(initialize_hsm, HSM, body=body)
    assert _statuses(https, HSM_PATH) == [503]
    _fault(https, pattern=f"^{HSM_PATH}$", method="PUT", drop=True, count=1)
    with pytest.raises(LunaConnectionError, match="may or may not have run"):
        luna.call(initialize_hsm, HSM, body=body)
    assert len(_statuses(https, HSM_PATH)) <= 1


def test_retries_can_be_switched_off(served, https) -> None:  # type: ignore[no-untyped-def]
    with _session(served, retry=0) as luna:
        _fault(https, pattern=f"^{HSM_PATH}$", status=503, count=1)
        with pytest.raises(LunaServerError):
            luna.call(get_hsm, HSM)
    assert Retry.off().attempts == 1
    with pytest.raises(ValueError, match="at least 1"):
        Retry(attempts=0)


def test_retry_delays() -> None:
    policy = Retry(backoff=0.1, max_delay=1.0, jitter=0.5)
    for attempt, base in ((1, 0.1), (2, 0.2), (3, 0.4), (5, 1.0)):
        delay = policy.delay(attempt)
        assert base <= delay <= base * 1.5 + 1e-9
    request = httpx.Request("GET", "https://hsm.example/")
    assert policy.delay(1, httpx.Response(503, headers={"Retry-After": "0"}, request=request)) == 0
    assert (
        policy.delay(1, httpx.Response(503, headers={"Retry-After": "120"}, request=request)) == 1.0
    )
    date = email.utils.formatdate(time.time() + 0.6, usegmt=True)
    from_date = policy.delay(1, httpx.Response(503, headers={"Retry-After": date}, request=request))
    assert 0 <= from_date <= 1.0


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_nothing_listening_is_a_connection_error_with_a_hint() -> None:
    port = _closed_port()
    luna = LunaSession(
        f"https://127.0.0.1:{port}",
        username="admin",
        password="x",
        retry=Retry(attempts=2, backoff=0.01),
    )
    with pytest.raises(LunaConnectionError, match="8443") as info:
        luna.open()
    assert not isinstance(info.value, LunaTLSError)
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert f"127.0.0.1:{port}" in str(info.value)


def test_pinning_an_unreachable_appliance_is_a_connection_error() -> None:
    with pytest.raises(LunaConnectionError, match="fetch its certificate"):
        LunaSession(
            f"https://127.0.0.1:{_closed_port()}",
            username="a",
            password="b",
            pinned_sha256="00" * 32,
        )


def test_an_untrusted_certificate_is_a_tls_error_that_says_what_to_do(
    served, https, caplog
) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.WARNING, logger="luna_ext")
    with pytest.raises(LunaTLSError) as info:
        _session(served, ca_file=None).open()
    assert "retrying" not in caplog.text  # a certificate does not become trusted by retrying
    text = str(info.value)
    assert "ca_file=" in text
    assert "pinned_sha256=" in text
    assert "never switched off" in text


def test_http_is_refused_unless_asked_for(served, caplog) -> None:  # type: ignore[no-untyped-def]
    url = served.url.replace("https://", "http://")
    with pytest.raises(InsecureURLError, match="allow_insecure_http=True"):
        LunaSession(url, username="admin", password="x")
    with pytest.raises(InsecureURLError, match="https://"):
        LunaSession("ftp://hsm.example", username="admin", password="x")
    caplog.set_level(logging.WARNING, logger="luna_ext")
    LunaSession(url, username="admin", password="x", allow_insecure_http=True).close()
    assert "in clear" in caplog.text
