"""The emulated CipherTrust Manager (CCKM) over real HTTPS, backed by the emulated appliance.

Each test sets the appliance up through its own REST API (``luna_ext`` workflows: HSM,
partition with a Crypto Officer), drives CCKM through its API and its control client, and
looks at the partition's objects through the appliance API. Every CCKM answer is checked
against its response schema in ``cckm.yaml``.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import hmac
import json
import signal
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import jsonschema_rs
import pytest
from luna_client.api.partition_objects import (
    delete_partition_object,
    get_partition_object,
    list_partition_objects,
    perform_partition_object_action,
)
from luna_client.api.partitions import login_partition
from luna_client.models import LoginPartitionRequest, PerformPartitionObjectActionRequest

import luna_spec
from luna_emulator.cckm import DEFAULT_CCKM_PASSWORD, EMULATED_CONNECTION
from luna_emulator.cckm.control_client import CckmControlClient, CckmControlError
from luna_emulator.control_client import ControlClient
from luna_emulator.server import RunningEmulator, free_port, serve_in_thread
from luna_ext import LunaSession, to_dict
from luna_ext.workflows import create_partition, first_hsm, initialize_hsm, so_login

from .conftest import ADMIN

CO_PASSWORD = "Partco123!"
TOKENS = "/api/v1/auth/tokens/"
KEYS = "/api/v1/cckm/hsm/luna/keys"


# ---- the answers' schemas, from cckm.yaml ---------------------------------------------
def _nullable(node: Any) -> Any:
    if isinstance(node, dict):
        if node.get("nullable") is True and isinstance(node.get("type"), str):
            node["type"] = [node["type"], "null"]
        for value in node.values():
            _nullable(value)
    elif isinstance(node, list):
        for value in node:
            _nullable(value)
    return node


SPEC = luna_spec.load_cckm_spec()
COMPONENTS = _nullable(copy.deepcopy(SPEC["components"]))
OPERATIONS = {op["operationId"]: op for _, _, op in luna_spec.iter_cckm_operations(SPEC)}


def answer(operation_id: str, response: httpx.Response, status: int) -> Any:
    """The JSON of an answer that has ``status`` and conforms to the operation's schema."""
    assert response.status_code == status, response.text
    responses = OPERATIONS[operation_id]["responses"]
    declared = responses.get(str(status)) or responses[f"{str(status)[0]}XX"]
    while "$ref" in declared:
        declared = SPEC["components"]["responses"][declared["$ref"].rsplit("/", 1)[1]]
    if "content" not in declared:
        assert not response.content
        return None
    schema = _nullable(copy.deepcopy(declared["content"]["application/json"]["schema"]))
    body = response.json()
    jsonschema_rs.Draft7Validator({**schema, "components": COMPONENTS}).validate(body)
    return body


def refused(response: httpx.Response, status: int, code: int) -> str:
    """CipherTrust's error body with its status and code; its codeDesc."""
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"code", "codeDesc", "requestID"}
    assert body["code"] == code
    assert body["codeDesc"].startswith("NCERR")
    return str(body["codeDesc"])


# ---- fixtures ----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def served() -> Iterator[RunningEmulator]:
    with serve_in_thread(validate_responses=True, cckm=True) as running:
        yield running


@pytest.fixture
def control(served: RunningEmulator) -> Iterator[CckmControlClient]:
    with ControlClient.for_running(served) as appliance, CckmControlClient.for_running(served) as c:
        appliance.reset()
        c.reset(key_operation_delay=0, job_duration=0)
        yield c


@pytest.fixture
def luna(served: RunningEmulator, control: CckmControlClient) -> Iterator[LunaSession]:
    """An admin session on the appliance (its REST API)."""
    with LunaSession(
        served.url, username=ADMIN[0], password=ADMIN[1], ca_file=served.ca_file
    ) as session:
        yield session


@pytest.fixture
def cckm(served: RunningEmulator, control: CckmControlClient) -> Iterator[httpx.Client]:
    """A client of the CCKM API holding a JWT of the admin."""
    assert served.cckm_url is not None
    verify = ssl.create_default_context(cafile=str(served.ca_file))
    with httpx.Client(base_url=served.cckm_url, verify=verify, timeout=30) as client:
        issued = client.post(TOKENS, json={"username": "admin", "password": DEFAULT_CCKM_PASSWORD})
        client.headers["Authorization"] = f"Bearer {answer('issueToken', issued, 200)['jwt']}"
        yield client


