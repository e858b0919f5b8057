"""Layer 3: the guide's documented workflows, step by step, through luna_ext.

Each test is one workflow of the REST API guide. Against a real appliance, workflows that
would destroy material or change configuration the suite did not create are skipped
unless --allow-destructive; those that need the emulator's clock or a second HSM run only
against the emulator. Everything created is named with the ``lrk-`` prefix and removed
afterwards, also when a test fails."""

from __future__ import annotations

import contextlib
import datetime
import secrets
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

import luna_spec
from luna_ext import LunaApiError, LunaSession, ProtectedTaskNotStarted

from .conform import watch
from .report import Recorder
from .target import Target

PREFIX = "lrk-"


def _name(kind: str) -> str:
    return f"{PREFIX}{kind}-{secrets.token_hex(3)}"


@pytest.fixture
def luna(target: Target, recorder: Recorder) -> Iterator[LunaSession]:
    """The workflow's session; every answer it gets is checked against the spec and
    counted for its operation (``conform.py``)."""
    if target.is_emulator:
        target.reset_emulator()
    with target.session() as session:
        watch(session.http, recorder)
        yield session


@pytest.fixture
def created(recorder: Recorder) -> Iterator[list[str]]:
    """URLs to delete at the end of the test (and, failing that, of the run)."""
    urls: list[str] = []
    yield urls
    recorder.created.extend(urls)


def _needs(
    target: Target,
    *,
    writes: bool = False,
    config: bool = False,
    destructive: bool = False,
    emulator: bool = False,
) -> None:
    """Skip (with the reason) what the target's safety tier does not allow."""
    if emulator and not target.is_emulator:
        pytest.skip("needs the emulator (its clock, a second HSM or injected failures)")
    if destructive and not target.allow_destructive:
        pytest.skip("destructive on an appliance: needs --allow-destructive")
    if writes and not target.allow_writes:
        pytest.skip("creates lrk- objects of its own: needs --allow-writes")
    if config and not target.allow_config_changes:
        pytest.skip("changes configuration the suite did not create: needs --allow-config-changes")


def _hsm(luna: LunaSession) -> str:
    return str(luna.get_json("/api/lunasa/hsms")["hsms"][0]["url"])


def _ready_hsm(luna: LunaSession, target: Target) -> str:
    """An initialized HSM with the SO logged in. An HSM that is not initialized (a fresh or
    zeroized one: it holds no key) is initialized with the SO password given to the suite,
    on an appliance only in the destructive tier."""
    hsm = _hsm(luna)
    if luna.get_json(hsm).get("state") != "initialized":
        if not target.is_emulator and not (target.allow_destructive and target.so_password):
            pytest.skip(
                "the HSM is not initialized: initializing it needs --allow-destructive and "
                "--luna-so-password"
            )
        luna.wait_for_task(
            luna.request(
                "PUT",
                hsm,
                json={"label": "lrkhsm", "password": target.so_password, "domain": "lrkdomain"},
            )
        )
    if not target.is_emulator:
        if not target.so_password:
            pytest.skip("needs the HSM SO password (--luna-so-password)")
        left = luna.get_json(hsm).get("soLoginsLeft")
        if isinstance(left, int) and left < 2:
            pytest.skip(
                f"the HSM has {left} SO login attempt(s) left: the suite makes no SO login "
                "that a wrong password could turn into a zeroization"
            )
    luna.wait_for_task(
        luna.request(
            "POST", f"{hsm}/login", json={"ped": "0", "role": "so", "password": target.so_password}
        )
    )
    return hsm


def _partition(luna: LunaSession, target: Target, hsm: str, created: list[str]) -> str:
    r = luna.request(
        "POST",
        f"{hsm}/partitions",
        json={
            "name": _name("p"),
            "allStorageSpace": False,
            "hasPso": False,
            "size": 20480,
            "version": 1,
        },
    )
    done = luna.wait_for_task(r)
    url = r.headers["Location"] if not done.tasked else str(done.result.get("url", ""))
    if not url or "/partitions/" not in url:
        url = luna.get_json(f"{hsm}/partitions")["partitions"][-1]["url"]
    created.append(url)
    return url


