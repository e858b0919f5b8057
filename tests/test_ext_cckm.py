"""``CckmSession`` / ``AsyncCckmSession`` against the emulated CCKM, over real HTTPS.

The emulated appliance gets a partition through its own API; CCKM is driven through the
sessions, and the emulator only through its control clients (clock, timing).
"""

from __future__ import annotations

import asyncio
import hashlib
import ssl
import time
from collections.abc import Iterator
from typing import Any

import pytest
from cckm_client.api.luna_keys import get_luna_key, list_luna_keys
from cckm_client.models import LunaKeyList

from luna_emulator.cckm import DEFAULT_CCKM_PASSWORD, EMULATED_CONNECTION
from luna_emulator.cckm.control_client import CckmControlClient
from luna_emulator.control_client import ControlClient
from luna_emulator.server import RunningEmulator, serve_in_thread
from luna_ext import (
    AsyncCckmSession,
    CckmAuthenticationError,
    CckmBadRequestError,
    CckmNotFoundError,
    CckmServerError,
    CckmSession,
    CckmTimeout,
    InsecureURLError,
    LunaSession,
    LunaTLSError,
    Retry,
)
from luna_ext.workflows import create_partition, first_hsm, initialize_hsm, so_login

from .conftest import ADMIN

KEYS = "/api/v1/cckm/hsm/luna/keys"
LIFETIME = 300  # cckm.yaml: x-cckm-jwt-lifetime-seconds (checked below)


@pytest.fixture(scope="module")
def served() -> Iterator[RunningEmulator]:
    with serve_in_thread(cckm=True) as running:
        yield running


@pytest.fixture
def control(served: RunningEmulator) -> Iterator[CckmControlClient]:
    with ControlClient.for_running(served) as appliance, CckmControlClient.for_running(served) as c:
        appliance.reset()
        c.reset(key_operation_delay=0, job_duration=0)
        yield c


@pytest.fixture
def partition(served: RunningEmulator, control: CckmControlClient) -> int:
    """The serial of an initialized partition of the emulated appliance (its own API)."""
    with LunaSession(
        served.url, username=ADMIN[0], password=ADMIN[1], ca_file=served.ca_file
    ) as luna:
        hsm = first_hsm(luna)
        initialize_hsm(luna, hsm, label="cckm", so_password="Sopass123!", domain="cckmdomain")
        so_login(luna, hsm, "Sopass123!")
        part = create_partition(luna, hsm, "ext-part", so_password="Partso123!", domain="d1")
        return part.id


def session(served: RunningEmulator, **kwargs: Any) -> CckmSession:
    assert served.cckm_url is not None
    return CckmSession(
        served.cckm_url,
        username="admin",
        password=kwargs.pop("password", DEFAULT_CCKM_PASSWORD),
        ca_file=served.ca_file,
        **kwargs,
    )


def aes(partition_id: str, label: str) -> dict[str, Any]:
    return {
        "label": label,
        "size": 128,
        "partition_id": partition_id,
        "mechanism": "CKM_AES_KEY_GEN",
    }


def test_the_jwt_lifetime_is_the_spec_s() -> None:
    import luna_spec

    ops = {op["operationId"]: op for _, _, op in luna_spec.iter_cckm_operations()}
    assert ops["issueToken"]["x-cckm-jwt-lifetime-seconds"] == LIFETIME


def test_keys_created_waited_for_and_paged(
    served: RunningEmulator, control: CckmControlClient, partition: int
) -> None:
    control.set_timing(key_operation_delay=0.3)
    with session(served) as cm:
        added = cm.request(
            "POST", "/api/v1/cckm/hsm/luna/add-partition", json={"connection": EMULATED_CONNECTION}
        )
        assert added["serial_numbers"] == [str(partition)]
        seen: list[str] = []
        key = cm.request("POST", KEYS, json=aes(added["id"], "lrk-0"))
        done = cm.wait_for_key(key["id"], on_progress=lambda k: seen.append(k["status"]))
        assert done["status"] == "AVAILABLE"
        assert seen[0] == "in_progress"
        assert seen[-1] == "AVAILABLE"
        for n in range(1, 5):
            cm.request("POST", KEYS, json=aes(added["id"], f"lrk-{n}"))
        labels = [k["label"] for k in cm.iterate(KEYS, params={"sort": "label"}, page_size=2)]
        assert labels == [f"lrk-{n}" for n in range(5)]
        # the generated client, typed, with the session's token
        listed = cm.call(list_luna_keys, limit=2)
        assert isinstance(listed, LunaKeyList)
        assert listed.total == 5
        assert len(listed.resources) == 2
        deleting = cm.request("POST", f"/api/v1/cckm/hsm/luna/{key['id']}/delete")
        assert deleting["operation"] == "keydelete"
        gone = cm.wait_for_key(key["id"])  # the operation it shows: keydelete
        assert (gone["status"], gone["operation_status"]) == ("DELETED", "completed")