def make_partition(luna: LunaSession, name: str = "cckm-part") -> tuple[int, int]:
    """(HSM serial, partition serial) of a new initialized partition with a Crypto Officer,
    made through the appliance API; the session is logged in to it as CO."""
    hsm = first_hsm(luna)
    initialize_hsm(luna, hsm, label="cckm", so_password="Sopass123!", domain="cckmdomain")
    so_login(luna, hsm, "Sopass123!")
    part = create_partition(
        luna, hsm, name, so_password="Partso123!", domain="partdomain", co_password=CO_PASSWORD
    )
    luna.call(
        login_partition, hsm, part.id, body=LoginPartitionRequest(role="co", password=CO_PASSWORD)
    )
    return hsm, part.id


def objects(luna: LunaSession, hsm: int, pid: int) -> dict[str, dict[str, Any]]:
    """The partition's objects by handle, as the appliance API shows them."""
    listed = to_dict(luna.call(list_partition_objects, hsm, pid))
    handles = [str(ref["id"]) for ref in listed.get("objects", [])]
    return {h: to_dict(luna.call(get_partition_object, hsm, pid, h)) for h in handles}


def add_partition(cckm: httpx.Client) -> dict[str, Any]:
    added = cckm.post(
        "/api/v1/cckm/hsm/luna/add-partition", json={"connection": EMULATED_CONNECTION}
    )
    body: dict[str, Any] = answer("addLunaPartition", added, 201)
    return body


def get_key(cckm: httpx.Client, key_id: str) -> dict[str, Any]:
    body: dict[str, Any] = answer("getLunaKey", cckm.get(f"{KEYS}/{key_id}"), 200)
    return body


# ---- tests -------------------------------------------------------------------------------
def test_token_and_the_emulated_connection(cckm: httpx.Client, luna: LunaSession) -> None:
    _, pid = make_partition(luna)
    listed = answer(
        "listLunaConnections",
        cckm.get("/api/v1/connectionmgmt/services/luna-network/connections"),
        200,
    )
    assert listed["total"] == 1
    (conn,) = listed["resources"]
    assert conn["name"] == EMULATED_CONNECTION
    assert [p["serial_number"] for p in conn["partitions"]] == [str(pid)]
    assert "password" not in conn
    # both spellings of the token path, and the REST API page's "name"
    issued = cckm.post(
        TOKENS.rstrip("/"), json={"name": "admin", "password": DEFAULT_CCKM_PASSWORD}
    )
    body = answer("issueToken", issued, 200)
    assert body["duration"] == OPERATIONS["issueToken"]["x-cckm-jwt-lifetime-seconds"]
    assert body["token_type"] == "Bearer"
    assert body["refresh_token"]