def _certificate(cn: str) -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    return key, cert


def _sign(
    csr: x509.CertificateSigningRequest, ca_key: rsa.RSAPrivateKey, ca: x509.Certificate
) -> x509.Certificate:
    """The certificate a CA would issue for an appliance's CSR."""
    now = datetime.datetime.now(datetime.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(csr.subject)
        .issuer_name(ca.subject)
        .public_key(csr.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=30))
        .sign(ca_key, hashes.SHA256())
    )


@pytest.mark.workflow("HSM and partition setup (guide ch. 3)", tags=("hsms", "partitions"))
def test_hsm_and_partition_setup(luna: LunaSession, target: Target, created: list[str]) -> None:
    _needs(target, destructive=True)
    hsm = _ready_hsm(luna, target)
    part = _partition(luna, target, hsm, created)
    body = luna.get_json(part)
    assert body["name"].startswith(PREFIX)
    luna.wait_for_task(
        luna.request(
            "PUT", part, json={"label": "lrkpart", "password": "Lrkpass123!", "domain": "lrkdomain"}
        )
    )
    assert luna.get_json(part)["state"] == "initialized"
    assert any(p["url"] == part for p in luna.iterate(f"{hsm}/partitions"))


@pytest.mark.workflow("NTLS client-partition connection (guide ch. 3)", tags=("ntls", "partitions"))
def test_ntls_client_connection(luna: LunaSession, target: Target, created: list[str]) -> None:
    _needs(target, writes=True)
    hsm = _hsm(luna)
    if target.is_emulator:
        part = _partition(luna, target, _ready_hsm(luna, target), created)
    else:
        parts = luna.get_json(f"{hsm}/partitions")["partitions"]
        if not parts:
            pytest.skip("the appliance has no partition to link a client to")
        part = parts[0]["url"]
    client = _name("client")
    # an address no client of the target is likely to have (a clash is refused): one of
    # 65,024 in the benchmarking range 198.18.0.0/15
    ip = f"198.18.{secrets.randbelow(256)}.{secrets.randbelow(254) + 1}"
    r = luna.request("POST", "/api/lunasa/ntls/clients", json={"ip": ip, "clientName": client})
    created.append(f"/api/lunasa/ntls/clients/{client}")
    assert client in {c["clientID"] for c in luna.iterate("/api/lunasa/ntls/clients")}
    assert r.status_code in (200, 204)
    r = luna.request("POST", f"/api/lunasa/ntls/clients/{client}/links", json={"url": part})
    link = r.headers["Location"]
    assert luna.get_json(link)["url"] == part
    luna.request("DELETE", link)
    with pytest.raises(LunaApiError):
        luna.get_json(link)
    url = f"/api/lunasa/ntls/clients/{client}"
    # the client's certificate, registered (replaced) as PEM content
    _, cert = _certificate(client)
    luna.request(
        "PUT", url, json={"certificate": cert.public_bytes(serialization.Encoding.PEM).decode()}
    )
    luna.request("DELETE", url)  # the client's whole life, each answer checked (conform.py)
    created.remove(url)
    assert client not in {c["clientID"] for c in luna.iterate("/api/lunasa/ntls/clients")}


@pytest.mark.workflow(
    "STC client-partition connection (guide ch. 3)", tags=("stc", "partitions", "partitionPolicies")
)
def test_stc_connection(luna: LunaSession, target: Target, created: list[str]) -> None:
    _needs(target, destructive=True)
    hsm = _ready_hsm(luna, target)
    part = _partition(luna, target, hsm, created)
    luna.wait_for_task(
        luna.request(
            "PUT", part, json={"label": "lrkstc", "password": "Lrkpass123!", "domain": "lrkdomain"}
        )
    )
    luna.request(
        "POST", f"{part}/login", json={"ped": "0", "role": "so", "password": "Lrkpass123!"}
    )
    luna.wait_for_task(luna.request("PUT", f"{part}/policies/37", json={"value": 1}))
    identity = luna.get_json(f"{part}/stc")
    assert identity
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    der = key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    import base64

    r = luna.request(
        "POST",
        f"{part}/stc/clients",
        json={"identity": base64.b64encode(der).decode(), "label": _name("stc")},
    )
    assert luna.get_json(r.headers["Location"])["fingerprint"]


