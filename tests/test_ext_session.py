"""luna_ext sessions, TLS, typed errors and the generated client, over real HTTPS."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import ssl

import httpx
import pytest
from luna_client.api.hsms import get_hsm, list_hsms
from luna_client.models import HsmList

from luna_ext import (
    AsyncLunaSession,
    LunaAuthenticationError,
    LunaError,
    LunaNotFoundError,
    LunaServerError,
    LunaSession,
    LunaTLSError,
    install_redaction,
)

from .conftest import ADMIN, HSM


def _session(served, **kwargs) -> LunaSession:  # type: ignore[no-untyped-def]
    kwargs.setdefault("username", ADMIN[0])
    kwargs.setdefault("password", ADMIN[1])
    kwargs.setdefault("ca_file", served.ca_file)
    return LunaSession(served.url, **kwargs)


def test_the_generated_client_works_through_a_session(served, https) -> None:  # type: ignore[no-untyped-def]
    with _session(served) as luna:
        hsms = luna.call(list_hsms)
        assert isinstance(hsms, HsmList)
        assert [h.id for h in hsms.hsms] == [str(HSM)]
        assert luna.auth.logins == 1
    assert luna.auth.cookie is None  # closed: the session was ended on the appliance


def test_wrong_password_is_a_typed_error_without_the_password(served, https) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(LunaAuthenticationError) as info:
        _session(served, password="Wrong-Secret-42").open()
    assert info.value.status == 401
    assert info.value.error_id == "FRAMEWORK_AUTHENTICATION_FAILED"
    assert "Wrong-Secret-42" not in str(info.value)
    assert "Wrong-Secret-42" not in repr(info.value.__dict__)


def test_unknown_resource_is_not_found(served, https) -> None:  # type: ignore[no-untyped-def]
    with _session(served) as luna, pytest.raises(LunaNotFoundError) as info:
        luna.call(get_hsm, hsmid=42)
    assert info.value.error_id == "HSMPLUGIN_INVALID_HSM"
    assert info.value.path == "/api/lunasa/hsms/42"


def test_an_expired_session_is_reopened_once_transparently(served, https) -> None:  # type: ignore[no-untyped-def]
    with _session(served) as luna:
        first = luna.auth.cookie
        assert https.post("/_emulator/clock/advance", json={"seconds": 601}).status_code == 204
        assert luna.call(list_hsms) is not None
        assert luna.auth.logins == 2
        assert luna.auth.cookie != first


def test_tls_verification_is_on_by_default(served, https) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(LunaTLSError, match=r"ca_file=.*pinned_sha256=") as info:
        LunaSession(served.url, username=ADMIN[0], password=ADMIN[1]).open()
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert isinstance(info.value, httpx.TransportError)  # code written for httpx still works


def test_a_pinned_fingerprint_trusts_exactly_that_certificate(served, https) -> None:  # type: ignore[no-untyped-def]
    der = ssl.PEM_cert_to_DER_cert(served.ca_file.read_text())
    pin = hashlib.sha256(der).hexdigest()
    with _session(served, ca_file=None, pinned_sha256=pin) as luna:
        assert luna.call(list_hsms) is not None
    with pytest.raises(LunaError, match="not the pinned"):
        _session(served, ca_file=None, pinned_sha256="00" * 32)


def test_every_request_carries_the_pinned_vendor_version(served, https) -> None:  # type: ignore[no-untyped-def]
    seen: list[httpx.Request] = []
    with _session(served) as luna:
        luna.http.event_hooks["request"].append(seen.append)
        luna.request("POST", "/api/lunasa/logs/lunalogs", json={"message": "hello"})
        luna.call(list_hsms)
    assert all(
        r.headers["Accept"] == "application/vnd.safenetinc.lunasa+json;version=17" for r in seen
    )
    posted = [r for r in seen if r.method == "POST"]
    assert posted[0].headers["Content-Type"] == "application/vnd.safenetinc.lunasa+json;version=17"


def test_another_api_version_can_be_chosen(served, https) -> None:  # type: ignore[no-untyped-def]
    seen: list[httpx.Request] = []
    with _session(served, api_version="16") as luna:
        luna.http.event_hooks["request"].append(seen.append)
        luna.call(list_hsms)
    assert seen[-1].headers["Accept"].endswith("version=16")


def test_a_status_outside_the_iana_list_is_a_typed_error(served, https) -> None:  # type: ignore[no-untyped-def]
    https.put("/_emulator/faults", json=[{"pattern": "^/api/lunasa/hsms$", "status": 599}])
    with _session(served) as luna, pytest.raises(LunaServerError) as info:
        luna.call(list_hsms)
    assert info.value.status == 599


def test_logs_never_show_credentials(served, https, caplog) -> None:  # type: ignore[no-untyped-def]
    install_redaction()
    caplog.set_level(logging.DEBUG)
    with _session(served) as luna:
        luna.call(list_hsms)
        logging.getLogger("luna_ext").debug(
            "headers %s", {"Cookie": luna.auth.cookie, "Authorization": "Basic YWRtaW46eA=="}
        )
        cookie = (luna.auth.cookie or "").split("=", 1)[1]
    text = caplog.text
    assert "GET" in text or "HTTP Request" in text
    for secret in (ADMIN[1], cookie, "YWRtaW46eA=="):
        assert secret not in text
    assert repr(luna.auth.login).count("redacted") == 1


def test_async_session(served, https) -> None:  # type: ignore[no-untyped-def]
    async def main() -> list[str]:
        async with AsyncLunaSession(
            served.url, username=ADMIN[0], password=ADMIN[1], ca_file=served.ca_file
        ) as luna:
            hsms = await luna.call(list_hsms)
            return [h.id for h in hsms.hsms]

    assert asyncio.run(main()) == [str(HSM)]