def test_key_becomes_an_object_of_the_appliance_and_leaves_it(
    cckm: httpx.Client, luna: LunaSession, control: CckmControlClient
) -> None:
    hsm, pid = make_partition(luna)
    before = objects(luna, hsm, pid)
    partition = add_partition(cckm)
    assert partition["serial_numbers"] == [str(pid)]
    control.set_timing(key_operation_delay=30)
    created = cckm.post(
        KEYS,
        json={
            "label": "lrk-aes",
            "size": 256,
            "partition_id": partition["id"],
            "mechanism": "CKM_AES_KEY_GEN",
            "attributes": ["CKA_ENCRYPT", "CKA_DECRYPT"],
        },
    )
    key = answer("createLunaKey", created, 201)
    assert (key["status"], key["operation"], key["algorithm"]) == ("in_progress", "keycreate", "")
    assert get_key(cckm, key["id"])["status"] == "in_progress"
    assert objects(luna, hsm, pid) == before  # not on the HSM before the operation is done
    control.advance_clock(30)
    done = get_key(cckm, key["id"])
    assert (done["status"], done["operation_status"]) == ("AVAILABLE", "created")
    assert done["algorithm"] == "aes"
    assert done["replication_info"] == {str(pid): "available"}
    assert {"CKA_ENCRYPT", "CKA_DECRYPT", "CKA_TOKEN"} <= set(done["attributes"])
    now = objects(luna, hsm, pid)
    (handle,) = set(now) - set(before)
    assert now[handle]["label"] == "lrk-aes"
    assert (now[handle]["class"], now[handle]["keyType"]) == ("CKO_SECRET_KEY", "CKK_AES")
    assert (now[handle]["encrypt"], now[handle]["sign"]) == ("true", "false")
    assert now[handle]["valueLen"] == "32"
    change = {"attributes": [{"type": "CKA_SIGN", "value": True}]}
    assert "not modifiable" in refused(cckm.patch(f"{KEYS}/{key['id']}", json=change), 400, 15)
    assert get_key(cckm, key["id"])["operation"] == "keycreate"  # nothing started

    deleting = answer(
        "deleteLunaKeyFromHsm", cckm.post(f"/api/v1/cckm/hsm/luna/{key['id']}/delete"), 200
    )
    assert (deleting["operation"], deleting["operation_status"]) == ("keydelete", "in_progress")
    assert handle in objects(luna, hsm, pid)
    control.advance_clock(30)
    gone = get_key(cckm, key["id"])
    assert (gone["status"], gone["operation_status"]) == ("DELETED", "completed")
    assert objects(luna, hsm, pid) == before


def test_rsa_pair_is_two_objects_with_cckm_s_modulus(cckm: httpx.Client, luna: LunaSession) -> None:
    hsm, pid = make_partition(luna)
    before = objects(luna, hsm, pid)
    partition = add_partition(cckm)
    created = cckm.post(
        KEYS,
        json={
            "label": "lrk-rsa",
            "size": 2048,
            "partition_id": partition["id"],
            "mechanism": "CKM_RSA_X9_31_KEY_PAIR_GEN",
            "attributes": ["CKA_SIGN", "CKA_VERIFY"],
        },
    )
    private = answer("createLunaKey", created, 201)
    public_id = private["links"]["id"]
    private, public = get_key(cckm, private["id"]), get_key(cckm, public_id)
    assert (private["object_type"], public["object_type"]) == ("private key", "public key")
    assert private["link_id"] == public_id
    assert public["link_id"] == private["id"]
    assert private["modulus"] == public["modulus"]
    assert private["exponent"] == 65537
    assert "CKA_SIGN" in private["attributes"]
    assert "CKA_SIGN" not in public["attributes"]
    new = {h: o for h, o in objects(luna, hsm, pid).items() if h not in before}
    assert sorted(o["class"] for o in new.values()) == ["CKO_PRIVATE_KEY", "CKO_PUBLIC_KEY"]
    assert {o["modulus"] for o in new.values()} == {private["modulus"]}
    listed = answer(
        "listLunaKeys", cckm.get(KEYS, params={"label": "lrk-rsa", "sort": "-object_type"}), 200
    )
    assert [k["object_type"] for k in listed["resources"]] == ["public key", "private key"]
    page = answer("listLunaKeys", cckm.get(KEYS, params={"skip": 1, "limit": 1}), 200)
    assert (page["skip"], page["limit"], page["total"], len(page["resources"])) == (1, 1, 2, 1)