@pytest.mark.workflow(
    "Tasks and protected (WAITING) tasks (guide ch. 8, 14)", tags=("tasks", "hsms")
)
def test_tasks_and_protected_zeroize(luna: LunaSession, target: Target) -> None:
    _needs(target, destructive=True)
    hsm = _ready_hsm(luna, target)
    r = luna.request("POST", f"{hsm}/actions/zeroize", json={})
    with pytest.raises(ProtectedTaskNotStarted) as waiting:
        luna.wait_for_task(r)
    task = waiting.value.task["instance"]
    assert luna.get_json(task)["state"] == "Waiting"
    assert [a["id"] for a in luna.get_json(f"{task}/actions")["actions"]] == ["start"]
    done = luna.wait_for_task(r, start=True)
    assert done.task["state"] == "Finished"
    assert luna.get_json(hsm)["state"] != "initialized"
    assert isinstance(luna.get_json("/tasks")["tasks"], list)


@pytest.mark.workflow("Paging with limit/offset and Link (guide ch. 9)", tags=("ntls",))
def test_paging(luna: LunaSession, target: Target, created: list[str]) -> None:
    _needs(target, writes=True)
    names = []
    for i in range(5):
        name = _name("page")
        luna.request(
            "POST",
            "/api/lunasa/ntls/clients",
            json={"hostname": f"{name}.example", "clientName": name},
        )
        created.append(f"/api/lunasa/ntls/clients/{name}")
        names.append(name)
        del i
    first = luna.http.get("/api/lunasa/ntls/clients", params={"limit": 2, "offset": 0})
    assert len(first.json()["clients"]) == 2
    assert 'rel="next"' in first.headers.get("Link", "")
    seen = [c["clientID"] for c in luna.iterate("/api/lunasa/ntls/clients", page_size=2)]
    assert set(names) <= set(seen)
    assert len(seen) == len(set(seen))


@pytest.mark.workflow("File I/O: upload and download (guide ch. 11)", tags=("users",))
def test_file_io(luna: LunaSession, target: Target, tmp_path: Path, created: list[str]) -> None:
    _needs(target, writes=True)
    src = tmp_path / f"{_name('file')}.txt"
    src.write_bytes(secrets.token_bytes(100_000))
    name = luna.upload_user_file(src)
    created.append(f"/users/{luna.username}/files/{name}")
    back = tmp_path / "back.txt"
    assert luna.download_user_file(name, back) == src.stat().st_size
    assert back.read_bytes() == src.read_bytes()


@pytest.mark.workflow("SNMP users, traps and notifications (guide ch. 12)", tags=("snmp",))
def test_snmp(luna: LunaSession, target: Target, created: list[str]) -> None:
    _needs(target, writes=True)
    user = f"lrk{secrets.token_hex(3)}"
    secret = {
        "authenticationPassword": "Lrkauth123!",
        "authenticationProtocol": "SHA",
        "privacyPassword": "Lrkpriv123!",
        "privacyProtocol": "AES",
    }
    luna.request("POST", "/api/lunasa/snmp/users", json={"securityName": user, **secret})
    created.append(f"/api/lunasa/snmp/users/{user}")
    got = luna.get_json(f"/api/lunasa/snmp/users/{user}")
    assert "Lrkauth123!" not in str(got)
    luna.request(
        "POST",
        f"/api/lunasa/snmp/users/{user}/notifications",
        json={
            "address": "192.0.2.10",
            "port": 162,
            "type": "trap",
            "engineId": "000FFFFFFFA9",
            **secret,
        },
    )
    assert luna.get_json(f"/api/lunasa/snmp/users/{user}/notifications")
    trap = {
        "securityName": user,
        **secret,
        "address": "192.0.2.11",
        "engineId": "000FFFFFFFA9",
        "trapType": "trap",
    }
    made = luna.request("POST", "/api/lunasa/snmp/traps", json=trap).json()
    trap_url = f"/api/lunasa/snmp/traps/{made['id']}"
    created.append(trap_url)
    assert luna.get_json(trap_url)["trapType"] == "trap"
    luna.request("DELETE", trap_url)
    created.remove(trap_url)