def test_waiting_times_out_with_the_last_state(
    served: RunningEmulator, control: CckmControlClient, partition: int
) -> None:
    control.set_timing(key_operation_delay=600)
    with session(served) as cm:
        added = cm.request(
            "POST", "/api/v1/cckm/hsm/luna/add-partition", json={"connection": EMULATED_CONNECTION}
        )
        key = cm.request("POST", KEYS, json=aes(added["id"], "slow"))
        t0 = time.monotonic()
        with pytest.raises(CckmTimeout) as caught:
            cm.wait_for_key(key["id"], timeout=0.5, interval=0.1)
        assert time.monotonic() - t0 < 5
        assert caught.value.last["status"] == "in_progress"


def test_jobs_are_waited_for(
    served: RunningEmulator, control: CckmControlClient, partition: int
) -> None:
    control.set_timing(job_duration=0.3)
    with session(served) as cm:
        added = cm.request(
            "POST", "/api/v1/cckm/hsm/luna/add-partition", json={"connection": EMULATED_CONNECTION}
        )
        job = cm.request(
            "POST", "/api/v1/cckm/hsm/luna/synchronize", json={"partitions": [added["id"]]}
        )
        done = cm.wait_for_job(job["id"], kind="synchronize")
        assert done["overall_status"] == "completed"
        assert sum(1 for _ in cm.iterate(KEYS)) > 0  # the partition's own objects


def test_the_token_is_renewed_across_a_clock_advance(
    served: RunningEmulator, control: CckmControlClient
) -> None:
    with session(served) as cm:
        assert cm.token_info().logins == 1
        assert LIFETIME - 5 < cm.token_info().expires_in <= LIFETIME
        control.advance_clock(LIFETIME + 1)  # the server's clock: our JWT has expired there
        assert cm.request("GET", "/api/v1/cckm/hsm/luna/partitions")["total"] == 0
        info = cm.token_info()
        assert (info.logins, info.refreshes) == (1, 1)


def test_the_token_is_refreshed_before_it_expires(
    served: RunningEmulator, control: CckmControlClient
) -> None:
    with session(served, renew_before=LIFETIME - 0.3) as cm:
        cm.request("GET", KEYS)
        assert cm.token_info().refreshes == 0
        time.sleep(0.4)  # now within renew_before of the end by our own clock
        cm.request("GET", KEYS)
        assert cm.token_info().refreshes == 1


def test_a_failed_refresh_logs_in_again_once(
    served: RunningEmulator, control: CckmControlClient
) -> None:
    with session(served) as cm:
        for token in list(cm.iterate("/api/v1/auth/tokens/")):
            cm.request("DELETE", f"/api/v1/auth/tokens/{token['id']}")
        control.advance_clock(LIFETIME + 1)
        assert cm.request("GET", KEYS)["total"] == 0
        info = cm.token_info()
        assert (info.logins, info.refreshes) == (2, 0)
    # with a wrong password the login fails, typed, and says nothing of the password
    with pytest.raises(CckmAuthenticationError) as caught:
        session(served, password="Wrong-Pass-9").open()
    assert caught.value.status == 401
    assert caught.value.name == "NCERRUnauthorized"
    assert "Wrong-Pass-9" not in str(caught.value)


