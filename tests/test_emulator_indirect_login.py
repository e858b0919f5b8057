"""Indirect login (guide ch. 4) between two emulated appliances: an admin HSM whose
partition vouches for the SO of a service HSM. Each appliance is its own app, so only
the exchanged blobs travel between them; one flow runs against the served emulator over
HTTPS."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import rsa
from starlette.testclient import TestClient

from luna_emulator import create_app

from .conftest import ADMIN, HSM, JSON
from .test_emulator_hsm import (
    SO_PASSWORD,
    create_partition,
    immediate_tasks,
    init_hsm,
    outcome,
    so_login,
)

ADMIN_HSM = 700123
SERVICE_HSM = 800456
CO_PASSWORD = "Copass123!"
Client = httpx.Client


def _appliance(serial: int) -> Iterator[TestClient]:
    app = create_app(validate_responses=True)
    with TestClient(app, base_url="https://testserver", follow_redirects=False) as c:
        c.auth = ADMIN
        assert c.post("/_emulator/reset", json={"hsmSerial": serial}).status_code == 204
        immediate_tasks(c)
        yield c


@pytest.fixture
def admin() -> Iterator[TestClient]:
    yield from _appliance(ADMIN_HSM)


@pytest.fixture
def service() -> Iterator[TestClient]:
    yield from _appliance(SERVICE_HSM)


def admin_partition(c: Client, serial: int = ADMIN_HSM, version: int = 0) -> str:
    """An initialized admin HSM with a partition whose CO is logged in; its URL."""
    init_hsm(c, serial)
    url = create_partition(c, serial, version=version)
    r = c.put(url, json={"label": "admin", "password": "Popass123!", "domain": "dom"}, headers=JSON)
    assert outcome(c, r)[0] == "Finished"
    r = c.post(f"{url}/login", json={"role": "so", "password": "Popass123!"}, headers=JSON)
    assert r.status_code == 204
    r = c.put(f"{url}/roles/co", json={"password": CO_PASSWORD}, headers=JSON)
    assert outcome(c, r)[0] == "Finished"
    r = c.post(f"{url}/login", json={"role": "co", "password": CO_PASSWORD}, headers=JSON)
    assert r.status_code == 204, r.text
    return url


def set_up(admin: Client, partition: str, service: Client, serial: int, kind: str) -> None:
    """Guide ch. 4, setting up: export the partition's key, load it onto the service HSM."""
    r = admin.get(f"{partition}/indirect/key", params={"type": kind})
    assert r.status_code == 200, r.text
    key = r.json()
    body = {"roles": "so,co,cu,lco", **key} if kind == "pkc" else key
    assert set(key) == ({"pkcChain"} if kind == "pkc" else {"exponent", "modulus"})
    r = service.post(
        f"/api/lunasa/hsms/{serial}/indirect/key", params={"type": kind}, json=body, headers=JSON
    )
    assert r.status_code == 204, r.text
    assert r.headers["Location"] == f"/api/lunasa/hsms/{serial}/indirect/challenges"
    assert (
        service.post(f"/api/lunasa/hsms/{serial}/logout", json={}, headers=JSON).status_code == 204
    )


def challenge(service: Client, serial: int, certificate: str, role: str = "so") -> Any:
    return service.post(
        f"/api/lunasa/hsms/{serial}/indirect/challenges",
        json={"role": role, "ped": "1", "certificate": certificate},
        headers=JSON,
    )


def respond(admin: Client, partition: str, kind: str, text: str) -> Any:
    return admin.post(
        f"{partition}/indirect/responses",
        params={"type": kind},
        json={"challenge": text},
        headers=JSON,
    )


def log_in(service: Client, serial: int, response: str) -> Any:
    return service.post(
        f"/api/lunasa/hsms/{serial}/login", json={"response": response}, headers=JSON
    )


def so_only(service: Client, serial: int) -> Any:
    """A request only a logged-in HSM SO may make."""
    return service.post(
        f"/api/lunasa/hsms/{serial}/partitions",
        json={"name": "after-indirect", "hasPso": True, "size": 1024},
        headers=JSON,
    )


