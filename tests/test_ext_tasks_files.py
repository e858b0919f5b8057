"""luna_ext task waiting, files, paging and certificate login against the served emulator."""

from __future__ import annotations

import asyncio
import datetime
import io

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from luna_client.api.hsms import list_hsms

from luna_ext import (
    AsyncLunaSession,
    CertificateLogin,
    LunaApiError,
    LunaError,
    LunaSession,
    ProtectedTaskNotStarted,
    TaskFailed,
    TaskGone,
)

from .conftest import ADMIN, HSM


@pytest.fixture
def luna(served, https):  # type: ignore[no-untyped-def]
    with LunaSession(served.url, username=ADMIN[0], password=ADMIN[1], ca_file=served.ca_file) as s:
        yield s


def _init_hsm(luna: LunaSession) -> None:
    r = luna.request(
        "PUT",
        f"/api/lunasa/hsms/{HSM}",
        json={"label": "hsm", "password": "Sopass123!", "domain": "dom"},
    )
    luna.wait_for_task(r)
    luna.request(
        "POST", f"/api/lunasa/hsms/{HSM}/login", json={"password": "Sopass123!", "role": "so"}
    )


def test_a_task_lasting_seconds_is_waited_for(luna: LunaSession, https) -> None:  # type: ignore[no-untyped-def]
    https.put(
        "/_emulator/tasks/progress", json={"mode": "seconds", "seconds": 3, "usuallyTasked": True}
    )
    seen: list[str] = []
    r = luna.request(
        "PUT",
        f"/api/lunasa/hsms/{HSM}",
        json={"label": "hsm", "password": "Sopass123!", "domain": "dom"},
    )
    assert r.status_code == 202
    done = luna.wait_for_task(r, on_progress=lambda t: seen.append(t["state"]))
    assert done.task["state"] == "Finished"
    assert 2.9 <= done.elapsed < 12
    assert seen[0] == "Running"
    assert seen[-1] == "Finished"
    # adaptive: the interval grows with the elapsed time (30 ms + 7 %), so a 3 s task
    # takes about 30 polls, not hundreds, and is known finished within ~0.25 s
    assert 2 < done.polls < 40
    assert luna.get_json(f"/api/lunasa/hsms/{HSM}")["state"] == "initialized"


def test_a_task_that_ends_in_error_raises_with_its_details(luna: LunaSession, https) -> None:  # type: ignore[no-untyped-def]
    https.put(
        "/_emulator/tasks/progress",
        json={"mode": "polls", "count": 1, "fail": "PED timed out", "usuallyTasked": True},
    )
    r = luna.request(
        "PUT",
        f"/api/lunasa/hsms/{HSM}",
        json={"label": "hsm", "password": "Sopass123!", "domain": "dom"},
    )
    with pytest.raises(TaskFailed, match="PED timed out") as info:
        luna.wait_for_task(r)
    assert info.value.task["state"] == "Error"
    assert info.value.result["returnCode"] == 500


def test_a_503_on_a_poll_is_retried(luna: LunaSession, https) -> None:  # type: ignore[no-untyped-def]
    https.put(
        "/_emulator/tasks/progress", json={"mode": "polls", "count": 2, "usuallyTasked": True}
    )
    r = luna.request(
        "PUT",
        f"/api/lunasa/hsms/{HSM}",
        json={"label": "hsm", "password": "Sopass123!", "domain": "dom"},
    )
    https.put("/_emulator/faults", json=[{"pattern": r"^/tasks/\d+$", "status": 503, "count": 1}])
    done = luna.wait_for_task(r)
    assert done.task["state"] == "Finished"
    log = https.get("/_emulator/requests").json()
    assert next(row["status"] for row in log if row["path"] == done.task["instance"]) == 503


def test_a_protected_task_is_refused_without_consent(luna: LunaSession, https) -> None:  # type: ignore[no-untyped-def]
    _init_hsm(luna)
    r = luna.request("POST", f"/api/lunasa/hsms/{HSM}/actions/zeroize", json={})
    with pytest.raises(ProtectedTaskNotStarted):
        luna.wait_for_task(r)
    assert luna.get_json(f"/api/lunasa/hsms/{HSM}")["state"] == "initialized"
    done = luna.wait_for_task(r, start=True)
    assert done.task["state"] == "Finished"
    assert luna.get_json(f"/api/lunasa/hsms/{HSM}")["state"] == "zeroized"