@pytest.mark.workflow(
    "Syslog over TLS, server authentication (guide ch. 13)", tags=("syslog", "users")
)
def test_syslog_tls(luna: LunaSession, target: Target, tmp_path: Path, created: list[str]) -> None:
    # installs a syslog CA and a remote host: configuration beyond the suite's own objects
    _needs(target, writes=True, config=True)
    ca_key, ca = _certificate("lrk-syslog-ca")
    pem = tmp_path / f"{_name('ca')}.pem"
    pem.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    name = luna.upload_user_file(pem)
    created.append(f"/users/{luna.username}/files/{name}")
    luna.request("POST", "/api/lunasa/syslog/remoteHosts/ca", json={"file": name})
    # the appliance's own syslog certificate: its CSR, signed by that CA, installed
    answer = luna.request(
        "POST", "/api/lunasa/syslog/remoteHosts/csr", json={"cn": "lrk-syslog", "days": 30}
    )
    csr_pem = (
        answer.json()["csr"].encode()
        if "json" in answer.headers.get("Content-Type", "")
        else answer.content
    )
    signed = tmp_path / f"{_name('syslog')}.pem"
    signed.write_bytes(
        _sign(x509.load_pem_x509_csr(csr_pem), ca_key, ca).public_bytes(serialization.Encoding.PEM)
    )
    signed_name = luna.upload_user_file(signed)
    created.append(f"/users/{luna.username}/files/{signed_name}")
    luna.request("PUT", "/api/lunasa/syslog/remoteHosts/certificate", json={"file": signed_name})
    luna.request(
        "POST",
        "/api/lunasa/syslog/remoteHosts",
        json={
            "address": "192.0.2.20",
            "protocol": "tcp",
            "port": 6514,
            "mode": "server",
            "name": "192.0.2.20",
            "tls": True,
        },
    )
    host = "/api/lunasa/syslog/remoteHosts/192.0.2.20"
    created.append(host)
    hosts = luna.get_json("/api/lunasa/syslog/remoteHosts")
    assert "192.0.2.20" in str(hosts)
    assert luna.get_json(host)["tls"] is True
    luna.request("DELETE", host)
    created.remove(host)


@pytest.mark.workflow("Session timeout after 10 idle minutes (guide ch. 3 note)", tags=("auth",))
def test_session_timeout(luna: LunaSession, target: Target) -> None:
    _needs(target, emulator=True)
    luna.get_json("/api/lunasa")
    logins = luna.auth.logins
    assert target.control is not None
    target.control.advance_clock(601)
    raw = httpx.Client(
        base_url=target.url, verify=target.ssl_context, headers={"Cookie": luna.auth.cookie or ""}
    )
    with raw:
        assert raw.get("/api/lunasa").status_code == 401
    luna.get_json("/api/lunasa")  # luna_ext reopens the session once, transparently
    assert luna.auth.logins == logins + 1


@pytest.mark.workflow("Block list (guide ch. 6)", tags=("webServer",))
def test_block_list(target: Target, recorder: Recorder) -> None:
    """The guide's worked example (5, 1, 2), set with a PUT of every attribute, then the
    budget changed alone with a PATCH: five infractions block a client."""
    _needs(target, emulator=True)
    target.reset_emulator()
    with target.session() as admin:
        watch(admin.http, recorder)
        admin.request(
            "PUT",
            "/api/lunasa/webServer/blocklist",
            json={"maxInfractionCount": 6, "timeoutStart": 1, "timeoutMultiplier": 2},
        )
        admin.request("PATCH", "/api/lunasa/webServer/blocklist", json={"maxInfractionCount": 5})
        settings = admin.get_json("/api/lunasa/webServer/blocklist")
        assert (settings["maxInfractionCount"], settings["timeoutStart"]) == (5, 1), settings
    bad = httpx.Client(
        base_url=target.url, verify=target.ssl_context, auth=("admin", "wrong-password")
    )
    outcomes = []
    with bad, contextlib.suppress(httpx.HTTPError):
        for _ in range(4):
            outcomes.append(bad.get("/api/lunasa").status_code)
    assert outcomes[:2] == [401, 401]
    assert len(outcomes) < 4 or outcomes[-1] != 401, "five infractions must block the client"
    assert target.control is not None
    target.control.advance_clock(3600)
    target.reset_emulator()