def use(admin: Client, partition: str, service: Client, serial: int, kind: str) -> str:
    """Guide ch. 4, using: certificate, challenge, response, login. Returns the response."""
    r = admin.get(f"{partition}/certificate", params={"type": kind})
    assert r.status_code == 200, r.text
    certificate = r.json()["certificate"]
    stored = r.headers["Location"]
    assert stored.startswith(f"{partition}/certificate/")
    assert admin.get(stored).json() == {"certificate": certificate}

    r = challenge(service, serial, certificate)
    assert r.status_code == 200, r.text
    text = r.json()["challenge"]
    assert service.get(r.headers["Location"]).json() == {"challenge": text}

    r = respond(admin, partition, kind, text)
    assert r.status_code == 201, r.text
    response = r.json()["response"]
    assert len(base64.b64decode(response)) == 32
    assert admin.get(r.headers["Location"]).json() == {"response": response}
    rid = r.headers["Location"].rsplit("/", 1)[1]
    assert admin.get(f"/api/lunasa/hsms/{ADMIN_HSM}/indirect/responses/{rid}").is_success

    r = log_in(service, serial, response)
    assert r.status_code == 204, r.text
    assert r.headers["Location"] == f"/api/lunasa/hsms/{serial}/login/so/1"
    return response  # type: ignore[no-any-return]


# ---- the three flows, end to end -------------------------------------------------------
@pytest.mark.parametrize("kind", ["legacyKey", "key", "pkc"])
def test_indirect_login_between_two_appliances(
    admin: TestClient, service: TestClient, kind: str
) -> None:
    partition = admin_partition(admin)
    init_hsm(service, SERVICE_HSM)
    set_up(admin, partition, service, SERVICE_HSM, kind)
    role = service.get(f"/api/lunasa/hsms/{SERVICE_HSM}/roles/so").json()
    assert role["indirectLoginVersion"] == kind

    refused = so_only(service, SERVICE_HSM)
    assert refused.status_code == 400
    assert refused.json()["id"] == "APPLIANCE_REQUIRE_SO_LOGIN"
    response = use(admin, partition, service, SERVICE_HSM, kind)
    assert outcome(service, so_only(service, SERVICE_HSM))[0] == "Finished"

    # a response answers one challenge once
    logout = service.post(f"/api/lunasa/hsms/{SERVICE_HSM}/logout", json={}, headers=JSON)
    assert logout.status_code == 204
    replay = log_in(service, SERVICE_HSM, response)
    assert replay.status_code == 400
    assert replay.json()["id"] == "FRAMEWORK_BAD_REQUEST"
    assert so_only(service, SERVICE_HSM).status_code == 400


def test_indirect_login_over_https(admin: TestClient, https: httpx.Client) -> None:
    """The service HSM is the emulator served over real TLS; the admin HSM runs in process."""
    assert https.put("/_emulator/tasks/progress", json={"mode": "immediate"}).status_code == 204
    assert https.post("/auth/session", json={}, headers=JSON).status_code == 204
    https.auth = None  # the session cookie carries the logins
    partition = admin_partition(admin)
    r = https.put(
        f"/api/lunasa/hsms/{HSM}",
        json={"label": "service", "password": SO_PASSWORD, "domain": "dom"},
        headers=JSON,
    )
    assert outcome(https, r)[0] == "Finished"
    r = https.post(
        f"/api/lunasa/hsms/{HSM}/login", json={"password": SO_PASSWORD, "role": "so"}, headers=JSON
    )
    assert r.status_code == 204
    set_up(admin, partition, https, HSM, "pkc")
    assert so_only(https, HSM).status_code == 400
    use(admin, partition, https, HSM, "pkc")
    assert outcome(https, so_only(https, HSM))[0] == "Finished"
    so = https.get(f"/api/lunasa/hsms/{HSM}/roles/so").json()
    assert so["indirectLoginVersion"] == "pkc"


def test_the_admin_hsm_answers_with_its_own_certificate(
    admin: TestClient, service: TestClient
) -> None:
    """createHsmIndirectResponse: the admin HSM's own token-wrapping key (getHsmCertificate),
    loaded onto the service HSM as a legacy key."""
    init_hsm(admin, ADMIN_HSM)
    init_hsm(service, SERVICE_HSM)
    r = admin.get(f"/api/lunasa/hsms/{ADMIN_HSM}/certificate", params={"type": "legacyKey"})
    certificate = r.json()["certificate"]
    public = x509.load_der_x509_certificate(base64.b64decode(certificate)[4:]).public_key()
    assert isinstance(public, rsa.RSAPublicKey)
    numbers = public.public_numbers()
    key = {
        "exponent": base64.b64encode(numbers.e.to_bytes(3, "big")).decode(),
        "modulus": base64.b64encode(numbers.n.to_bytes(256, "big")).decode(),
    }
    r = service.post(f"/api/lunasa/hsms/{SERVICE_HSM}/indirect/key", json=key, headers=JSON)
    assert r.status_code == 204, r.text
    service.post(f"/api/lunasa/hsms/{SERVICE_HSM}/logout", json={}, headers=JSON)
    text = challenge(service, SERVICE_HSM, certificate).json()["challenge"]
    r = admin.post(
        f"/api/lunasa/hsms/{ADMIN_HSM}/indirect/responses", json={"challenge": text}, headers=JSON
    )
    assert r.status_code == 200, r.text
    response = r.json()["response"]
    assert admin.get(r.headers["Location"]).json() == {"response": response}
    assert log_in(service, SERVICE_HSM, response).status_code == 204
    assert outcome(service, so_only(service, SERVICE_HSM))[0] == "Finished"