def test_refresh_reads_the_objects_made_on_the_appliance(
    cckm: httpx.Client, luna: LunaSession
) -> None:
    hsm, pid = make_partition(luna)
    partition = add_partition(cckm)
    assert answer("listLunaKeys", cckm.get(KEYS), 200)["total"] == 0

    def refresh() -> dict[str, Any]:
        started = answer(
            "startLunaRefresh",
            cckm.post("/api/v1/cckm/hsm/luna/refresh", json={"partitions": [partition["id"]]}),
            201,
        )
        assert started["overall_status"] == "in_progress"
        assert started["job_type"] == "refresh"
        job = cckm.get(f"/api/v1/cckm/hsm/luna/refresh/{started['id']}")
        body: dict[str, Any] = answer("getLunaRefreshJob", job, 200)
        return body

    job = refresh()
    assert job["overall_status"] == "completed"
    assert job["detailed_status"] == {partition["id"]: "completed"}
    on_hsm = objects(luna, hsm, pid)
    keys = answer("listLunaKeys", cckm.get(KEYS, params={"origin": "external", "limit": -1}), 200)
    assert keys["total"] == len(on_hsm) > 0
    assert sorted(k["label"] for k in keys["resources"]) == sorted(
        o["label"] for o in on_hsm.values()
    )

    # objects the appliance makes itself (a restore gives copies new handles) appear after a refresh
    body = {"label": "mine", "size": 128, "partition_id": partition["id"]}
    created = cckm.post(KEYS, json={**body, "mechanism": "CKM_AES_KEY_GEN"})
    mine = get_key(cckm, answer("createLunaKey", created, 201)["id"])
    backup = PerformPartitionObjectActionRequest(ids=[], name="b1")
    luna.call(perform_partition_object_action, hsm, pid, "backup", body=backup)
    luna.call(perform_partition_object_action, hsm, pid, "restore", body=backup)
    assert len(objects(luna, hsm, pid)) == 2 * (len(on_hsm) + 1)
    assert answer("listLunaKeys", cckm.get(KEYS), 200)["total"] == len(on_hsm) + 1
    refresh()
    # every copy is a key of its own, the copy of CCKM's key too (same OUID, other handle)
    assert answer("listLunaKeys", cckm.get(KEYS), 200)["total"] == 2 * (len(on_hsm) + 1)
    assert get_key(cckm, mine["id"]) == mine  # CCKM's own key is as it was


def test_a_running_job_can_be_cancelled(
    cckm: httpx.Client, luna: LunaSession, control: CckmControlClient
) -> None:
    make_partition(luna)
    add_partition(cckm)
    control.set_timing(job_duration=60)
    started = answer(
        "startLunaSynchronize",
        cckm.post("/api/v1/cckm/hsm/luna/synchronize", json={"synchronize_all": True}),
        201,
    )
    url = f"/api/v1/cckm/hsm/luna/synchronize/{started['id']}"
    assert answer("getLunaSynchronizeJob", cckm.get(url), 200)["overall_status"] == "in_progress"
    cancelled = answer("cancelLunaSynchronizeJob", cckm.post(f"{url}/cancel"), 200)
    assert (cancelled["abort"], cancelled["overall_status"]) == (True, "in_progress")
    ended = answer("getLunaSynchronizeJob", cckm.get(url), 200)
    assert (ended["abort"], ended["overall_status"]) == (True, "completed")
    assert answer("listLunaKeys", cckm.get(KEYS), 200)["total"] == 0  # it read nothing
    assert "in progress" in refused(cckm.post(f"{url}/cancel"), 400, 15)
    jobs = answer(
        "listLunaSynchronizeJobs",
        cckm.get("/api/v1/cckm/hsm/luna/synchronize", params={"overall_status": "completed"}),
        200,
    )
    assert [j["id"] for j in jobs["resources"]] == [started["id"]]
    # a refresh job's id is not a synchronization job's
    refused(cckm.get(f"/api/v1/cckm/hsm/luna/refresh/{started['id']}"), 404, 16)


def _forged(token: str) -> str:
    """The same claims signed with another key."""
    header, payload, _ = token.split(".")
    mac = hmac.new(b"not the emulator's key", f"{header}.{payload}".encode(), hashlib.sha256)
    return f"{header}.{payload}." + base64.urlsafe_b64encode(mac.digest()).rstrip(b"=").decode()