@pytest.mark.workflow(
    "Indirect login across two HSMs (guide ch. 4)", tags=("indirectLogin", "hsms")
)
def test_indirect_login(target: Target, recorder: Recorder) -> None:
    """The guide's chapter 4 end to end, for each of its three flows: a partition of the
    target's HSM (the admin HSM) vouches for the SO of a second HSM (the service HSM, a
    second emulator); after the set-up the service session logs out, logs in indirectly
    and is the HSM SO again (it may create a partition)."""
    _needs(target, emulator=True)
    pytest.importorskip("luna_emulator")
    from luna_emulator.control_client import ControlClient
    from luna_emulator.server import serve_in_thread
    from luna_ext import indirect_login, setup_indirect_login
    from luna_ext.workflows import create_partition, initialize_hsm, so_login

    target.reset_emulator()
    so, co = target.so_password, target.co_password
    with (
        serve_in_thread() as second,
        ControlClient.for_running(second) as second_control,
        target.session() as admin,
    ):
        second_control.reset(hsm_serial=800456)
        watch(admin.http, recorder)
        hsm = _ready_hsm(admin, target)
        hsm_id = int(hsm.rsplit("/", 1)[-1])
        so_login(admin, hsm_id, so)
        # a version 0 partition serves the legacyKey and key flows (v1.1 is not available on
        # version 1 partitions), a version 1 partition the pkc flow
        partitions = {}
        for version in (0, 1):
            made = create_partition(
                admin,
                hsm_id,
                _name(f"indirect{version}"),
                so_password=so,
                domain="lrkdomain",
                co_password=co,
                version=version,
            )
            admin.request("POST", f"{made.url}/login", json={"role": "co", "password": co})
            partitions[version] = made.url
        with LunaSession(
            second.url, username=target.username, password=target.password, ca_file=second.ca_file
        ) as service:
            watch(service.http, recorder)
            service_hsm = f"/api/lunasa/hsms/{_hsm(service).rsplit('/', 1)[-1]}"
            initialize_hsm(
                service,
                int(service_hsm.rsplit("/", 1)[-1]),
                label="lrkservice",
                so_password=so,
                domain="lrkdomain",
            )
            for flow in ("legacyKey", "key", "pkc"):
                so_login(service, int(service_hsm.rsplit("/", 1)[-1]), so)
                partition = partitions[1 if flow == "pkc" else 0]
                setup_indirect_login(admin, partition, service, service_hsm, flow=flow)
                service.request("POST", f"{service_hsm}/logout", json={})
                indirect_login(admin, partition, service, service_hsm, flow=flow)
                created = service.request(
                    "POST",
                    f"{service_hsm}/partitions",
                    json={"name": _name(flow.lower()), "hasPso": True, "size": 4096},
                )
                service.wait_for_task(created)  # only the HSM SO may: the login worked


@pytest.mark.workflow("Certificate login (guide ch. 2)", tags=("authentication", "users"))
def test_certificate_login(
    luna: LunaSession, target: Target, recorder: Recorder, created: list[str]
) -> None:
    """Register a login certificate for the suite's user, open a session with it (challenge
    and response), then remove the certificate again."""
    _needs(target, writes=True, config=True)
    from luna_ext import CertificateLogin

    key, cert = _certificate(target.username)
    before = {
        c["id"] for c in luna.get_json(f"/users/{target.username}/certificates")["certificates"]
    }
    luna.register_certificate(cert)
    added = {
        c["id"] for c in luna.get_json(f"/users/{target.username}/certificates")["certificates"]
    } - before
    assert len(added) == 1, f"one certificate registered, found {sorted(added)}"
    url = f"/users/{target.username}/certificates/{added.pop()}"
    created.append(url)
    login = CertificateLogin(target.username, key, cert)
    by_certificate = LunaSession(target.url, login=login, verify=target.ssl_context)
    watch(by_certificate.http, recorder)  # before the login: its challenge and response too
    with by_certificate.open():
        assert by_certificate.get_json("/api/lunasa")  # the session is logged in
        assert by_certificate.auth.logins == 1
    luna.request("DELETE", url)
    created.remove(url)