def test_partition_challenges_are_answered_by_the_certificate_holder(
    admin: TestClient, service: TestClient
) -> None:
    init_hsm(admin, ADMIN_HSM)
    target = admin_partition(service, SERVICE_HSM)
    certificate = admin.get(f"/api/lunasa/hsms/{ADMIN_HSM}/certificate").json()["certificate"]
    r = service.post(
        f"{target}/indirect/challenges",
        json={"role": "co", "ped": "0", "certificate": certificate},
        headers=JSON,
    )
    assert r.status_code == 200, r.text
    text = r.json()["challenge"]
    assert service.get(r.headers["Location"]).json() == {"challenge": text}
    r = admin.post(
        f"/api/lunasa/hsms/{ADMIN_HSM}/indirect/responses", json={"challenge": text}, headers=JSON
    )
    assert r.status_code == 200, r.text
    # the service partition cannot answer a challenge made for the admin HSM's certificate
    r = respond(service, target, "pkc", text)
    assert r.status_code == 400
    assert "another token-wrapping certificate" in r.json()["details"]
    bad_role = service.post(
        f"{target}/indirect/challenges",
        json={"role": "audit", "ped": "0", "certificate": certificate},
        headers=JSON,
    )
    assert bad_role.status_code == 400


# ---- what fails ------------------------------------------------------------------------
@pytest.fixture
def pair(admin: TestClient, service: TestClient) -> tuple[TestClient, str, TestClient]:
    partition = admin_partition(admin)
    init_hsm(service, SERVICE_HSM)
    return admin, partition, service


def _flip(text: str, position: int) -> str:
    data = bytearray(base64.b64decode(text))
    data[position] ^= 0x01
    return base64.b64encode(bytes(data)).decode()


def test_no_key_loaded(pair: tuple[TestClient, str, TestClient]) -> None:
    admin, partition, service = pair
    certificate = admin.get(f"{partition}/certificate").json()["certificate"]
    r = challenge(service, SERVICE_HSM, certificate)
    assert r.status_code == 400
    assert r.json()["id"] == "FRAMEWORK_BAD_REQUEST"
    assert "no indirect-login key is loaded" in r.json()["details"]
    r = log_in(service, SERVICE_HSM, base64.b64encode(bytes(32)).decode())
    assert r.status_code == 400  # nothing to answer


def test_wrong_type(pair: tuple[TestClient, str, TestClient]) -> None:
    admin, partition, service = pair
    set_up(admin, partition, service, SERVICE_HSM, "legacyKey")
    key_certificate = admin.get(f"{partition}/certificate", params={"type": "key"}).json()
    r = challenge(service, SERVICE_HSM, key_certificate["certificate"])
    assert r.status_code == 400
    assert "type=key" in r.json()["details"]
    certificate = admin.get(f"{partition}/certificate").json()["certificate"]
    text = challenge(service, SERVICE_HSM, certificate).json()["challenge"]
    r = respond(admin, partition, "key", text)
    assert r.status_code == 400
    assert "type=legacyKey" in r.json()["details"]
    assert so_login(service, SERVICE_HSM).status_code == 204
    r = service.post(
        f"/api/lunasa/hsms/{SERVICE_HSM}/indirect/key",
        params={"type": "pkc"},
        json={"exponent": key_certificate["certificate"][:8], "modulus": "AQAB"},
        headers=JSON,
    )
    assert r.status_code == 400
    assert "pkcChain" in r.json()["details"]