def test_credentials_and_tokens_get_ciphertrust_s_answers(
    cckm: httpx.Client, served: RunningEmulator
) -> None:
    listing = "/api/v1/cckm/hsm/luna/partitions"
    assert answer("listLunaPartitions", cckm.get(listing), 200)["total"] == 0
    wrong = cckm.post(TOKENS, json={"username": "admin", "password": "not-the-password"})
    text = refused(wrong, 401, 1)
    assert "not-the-password" not in text
    good = answer(
        "issueToken",
        cckm.post(TOKENS, json={"username": "admin", "password": DEFAULT_CCKM_PASSWORD}),
        200,
    )
    jwt, refresh_token = good["jwt"], good["refresh_token"]
    refused(cckm.get(listing, headers={"Authorization": ""}), 401, 1)  # missing
    refused(cckm.get(listing, headers={"Authorization": f"Basic {jwt}"}), 401, 1)
    forged = refused(cckm.get(listing, headers={"Authorization": f"Bearer {_forged(jwt)}"}), 401, 1)
    assert "signature" in forged
    assert jwt not in forged
    refused(cckm.get(listing, headers={"Authorization": "Bearer e30.e30.e30"}), 401, 1)
    # the appliance's control API moves the clock CCKM's tokens expire on
    with ControlClient.for_running(served) as appliance:
        appliance.advance_clock(OPERATIONS["issueToken"]["x-cckm-jwt-lifetime-seconds"] + 1)
    assert "expired" in refused(
        cckm.get(listing, headers={"Authorization": f"Bearer {jwt}"}), 401, 1
    )
    renewed = answer(
        "issueToken",
        cckm.post(TOKENS, json={"grant_type": "refresh_token", "refresh_token": refresh_token}),
        200,
    )
    assert "refresh_token" not in renewed  # only with renew_refresh_token
    ok = cckm.get(listing, headers={"Authorization": f"Bearer {renewed['jwt']}"})
    answer("listLunaPartitions", ok, 200)
    # a deleted refresh token issues nothing
    tokens = answer("listRefreshTokens", cckm.get(TOKENS, headers=ok.request.headers), 200)
    for t in tokens["resources"]:
        deleted = cckm.delete(
            f"{TOKENS}{t['id']}", headers={"Authorization": f"Bearer {renewed['jwt']}"}
        )
        answer("deleteRefreshToken", deleted, 204)
    again = cckm.post(TOKENS, json={"grant_type": "refresh_token", "refresh_token": refresh_token})
    assert refresh_token not in refused(again, 401, 1)


def test_bad_requests_get_the_error_body_and_change_nothing(
    cckm: httpx.Client, luna: LunaSession, control: CckmControlClient
) -> None:
    hsm, pid = make_partition(luna)
    partition = add_partition(cckm)
    before_hsm, before = objects(luna, hsm, pid), control.state()
    aes = {"label": "x", "partition_id": partition["id"], "mechanism": "CKM_AES_KEY_GEN"}
    refused(cckm.post(KEYS, json={**aes, "size": 2048}), 400, 9)  # an RSA size for AES
    refused(
        cckm.post(KEYS, json={**aes, "size": 256, "mechanism": "CKM_RSA_PKCS_KEY_PAIR_GEN"}), 400, 9
    )
    refused(cckm.post(KEYS, json={**aes, "size": 256, "attributes": ["CKA_NOPE"]}), 400, 9)
    refused(cckm.post(KEYS, json={**aes, "size": 256, "partition_id": "nope"}), 400, 9)
    echo = refused(cckm.post(KEYS, json={**aes, "size": 256, "label": ["Pa55-word!"]}), 400, 9)
    assert "Pa55-word!" not in echo  # a value in the wrong place is not repeated
    json_type = {"Content-Type": "application/json"}
    token_body = refused(cckm.post(TOKENS, content=b'"Pa55-word!"', headers=json_type), 400, 9)
    assert "Pa55-word!" not in token_body
    as_json = {"Content-Type": "application/json"}
    for raw in (
        b"{not json",
        b'{"label": "\\ud800", "size": 128}',  # a lone surrogate
        b'{"label": "x", "size": NaN}',
        b'{"label": "x", "size": 1e999}',
        b"[" * 100000 + b"]" * 100000,
    ):
        refused(cckm.post(KEYS, content=raw, headers=as_json), 400, 15)
    conns = "/api/v1/connectionmgmt/services/luna-network/connections"
    entry = {"hostname": "h", "partition_label": "l", "serial_number": "1"}
    free_form = json.dumps({"name": "c", "password": "p", "partitions": [entry], "meta": {}})
    raw_meta = free_form.replace('"meta": {}', '"meta": {"x": Infinity}').encode()
    refused(cckm.post(conns, content=raw_meta, headers=as_json), 400, 15)
    lone = free_form.replace('"name": "c"', '"name": "\\udc80"').encode()
    refused(cckm.post(conns, content=lone, headers=as_json), 400, 15)
    both = {"partitions": [partition["id"]], "synchronize_all": True}
    assert "mutually exclusive" in refused(
        cckm.post("/api/v1/cckm/hsm/luna/refresh", json=both), 400, 9
    )
    refused(cckm.post("/api/v1/cckm/hsm/luna/refresh", json={}), 400, 9)
    refused(cckm.get(KEYS, params={"size": "big"}), 400, 9)
    refused(cckm.get(f"{KEYS}/no-such-key"), 404, 16)
    refused(cckm.post("/api/v1/cckm/hsm/luna/keys/delete"), 404, 16)  # "keys" is no key id
    refused(cckm.post("/api/v1/cckm/hsm/luna/add-partition", json={"connection": "nope"}), 404, 16)
    # every partition of the appliance is in CCKM already
    refused(
        cckm.post("/api/v1/cckm/hsm/luna/add-partition", json={"connection": EMULATED_CONNECTION}),
        409,
        17,
    )
    assert control.state() == before
    assert objects(luna, hsm, pid) == before_hsm