@pytest.mark.workflow("Changing role passwords (guide ch. 3)", tags=("hsms", "partitions"))
def test_role_password_changes(luna: LunaSession, target: Target, created: list[str]) -> None:
    """The HSM SO changes its password (logged in as SO) and logs in with the new one; a
    partition's Crypto Officer does the same. Emulator only: on an appliance these are the
    credentials of its owners."""
    _needs(target, emulator=True)
    from luna_ext.workflows import create_partition

    hsm = _ready_hsm(luna, target)
    hsm_id = int(hsm.rsplit("/", 1)[-1])
    old, new = target.so_password, target.so_password + "-2"
    change = {"oldPassword": old, "newPassword": new}
    luna.wait_for_task(luna.request("PATCH", f"{hsm}/roles/so", json=change))
    luna.request("POST", f"{hsm}/logout", json={})
    luna.request("POST", f"{hsm}/login", json={"role": "so", "password": new})
    co_old, co_new = target.co_password, target.co_password + "-2"
    part = create_partition(
        luna, hsm_id, _name("pw"), so_password=new, domain="lrkdomain", co_password=co_old
    )
    created.append(part.url)
    luna.request("POST", f"{part.url}/login", json={"role": "co", "password": co_old})
    change = {"oldPassword": co_old, "newPassword": co_new}
    luna.wait_for_task(luna.request("PATCH", f"{part.url}/roles/co", json=change))
    luna.request("POST", f"{part.url}/logout", json={})
    luna.request("POST", f"{part.url}/login", json={"role": "co", "password": co_new})


@pytest.mark.workflow(
    "Stored indirect-login objects (guide ch. 4 notes)", tags=("indirectLogin", "hsms")
)
def test_indirect_login_objects(luna: LunaSession, target: Target, created: list[str]) -> None:
    """Challenges, responses and certificates handed out in a session can be read again at
    the ``Location`` they were given (guide ch. 4, the notes after steps 3 and 4), in both
    directions on one HSM: a partition vouches for the HSM SO (the HSM's challenge, the
    partition's response), and the HSM SO vouches for a partition's Crypto Officer (the
    partition's challenge, the HSM's response). Emulator only: on an appliance loading an
    indirect-login key for the SO changes how its HSM SO may log in."""
    _needs(target, emulator=True)
    from luna_ext.workflows import create_partition

    hsm = _ready_hsm(luna, target)
    hsm_id = int(hsm.rsplit("/", 1)[-1])
    so, co = target.so_password, target.co_password
    made = create_partition(
        luna, hsm_id, _name("stored"), so_password=so, domain="lrkdomain", co_password=co, version=0
    )
    partition = made.url
    created.append(partition)
    luna.request("POST", f"{partition}/login", json={"role": "co", "password": co})
    flow = {"type": "legacyKey"}

    def again(answer: httpx.Response, field: str) -> None:
        """The object at the answer's Location is the one the answer carried."""
        location = answer.headers.get("Location", "")
        assert location, f"{answer.request.method} {answer.request.url.path}: no Location"
        stored = luna.get_json(location)
        assert stored.get(field) == answer.json()[field], f"GET {location}: another {field}"

    # the partition vouches for the HSM SO
    key = luna.request("GET", f"{partition}/indirect/key", params=flow).json()
    luna.wait_for_task(luna.request("POST", f"{hsm}/indirect/key", json=key))
    certificate = luna.request("GET", f"{partition}/certificate", params=flow)
    again(certificate, "certificate")
    challenge = luna.request(
        "POST",
        f"{hsm}/indirect/challenges",
        json={"role": "so", "ped": "1", "certificate": certificate.json()["certificate"]},
    )
    again(challenge, "challenge")
    response = luna.request(
        "POST",
        f"{partition}/indirect/responses",
        json={"challenge": challenge.json()["challenge"]},
        params=flow,
    )
    again(response, "response")
    # the HSM SO vouches for the partition's Crypto Officer
    hsm_certificate = luna.request("GET", f"{hsm}/certificate", params=flow).json()["certificate"]
    challenge = luna.request(
        "POST",
        f"{partition}/indirect/challenges",
        json={"role": "co", "ped": "1", "certificate": hsm_certificate},
    )
    again(challenge, "challenge")
    response = luna.request(
        "POST", f"{hsm}/indirect/responses", json={"challenge": challenge.json()["challenge"]}
    )
    again(response, "response")