def test_async_task_waiting(served, https) -> None:  # type: ignore[no-untyped-def]
    https.put("/_emulator/tasks/progress", json={"usuallyTasked": True})

    async def main() -> str:
        async with AsyncLunaSession(
            served.url, username=ADMIN[0], password=ADMIN[1], ca_file=served.ca_file
        ) as luna:
            r = await luna.request(
                "PUT",
                f"/api/lunasa/hsms/{HSM}",
                json={"label": "hsm", "password": "Sopass123!", "domain": "dom"},
            )
            done = await luna.wait_for_task(r)
            return str(done.task["state"])

    assert asyncio.run(main()) == "Finished"


def test_user_file_round_trip_with_progress(luna: LunaSession, tmp_path) -> None:  # type: ignore[no-untyped-def]
    payload = bytes(range(256)) * 4096  # 1 MiB
    src = tmp_path / "blob.bin"
    src.write_bytes(payload)
    ups: list[int] = []
    name = luna.upload_user_file(src, progress=lambda done, total: ups.append(done))
    assert name == "blob.bin"
    assert ups[-1] == len(payload)
    dest = tmp_path / "back.bin"
    downs: list[int] = []
    assert luna.download_user_file(name, dest, progress=lambda d, t: downs.append(d)) == len(
        payload
    )
    assert dest.read_bytes() == payload
    assert downs[-1] == len(payload)
    buf = io.BytesIO()
    luna.download_user_file(name, buf)
    assert buf.getvalue() == payload


def test_paging_iterates_every_element(luna: LunaSession) -> None:
    for i in range(7):
        luna.request(
            "POST",
            "/api/lunasa/ntls/clients",
            json={"clientName": f"client{i}", "ip": f"10.0.0.{i + 1}"},
        )
    seen: list[str] = []
    luna.http.event_hooks["request"].append(lambda r: seen.append(str(r.url.query, "ascii")))
    names = [c["clientID"] for c in luna.iterate("/api/lunasa/ntls/clients", page_size=3)]
    assert names == [f"client{i}" for i in range(7)]
    assert seen.count("limit=3&offset=0") == 1
    assert len(seen) == 3  # pages of 3, 3 and 1, following Link rel="next"


def _key_and_certificate() -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "operator")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    return key, cert


def test_certificate_login(luna: LunaSession, served) -> None:  # type: ignore[no-untyped-def]
    key, cert = _key_and_certificate()
    luna.register_certificate(cert, user="operator")
    login = CertificateLogin("operator", key, cert)
    with LunaSession(served.url, login=login, ca_file=served.ca_file) as op:
        assert op.call(list_hsms) is not None
        assert op.auth.logins == 1
    other_key, _ = _key_and_certificate()
    # a wrong key: refused here, or (1 in ~250: OpenSSL's implicit rejection returns noise of
    # the right length) by the appliance, which never logs the session in
    with pytest.raises(LunaError, match=r"does not decrypt with this private key|^401 "):
        LunaSession(
            served.url, login=CertificateLogin("operator", other_key, cert), ca_file=served.ca_file
        ).open()


def test_an_unknown_task_is_gone_with_the_api_error_fields(luna: LunaSession) -> None:
    with pytest.raises(TaskGone) as info:
        luna.wait_for_task("/tasks/999")
    assert (info.value.status, info.value.error_id, info.value.path) == (
        410,
        "TASK_GONE",
        "/tasks/999",
    )
    assert isinstance(info.value, LunaApiError)


def test_a_task_answer_without_its_location_is_a_typed_error(luna: LunaSession, https) -> None:  # type: ignore[no-untyped-def]
    https.put("/_emulator/tasks/progress", json={"usuallyTasked": True})
    https.put(
        "/_emulator/faults",
        json=[
            {"pattern": f"^/api/lunasa/hsms/{HSM}$", "method": "PUT", "dropHeaders": ["Location"]}
        ],
    )
    r = luna.request(
        "PUT",
        f"/api/lunasa/hsms/{HSM}",
        json={"label": "h", "password": "Sopass123!", "domain": "dom"},
    )
    assert r.status_code == 202
    with pytest.raises(LunaApiError, match="without a /tasks/ Location"):
        luna.wait_for_task(r)