def test_a_connection_of_one_partition_checks_the_crypto_officer_password(
    cckm: httpx.Client, luna: LunaSession
) -> None:
    _, pid = make_partition(luna)
    conns = "/api/v1/connectionmgmt/services/luna-network/connections"
    entry = {"hostname": "luna-emulator", "partition_label": "cckm-part", "serial_number": str(pid)}
    wrong = cckm.post(
        conns, json={"name": "wrong-pw", "password": "Nottheco1!", "partitions": [entry]}
    )
    answer("createLunaConnection", wrong, 201)
    conflict = cckm.post(conns, json={"name": "wrong-pw", "password": "x", "partitions": [entry]})
    refused(conflict, 409, 17)
    added = cckm.post("/api/v1/cckm/hsm/luna/add-partition", json={"connection": "wrong-pw"})
    assert "Crypto Officer" in refused(added, 400, 15)
    right = cckm.post(conns, json={"name": "co-pw", "password": CO_PASSWORD, "partitions": [entry]})
    conn = answer("createLunaConnection", right, 201)
    assert "password" not in conn
    added = cckm.post("/api/v1/cckm/hsm/luna/add-partition", json={"connection": conn["id"]})
    partition = answer("addLunaPartition", added, 201)
    assert partition["connection"] == "co-pw"
    assert partition["serial_numbers"] == [str(pid)]
    acl = {"user_id": "bob", "actions": ["view", "keycreate"], "permit": True}
    url = f"/api/v1/cckm/hsm/luna/partitions/{partition['id']}/update-acls"
    updated = answer("updateLunaPartitionAcls", cckm.post(url, json=acl), 200)
    assert updated["acls"] == [{"user_id": "bob", "actions": ["keycreate", "view"]}]
    answer(
        "deleteLunaPartition",
        cckm.delete(f"/api/v1/cckm/hsm/luna/partitions/{partition['id']}"),
        204,
    )
    refused(cckm.get(f"/api/v1/cckm/hsm/luna/partitions/{partition['id']}"), 404, 16)