def test_errors_are_typed_and_carry_no_secret(
    served: RunningEmulator, control: CckmControlClient
) -> None:
    with session(served) as cm:
        with pytest.raises(CckmNotFoundError) as missing:
            cm.request("GET", f"{KEYS}/no-such-key")
        assert (missing.value.code, missing.value.name) == (16, "NCERRResourceNotFound")
        assert missing.value.path == f"{KEYS}/no-such-key"
        assert missing.value.request_id
        with pytest.raises(CckmNotFoundError):
            cm.call(get_luna_key, "no-such-key")
        with pytest.raises(CckmBadRequestError) as bad:
            cm.request(
                "POST",
                KEYS,
                json={"label": "x", "size": 7, "partition_id": "p", "mechanism": "CKM_AES_KEY_GEN"},
            )
        assert bad.value.code == 9
        text = f"{cm!r} {cm.tokens!r} {bad.value} {missing.value}"
        assert DEFAULT_CCKM_PASSWORD not in text
        assert "Bearer" not in text


def test_tls_trust_is_like_luna_session_s(
    served: RunningEmulator, control: CckmControlClient
) -> None:
    assert served.cckm_url is not None
    assert served.ca_file is not None
    with pytest.raises(LunaTLSError):  # verification is on: the emulator's CA is not trusted
        CckmSession(served.cckm_url, username="admin", password=DEFAULT_CCKM_PASSWORD).open()
    pem = ssl.get_server_certificate(("127.0.0.1", int(served.cckm_url.rsplit(":", 1)[1])))
    pin = hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem)).hexdigest()
    with CckmSession(
        served.cckm_url, username="admin", password=DEFAULT_CCKM_PASSWORD, pinned_sha256=pin
    ) as cm:
        assert cm.request("GET", KEYS)["total"] == 0
    with pytest.raises(InsecureURLError):
        CckmSession(served.cckm_url.replace("https", "http"), username="admin", password="x")


def test_the_async_session_does_the_same(
    served: RunningEmulator, control: CckmControlClient, partition: int
) -> None:
    assert served.cckm_url is not None
    control.set_timing(key_operation_delay=0.2)

    async def main() -> None:
        async with AsyncCckmSession(
            str(served.cckm_url),
            username="admin",
            password=DEFAULT_CCKM_PASSWORD,
            ca_file=served.ca_file,
        ) as cm:
            added = await cm.request(
                "POST",
                "/api/v1/cckm/hsm/luna/add-partition",
                json={"connection": EMULATED_CONNECTION},
            )
            key = await cm.request("POST", KEYS, json=aes(added["id"], "async"))
            assert (await cm.wait_for_key(key["id"]))["status"] == "AVAILABLE"
            control.advance_clock(LIFETIME + 1)
            labels = [k["label"] async for k in cm.iterate(KEYS, page_size=1)]
            assert labels == ["async"]
            assert cm.token_info().refreshes == 1
            listed = await cm.call(list_luna_keys)
            assert isinstance(listed, LunaKeyList)
            with pytest.raises(CckmNotFoundError):
                await cm.call(get_luna_key, "nope")

    asyncio.run(main())


def test_both_sessions_have_the_same_methods() -> None:
    public = {n for n in dir(CckmSession) if not n.startswith("_")}
    assert public == {n for n in dir(AsyncCckmSession) if not n.startswith("_")}
    assert {"open", "close", "request", "call", "iterate", "wait_for_key", "wait_for_job"} <= public


def test_retries_and_server_errors(served: RunningEmulator, control: CckmControlClient) -> None:
    with session(served, retry=Retry(attempts=3, backoff=0.01, jitter=0)) as cm:
        control.clear_requests()
        control.set_faults([{"pattern": "/luna/keys$", "method": "GET", "status": 503, "count": 2}])
        assert cm.request("GET", KEYS)["total"] == 0  # a GET is retried through two 503s
        assert [r["status"] for r in control.requests()] == [503, 503, 200]
        control.set_faults([{"pattern": "/luna/refresh$", "method": "POST", "status": 503}])
        with pytest.raises(CckmServerError) as caught:  # a POST is never sent twice
            cm.request("POST", "/api/v1/cckm/hsm/luna/refresh", json={"synchronize_all": True})
        assert caught.value.status == 503
        assert [r["method"] for r in control.requests()].count("POST") == 1