def test_tampered_response_and_challenge(pair: tuple[TestClient, str, TestClient]) -> None:
    admin, partition, service = pair
    set_up(admin, partition, service, SERVICE_HSM, "key")
    certificate = admin.get(f"{partition}/certificate", params={"type": "key"}).json()
    text = challenge(service, SERVICE_HSM, certificate["certificate"]).json()["challenge"]

    # a changed ciphertext does not decrypt; a changed key hash names another key
    r = respond(admin, partition, "key", _flip(text, 10))
    assert r.status_code == 400
    r = respond(admin, partition, "key", _flip(text, len(base64.b64decode(text)) - 20))
    assert r.status_code == 400
    assert "another indirect-login key" in r.json()["details"]
    # a changed role in the header gives a response that answers nothing
    data = base64.b64decode(text)
    role_at = data.index(b"LILC") + 8
    assert data[role_at : role_at + 2] == b"so"
    forged = base64.b64encode(data[:role_at] + b"au" + data[role_at + 2 :]).decode()
    forged_response = respond(admin, partition, "key", forged).json()["response"]
    good = respond(admin, partition, "key", text).json()["response"]
    r = log_in(service, SERVICE_HSM, forged_response)
    assert r.status_code == 400
    assert r.json()["id"] == "FRAMEWORK_BAD_REQUEST"
    # the failed attempt closed the challenge: even the right response is refused now
    assert log_in(service, SERVICE_HSM, good).status_code == 400

    text = challenge(service, SERVICE_HSM, certificate["certificate"]).json()["challenge"]
    good = respond(admin, partition, "key", text).json()["response"]
    assert log_in(service, SERVICE_HSM, _flip(good, 0)).status_code == 400
    assert log_in(service, SERVICE_HSM, good).status_code == 400
    assert log_in(service, SERVICE_HSM, "not base64!").status_code == 400
    assert so_only(service, SERVICE_HSM).status_code == 400

    text = challenge(service, SERVICE_HSM, certificate["certificate"]).json()["challenge"]
    good = respond(admin, partition, "key", text).json()["response"]
    assert log_in(service, SERVICE_HSM, good).status_code == 204


def test_pkc_chain_must_verify_and_match_the_certificate(
    pair: tuple[TestClient, str, TestClient],
) -> None:
    admin, partition, service = pair
    chain = admin.get(f"{partition}/indirect/key", params={"type": "pkc"}).json()["pkcChain"]
    load = f"/api/lunasa/hsms/{SERVICE_HSM}/indirect/key"
    r = service.post(
        load, params={"type": "pkc"}, json={"pkcChain": _flip(chain, 400)}, headers=JSON
    )
    assert r.status_code == 400
    r = service.post(
        load, params={"type": "pkc"}, json={"pkcChain": chain, "roles": "so,xx"}, headers=JSON
    )
    assert r.status_code == 400
    r = service.post(load, params={"type": "pkc"}, json={"pkcChain": chain}, headers=JSON)
    assert r.status_code == 204
    # a pkc certificate from another HSM (here the service HSM's own) is not confirmed
    own = service.get(f"/api/lunasa/hsms/{SERVICE_HSM}/certificate", params={"type": "pkc"})
    r = challenge(service, SERVICE_HSM, own.json()["certificate"])
    assert r.status_code == 400
    assert "confirmed the key" in r.json()["details"]
    good = admin.get(f"{partition}/certificate", params={"type": "pkc"}).json()["certificate"]
    assert challenge(service, SERVICE_HSM, good).status_code == 200
    assert challenge(service, SERVICE_HSM, good, role="audit").status_code == 400


def test_partition_side_needs_the_crypto_officer(pair: tuple[TestClient, str, TestClient]) -> None:
    admin, partition, _ = pair
    assert admin.post(f"{partition}/logout", json={}, headers=JSON).status_code == 204
    for path in ("indirect/key", "certificate"):
        r = admin.get(f"{partition}/{path}")
        assert r.status_code == 401
        assert r.json()["id"] == "HSMPLUGIN_PARTITION_USER_NOT_AUTHENTICATED"
    r = respond(admin, partition, "legacyKey", base64.b64encode(b"x" * 40).decode())
    assert r.json()["id"] == "HSMPLUGIN_PARTITION_USER_NOT_AUTHENTICATED"
    assert admin.get(f"{partition}/certificate/1").status_code == 404
    assert admin.get(f"{partition}/indirect/responses/1").status_code == 404


def test_key_flavour_is_refused_on_version_1_partitions(admin: TestClient) -> None:
    partition = admin_partition(admin, version=1)
    r = admin.get(f"{partition}/indirect/key", params={"type": "key"})
    assert r.status_code == 400
    assert r.json()["id"] == "HSMPLUGIN_PARTITION_VERSION_INVALID"
    assert admin.get(f"{partition}/indirect/key", params={"type": "pkc"}).status_code == 200


def test_objects_live_in_their_session(pair: tuple[TestClient, str, TestClient]) -> None:
    admin, partition, service = pair
    set_up(admin, partition, service, SERVICE_HSM, "legacyKey")
    certificate = admin.get(f"{partition}/certificate").json()["certificate"]
    r = challenge(service, SERVICE_HSM, certificate)
    stored = r.headers["Location"]
    assert service.get(stored).status_code == 200
    # another appliance user has another session: the challenge is not there
    assert service.get(stored, auth=("operator", "PASSWORD2!b")).status_code == 404
    assert service.get(f"/api/lunasa/hsms/{SERVICE_HSM}/indirect/challenges/99").status_code == 404