def test_the_command_serves_cckm_on_its_own_port_with_the_same_certificate(
    tmp_path: Path,
) -> None:
    port, cckm_port = free_port(), free_port()
    cert = tmp_path / "server.pem"
    command = [sys.executable, "-m", "luna_emulator.cli", "--port", str(port)]
    command += ["--cert-out", str(cert), "--cckm-port", str(cckm_port)]
    process = subprocess.Popen(
        [*command, "--cckm-password", "Given-pw-1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 90
        while True:
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "the emulator did not start"
            try:
                verify = ssl.create_default_context(cafile=str(cert))
                with httpx.Client(base_url=f"https://127.0.0.1:{cckm_port}", verify=verify) as c:
                    refused(
                        c.post(
                            TOKENS, json={"username": "admin", "password": DEFAULT_CCKM_PASSWORD}
                        ),
                        401,
                        1,
                    )
                    answer(
                        "issueToken",
                        c.post(TOKENS, json={"username": "admin", "password": "Given-pw-1"}),
                        200,
                    )
                    hsms = httpx.get(
                        f"https://127.0.0.1:{port}/api/lunasa/hsms", auth=ADMIN, verify=verify
                    )
                    assert hsms.status_code == 200
                break
            except (httpx.TransportError, FileNotFoundError, ssl.SSLError):
                time.sleep(0.2)
        process.send_signal(signal.SIGINT)  # Ctrl-C stops both servers
        out, _ = process.communicate(timeout=30)
        assert process.returncode == 0
        assert f"CCKM API on https://127.0.0.1:{cckm_port}" in out
        assert "Given-pw-1" not in out  # a password given on the command line is not echoed
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate(timeout=30)


def test_the_cckm_control_api_asks_for_the_emulator_s_control_token() -> None:
    with serve_in_thread(cckm=True, control_token="s3cret-token") as running:
        assert running.cckm_url is not None
        with CckmControlClient(running.cckm_url, ca_file=running.ca_file) as anonymous:
            with pytest.raises(CckmControlError) as refused_:
                anonymous.reset(password="Taken-over-1")
            assert refused_.value.status == 401
        with CckmControlClient.for_running(running) as control:  # the running one's token
            control.set_timing(job_duration=5)
            assert control.state()["timing"]["jobDuration"] == 5


def test_injected_faults_change_the_answers_and_the_log_records_them(
    cckm: httpx.Client, control: CckmControlClient
) -> None:
    control.clear_requests()
    control.set_faults(
        [{"pattern": "/luna/partitions$", "method": "GET", "status": 503, "count": 1}]
    )
    refused(cckm.get("/api/v1/cckm/hsm/luna/partitions"), 503, 15)
    assert cckm.get("/api/v1/cckm/hsm/luna/partitions").status_code == 200  # count: once
    deviant = {"skip": 0, "limit": 10, "total": 1, "resources": [{"status": "bogus"}]}
    control.set_faults([{"pattern": "/luna/keys$", "body": deviant, "headers": {"X-Seen": "1"}}])
    listed = cckm.get(KEYS)
    assert listed.headers["X-Seen"] == "1"
    with pytest.raises(jsonschema_rs.ValidationError):
        answer("listLunaKeys", listed, 200)  # a conformance check catches the deviation
    control.clear_faults()
    answer("listLunaKeys", cckm.get(KEYS), 200)
    log = control.requests()
    assert [(r["method"], r["status"]) for r in log] == [
        ("GET", 503),
        ("GET", 200),
        ("GET", 200),
        ("GET", 200),
    ]
    assert log[0]["path"] == "/api/v1/cckm/hsm/luna/partitions"
    assert all(set(r) == {"method", "path", "status"} for r in log)
    control.set_faults([{"pattern": "/luna/keys$", "drop": True, "count": 1}])
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        cckm.get(KEYS)
    answer("listLunaKeys", cckm.get(KEYS), 200)
    with pytest.raises(CckmControlError) as bad:
        control.set_faults([{"pattern": "("}])
    assert bad.value.status == 400


def test_update_and_replication_across_an_ha_group(
    cckm: httpx.Client, luna: LunaSession, control: CckmControlClient
) -> None:
    hsm, first = make_partition(luna, "ha-a")
    second = create_partition(
        luna, hsm, "ha-b", so_password="Partso123!", domain="partdomain", co_password=CO_PASSWORD
    ).id
    luna.call(
        login_partition, hsm, second, body=LoginPartitionRequest(role="co", password=CO_PASSWORD)
    )
    members = [
        {"hostname": "luna-emulator", "partition_label": label, "serial_number": str(serial)}
        for label, serial in (("ha-a", first), ("ha-b", second))
    ]
    conns = "/api/v1/connectionmgmt/services/luna-network/connections"
    no_ha = {"name": "ha", "password": CO_PASSWORD, "partitions": members}
    refused(cckm.post(conns, json=no_ha), 400, 9)  # two partitions need is_ha_enabled
    answer("createLunaConnection", cckm.post(conns, json={**no_ha, "is_ha_enabled": True}), 201)
    group = answer(
        "addLunaPartition",
        cckm.post("/api/v1/cckm/hsm/luna/add-partition", json={"connection": "ha"}),
        201,
    )
    assert group["ha_enabled"] is True
    assert group["serial_numbers"] == [str(first), str(second)]
    before = {s: set(objects(luna, hsm, s)) for s in (first, second)}
    created = cckm.post(
        KEYS,
        json={
            "label": "lrk-ha",
            "size": 128,
            "partition_id": group["id"],
            "mechanism": "CKM_AES_KEY_GEN",
            "attributes": ["CKA_ENCRYPT", "CKA_MODIFIABLE"],
        },
    )
    key = get_key(cckm, answer("createLunaKey", created, 201)["id"])
    assert key["replication_info"] == {str(first): "available", str(second): "available"}
    assert key["replicated"] is True
    handles = {s: (set(objects(luna, hsm, s)) - before[s]).pop() for s in (first, second)}

    # an update changes the object on every member, when the operation is done
    control.set_timing(key_operation_delay=10)
    change = {"attributes": [{"type": "CKA_SIGN", "value": True}]}
    updating = answer("updateLunaKey", cckm.patch(f"{KEYS}/{key['id']}", json=change), 200)
    assert (updating["operation"], updating["operation_status"]) == ("keyupdate", "in_progress")
    busy = cckm.post(f"/api/v1/cckm/hsm/luna/{key['id']}/delete")
    assert "in progress" in refused(busy, 400, 15)  # one operation at a time
    assert objects(luna, hsm, first)[handles[first]]["sign"] == "false"
    control.advance_clock(10)
    updated = get_key(cckm, key["id"])
    assert updated["operation_status"] == "completed"
    assert "CKA_SIGN" in updated["attributes"]
    assert {objects(luna, hsm, s)[handles[s]]["sign"] for s in (first, second)} == {"true"}

    # the object gone from one member (the appliance's own API): replicate puts it back
    luna.call(delete_partition_object, hsm, second, handles[second])
    control.set_timing(key_operation_delay=0)
    stale = get_key(cckm, key["id"])
    assert stale["replication_info"][str(second)] == "Error finding key"
    assert stale["replicated"] is False
    started = cckm.post(f"{KEYS}/{key['id']}/replicate")
    assert answer("replicateLunaKey", started, 200)["operation"] == "keyreplicate"
    again = get_key(cckm, key["id"])
    assert (again["operation_status"], again["replicated"]) == ("completed", True)
    copies = [o for o in objects(luna, hsm, second).values() if o["label"] == "lrk-ha"]
    assert len(copies) == 1
    assert copies[0]["sign"] == "true"


def test_in_process_the_apps_share_the_appliance() -> None:
    """``create_cckm_app(emulator)`` beside ``create_app()``, driven in process (ASGI) through
    the control clients' ``over``."""
    from starlette.testclient import TestClient

    from luna_emulator import create_app
    from luna_emulator.cckm import create_cckm_app

    appliance_app = create_app()
    cckm_app = create_cckm_app(appliance_app.emulator, password="In-process-1")
    with (
        TestClient(appliance_app, base_url="https://appliance") as appliance,
        TestClient(cckm_app, base_url="https://cckm") as cm,
    ):
        control = CckmControlClient.over(cm)
        control.set_timing(key_operation_delay=0)
        issued = cm.post(TOKENS, json={"username": "admin", "password": "In-process-1"})
        cm.headers["Authorization"] = f"Bearer {answer('issueToken', issued, 200)['jwt']}"
        ControlClient.over(appliance).advance_clock(3600)  # one clock for both apps
        expired = cm.get("/api/v1/cckm/hsm/luna/partitions")
        assert "expired" in refused(expired, 401, 1)
        assert control.state()["clockOffset"] == 3600


def test_an_undeclared_method_is_405_with_the_declared_ones_in_allow(cckm: httpx.Client) -> None:
    """RFC 9110: a 405 names the methods the resource has (the spec's, for that path)."""
    r = cckm.request("TRACE", "/api/v1/cckm/hsm/luna/keys")
    assert r.status_code == 405, r.text
    declared = luna_spec.load_cckm_spec()["paths"]["/api/v1/cckm/hsm/luna/keys"]
    wanted = {m.upper() for m in declared if m in ("get", "put", "post", "patch", "delete")}
    assert {m.strip() for m in r.headers["Allow"].split(",")} == wanted