@pytest.mark.workflow("Network device address and static route", tags=("network",))
def test_network_device(luna: LunaSession, target: Target) -> None:
    """A second interface (eth1) given an IPv4 address, a static route through its gateway
    added and deleted again (the delete repeats the route, as the v17 route page says).
    Emulator only: the suite never configures an appliance's network, whatever the flags
    (it can cut the suite, or the appliance's clients, off)."""
    _needs(target, emulator=True)
    device = "/api/lunasa/network/devices/eth1"
    luna.request(
        "PUT", f"{device}/ip4", json={"ip": "198.18.7.2", "mask": 24, "gateway": "198.18.7.1"}
    )
    assert "198.18.7.2" in str(luna.get_json(device)), f"GET {device}: not the new address"
    route = {
        "routeType": "network",
        "destination": "198.18.8.0",
        "netmask": "255.255.255.0",
        "gateway": "198.18.7.1",
    }
    location = luna.request("POST", f"{device}/routes", json=route).headers["Location"]
    assert luna.get_json(location).get("destination") == "198.18.8.0"
    luna.request("DELETE", location, json=route)
    with pytest.raises(LunaApiError):
        luna.get_json(location)


@pytest.mark.workflow("A custom role and its REST resources", tags=("accessControl",))
def test_custom_role_resources(luna: LunaSession, target: Target) -> None:
    """A custom appliance role is created, given its REST resources as a text file (one
    ``METHOD:/path`` a line), read back and removed. Emulator only: the suite never
    changes an appliance's access control, whatever the flags (it can lock users out)."""
    _needs(target, emulator=True)
    role = f"lrk_role_{secrets.token_hex(3)}"
    luna.request("POST", "/roles", json={"roleId": role, "fullName": "lrk test role"})
    url = f"/roles/{role}/resources"
    try:
        entries = "GET:/api/lunasa\nGET:/api/lunasa/hsms\n"
        answer = luna.http.put(
            url, content=entries.encode(), headers={"Content-Type": luna_spec.VENDOR_OCTET_STREAM}
        )
        assert answer.status_code in (202, 204), f"PUT {url}: {answer.status_code} {answer.text}"
        listed = luna.http.get(url, headers={"Accept": luna_spec.VENDOR_OCTET_STREAM})
        assert listed.status_code == 200, f"GET {url}: {listed.status_code}"
        assert set(listed.text.split()) >= set(entries.split()), listed.text
    finally:
        luna.request("DELETE", f"/roles/{role}")


@pytest.mark.workflow("Partition objects backed up and restored", tags=("partitionObjects",))
def test_partition_object_backup(luna: LunaSession, target: Target, created: list[str]) -> None:
    """The Crypto Officer backs up every object of a new partition under a name, then
    restores that backup: the restored objects come back under new handles. Emulator only:
    on an appliance a backup goes to a backup HSM the suite does not know."""
    _needs(target, emulator=True)
    from luna_ext.workflows import create_partition

    hsm = _ready_hsm(luna, target)
    hsm_id = int(hsm.rsplit("/", 1)[-1])
    made = create_partition(
        luna,
        hsm_id,
        _name("objects"),
        so_password=target.so_password,
        domain="lrkdomain",
        co_password=target.co_password,
    )
    created.append(made.url)
    luna.request("POST", f"{made.url}/login", json={"role": "co", "password": target.co_password})
    actions = f"{made.url}/object/actions"
    saved = luna.request("POST", f"{actions}/backup", json={"name": "lrkbackup", "ids": []})
    restored = luna.request("POST", f"{actions}/restore", json={"name": "lrkbackup", "ids": []})
    assert saved.json()["ids"], "a new partition's objects: none backed up"
    assert len(restored.json()["ids"]) == len(saved.json()["ids"]), restored.json()
