"""Partitions beyond the basics: roles, policies and templates, objects with backup and
restore, SMK rollover and STC; in process (response validation on) and over HTTPS."""

from __future__ import annotations

import base64
import hashlib
from typing import Any

import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from starlette.testclient import TestClient

from luna_emulator.control_client import ControlClient

from .conftest import HSM, JSON, MONITOR

Client = TestClient | httpx.Client
SO_PW, PSO_PW, CO_PW, CU_PW = "Sopass123!", "Psopass12!", "Copass123!", "Cupass123!"


# ---- helpers ---------------------------------------------------------------------------
def _task(c: Client, r: httpx.Response) -> dict[str, Any]:
    """The response of the task a 202 answer started (polled to its end)."""
    assert r.status_code == 202, r.text
    task = r.headers["Location"]
    for _ in range(10):
        t = c.get(task)
        if t.status_code == 303:
            return c.get(t.json()["responseUrl"]).json()  # type: ignore[no-any-return]
        assert t.status_code == 200, t.text
    raise AssertionError(f"{task} never finished")


def _result(c: Client, r: httpx.Response) -> dict[str, Any]:
    """The body of an answer, or of its task's response when it was tasked (202)."""
    if r.status_code == 202:
        return _task(c, r)
    body: dict[str, Any] = r.json() if r.content else {}
    return body


def _ok(c: Client, r: httpx.Response) -> dict[str, Any]:
    """A request (tasked or not) that must have succeeded."""
    assert r.status_code < 300, r.text
    body = _result(c, r)
    assert body.get("status") != "ERROR", body
    return body


def _error_id(c: Client, r: httpx.Response) -> str:
    body = _result(c, r)
    assert body["status"] == "ERROR", body
    return str(body["id"])


def _hsm(c: Client) -> None:
    _ok(
        c,
        c.put(
            f"/api/lunasa/hsms/{HSM}",
            json={"label": "hsm1", "password": SO_PW, "domain": "mydomain"},
            headers=JSON,
        ),
    )
    r = c.post(
        f"/api/lunasa/hsms/{HSM}/login", json={"password": SO_PW, "role": "so"}, headers=JSON
    )
    assert r.status_code == 204, r.text


def _create(c: Client, name: str = "p1", *, pso: bool = True, version: int = 0) -> str:
    before = {p["url"] for p in c.get(f"/api/lunasa/hsms/{HSM}/partitions").json()["partitions"]}
    body = {"name": name, "allStorageSpace": False, "hasPso": pso, "size": 20480}
    _ok(
        c,
        c.post(
            f"/api/lunasa/hsms/{HSM}/partitions", json={**body, "version": version}, headers=JSON
        ),
    )
    after = {p["url"] for p in c.get(f"/api/lunasa/hsms/{HSM}/partitions").json()["partitions"]}
    (url,) = after - before
    return str(url)


def _init(c: Client, url: str) -> None:
    body = {"password": PSO_PW, "label": "ABC123", "domain": "domain", "defaultDomain": True}
    _ok(c, c.put(url, json={**body, "ped": "0"}, headers=JSON))


def _login(c: Client, url: str, role: str, password: str) -> httpx.Response:
    return c.post(
        f"{url}/login", json={"ped": "0", "role": role, "password": password}, headers=JSON
    )


def _logout(c: Client, url: str) -> None:
    assert c.post(f"{url}/logout", json={}, headers=JSON).status_code == 204


def _partition(c: Client, *, version: int = 0, co: bool = False) -> str:
    """An initialized partition, the session logged in as its SO (and CO when asked)."""
    _hsm(c)
    url = _create(c, version=version)
    _init(c, url)
    assert _login(c, url, "so", PSO_PW).status_code == 204
    if co:
        _ok(
            c,
            c.put(
                f"{url}/roles/co", json={"defaultChallenge": False, "password": CO_PW}, headers=JSON
            ),
        )
        assert _login(c, url, "co", CO_PW).status_code == 204
    return url


def _set_policy(c: Client, url: str, policy: str, value: int) -> dict[str, Any]:
    return _result(c, c.put(f"{url}/policies/{policy}", json={"value": value}, headers=JSON))


def _object_ids(c: Client, url: str) -> list[str]:
    return [o["id"] for o in c.get(f"{url}/object/objects").json()["objects"]]


# ---- roles -------------------------------------------------------------------------------
def test_roles_of_a_new_partition(api: TestClient) -> None:
    url = _partition(api)
    roles = api.get(f"{url}/roles").json()["roles"]
    assert [(r["id"], r["name"]) for r in roles] == [
        ("co", "Crypto Officer"),
        ("cu", "Crypto User"),
        ("so", "Security Officer"),
    ]
    so = api.get(f"{url}/roles/so").json()
    assert (so["initialized"], so["loginAttemptsLeft"], so["lockedOut"]) == (True, 10, False)
    co = api.get(f"{url}/roles/co", auth=MONITOR).json()
    assert (co["initialized"], co["loginAttemptsLeft"]) == (False, 0)
    assert co["primaryAuthentication"] == "PIN"
    assert api.get(f"{url}/roles/lco").status_code == 404
    assert api.get(f"{url}/roles/co/actions").json()["actions"][1] == {
        "id": "reset",
        "url": f"{url}/roles/co/actions/reset",
    }
    no_pso = _create(api, "nopso", pso=False)
    assert [r["id"] for r in api.get(f"{no_pso}/roles").json()["roles"]] == ["co", "cu"]


def test_co_is_initialized_by_the_partition_so_and_cu_by_the_co(api: TestClient) -> None:
    _hsm(api)
    url = _create(api)
    co = f"{url}/roles/co"
    body = {"defaultChallenge": False, "password": CO_PW}
    assert _error_id(api, api.put(co, json=body, headers=JSON)) == (
        "HSMPLUGIN_PARTITION_NOT_INITIALIZED"
    )
    _init(api, url)
    assert _error_id(api, api.put(co, json=body, headers=JSON)) == (
        "HSMPLUGIN_PARTITION_USER_NOT_AUTHENTICATED"
    )
    assert _login(api, url, "so", PSO_PW).status_code == 204
    assert _error_id(api, api.put(co, json={"defaultChallenge": False}, headers=JSON)) == (
        "FRAMEWORK_BAD_REQUEST"
    )  # a password HSM needs the password
    cu = f"{url}/roles/cu"
    assert _error_id(api, api.put(cu, json={"password": CU_PW}, headers=JSON)) == (
        "HSMPLUGIN_PARTITION_USER_NOT_AUTHENTICATED"
    )  # the CO initializes the CU
    r = api.put(co, json=body, headers=JSON)
    assert (r.status_code, r.headers["Location"]) == (204, co)  # reference page 002
    role = api.get(co).json()
    assert (role["initialized"], role["pinToBeChanged"], role["loginAttemptsLeft"]) == (
        True,
        True,
        10,
    )
    assert _login(api, url, "co", CO_PW).status_code == 204
    _ok(api, api.put(cu, json={"password": CU_PW}, headers=JSON))
    assert _login(api, url, "cu", CU_PW).status_code == 204


def test_roles_of_a_ped_based_partition_are_initialized_through_tasks(api: TestClient) -> None:
    assert api.post("/_emulator/reset", json={"pedBased": True}).status_code == 204
    _ok(api, api.put(f"/api/lunasa/hsms/{HSM}", json={"label": "ped1"}, headers=JSON))
    _ok(api, api.post(f"/api/lunasa/hsms/{HSM}/login", json={"role": "so"}, headers=JSON))
    url = _create(api)
    _ok(api, api.put(url, json={"label": "pedpart"}, headers=JSON))
    _ok(api, api.post(f"{url}/login", json={"ped": "0", "role": "so"}, headers=JSON))
    r = api.put(f"{url}/roles/co", json={}, headers=JSON)
    assert r.status_code == 202  # the PED is involved: a task
    assert _task(api, r) == {}
    role = api.get(f"{url}/roles/co").json()
    assert (role["initialized"], role["primaryAuthentication"]) == (True, "PED")
    _ok(
        api,
        api.post(
            f"{url}/roles/co/actions/createChallenge", json={"defaultChallenge": True}, headers=JSON
        ),
    )
    role = api.get(f"{url}/roles/co").json()
    assert (role["secondaryAuthentication"], role["challengeToBeChanged"]) == ("Challenge", True)


def test_change_password(api: TestClient) -> None:
    url = _partition(api, co=True)
    co = f"{url}/roles/co"
    r = api.patch(
        co, json={"oldPassword": "Wrongpass1!", "newPassword": "Newpass123!"}, headers=JSON
    )
    assert r.status_code == 400
    assert r.json()["id"] == "HSMPLUGIN_INCORRECT_PASSWORD"
    assert api.get(co).json()["loginAttemptsLeft"] == 9
    r = api.patch(co, json={"oldPassword": CO_PW, "newPassword": "short"}, headers=JSON)
    assert r.json()["id"] == "FRAMEWORK_BAD_REQUEST"
    r = api.patch(co, json={"oldPassword": CO_PW, "newPassword": "Newpass123!"}, headers=JSON)
    assert r.status_code == 204
    assert r.headers["Location"] == co
    role = api.get(co).json()
    assert (role["pinToBeChanged"], role["loginAttemptsLeft"]) == (False, 10)
    assert _login(api, url, "co", CO_PW).status_code == 400
    assert _login(api, url, "co", "Newpass123!").status_code == 204


def test_wrong_passwords_lock_out_the_co_until_the_so_resets_it(api: TestClient) -> None:
    url = _partition(api, co=True)
    _logout(api, url)
    assert _login(api, url, "so", PSO_PW).status_code == 204
    assert _set_policy(api, url, "20", 3) == {}  # max failed user logins
    co = f"{url}/roles/co"
    assert api.get(co).json()["loginAttemptsLeft"] == 3
    for left in (2, 1):
        r = _login(api, url, "co", "Wrongpass1!")
        assert r.json()["id"] == "HSMPLUGIN_INCORRECT_PASSWORD"
        assert api.get(co).json()["loginAttemptsLeft"] == left
    assert _login(api, url, "co", "Wrongpass1!").json()["id"] == "HSMPLUGIN_ROLE_LOCKED_OUT"
    role = api.get(co).json()
    assert (role["lockedOut"], role["loginAttemptsLeft"]) == (True, 0)
    assert _login(api, url, "co", CO_PW).json()["id"] == "HSMPLUGIN_ROLE_LOCKED_OUT"
    reset = f"{co}/actions/reset"
    assert _error_id(api, api.post(reset, json={}, headers=JSON)) == "FRAMEWORK_BAD_REQUEST"
    _ok(api, api.post(reset, json={"password": "Resetpass1!"}, headers=JSON))
    role = api.get(co).json()
    assert (role["lockedOut"], role["loginAttemptsLeft"], role["pinToBeChanged"]) == (
        False,
        3,
        True,
    )
    assert _login(api, url, "co", CO_PW).status_code == 400  # the old credential is gone
    assert _login(api, url, "co", "Resetpass1!").status_code == 204


def test_last_wrong_partition_so_password_zeroizes_the_partition(api: TestClient) -> None:
    url = _partition(api, co=True)
    _set_policy(api, url, "20", 2)
    assert _login(api, url, "so", "Wrongpass1!").json()["id"] == "HSMPLUGIN_INCORRECT_PASSWORD"
    assert _login(api, url, "so", "Wrongpass1!").json()["id"] == "HSMPLUGIN_PARTITION_ZEROIZED"
    assert api.get(url).json()["state"] == "zeroized"
    assert api.get(f"{url}/roles/co").json()["initialized"] is False
    assert _object_ids(api, url) == []
    assert _login(api, url, "so", PSO_PW).json()["id"] == "HSMPLUGIN_ROLE_NOT_INITIALIZED"


def test_role_actions(api: TestClient) -> None:
    url = _partition(api, co=True)
    co = f"{url}/roles/co"
    _set_policy(api, url, "22", 1)  # allow activation
    assert _login(api, url, "co", CO_PW).status_code == 204
    assert api.get(co).json()["activated"] is True
    _ok(api, api.post(f"{co}/actions/deactivate", json={}, headers=JSON))
    assert api.get(co).json()["activated"] is False
    _ok(
        api,
        api.post(f"{co}/actions/createChallenge", json={"password": "Challenge1!"}, headers=JSON),
    )
    assert api.get(co).json()["secondaryAuthentication"] == "Challenge"
    assert _error_id(api, api.post(f"{co}/actions/fly", json={}, headers=JSON)) == (
        "APPLIANCE_ACTION_DOES_NOT_EXIST"
    )
    assert _error_id(api, api.post(f"{url}/roles/so/actions/reset", json={}, headers=JSON)) == (
        "FRAMEWORK_BAD_REQUEST"
    )
    _logout(api, url)
    assert _error_id(api, api.post(f"{co}/actions/deactivate", json={}, headers=JSON)) == (
        "HSMPLUGIN_PARTITION_USER_NOT_AUTHENTICATED"
    )


# ---- policies and templates ------------------------------------------------------------
def test_policies_and_destructive_changes(api: TestClient) -> None:
    url = _partition(api)
    policies = {p["id"]: p for p in api.get(f"{url}/policies").json()["policies"]}
    assert policies["37"] == {"id": "37", "name": "Enable Secure Trusted Channel", "value": 0}
    assert policies["0"]["name"] == "Allow private key cloning"
    assert len(_object_ids(api, url)) == 1  # the public key; the others need a CO login
    assert _set_policy(api, url, "37", 1) == {}
    assert api.get(f"{url}/policies/37").json()["value"] == 1
    assert len(_object_ids(api, url)) == 1  # not destructive
    r = api.patch(f"{url}/policies/1", json={"value": 1}, headers=JSON)  # private key wrapping
    assert _result(api, r) == {}
    assert api.get(f"{url}/policies/1").json()["value"] == 1
    assert _object_ids(api, url) == []  # destructive: the objects are gone
    assert _set_policy(api, url, "37", 2)["id"] == "FRAMEWORK_BAD_REQUEST"
    assert api.get(f"{url}/policies/99").status_code == 404
    _logout(api, url)
    assert _set_policy(api, url, "37", 0)["id"] == "HSMPLUGIN_PARTITION_USER_NOT_AUTHENTICATED"
    assert api.get(f"{url}/policies/37").json()["value"] == 1


def test_policy_template_export_into_the_callers_file_area(api: TestClient) -> None:
    url = _partition(api)
    _set_policy(api, url, "37", 1)
    r = api.post(f"{url}/policies", json={"file": "myTemplate"}, headers=JSON)
    assert r.status_code == 201
    assert r.headers["Location"] == "/users/admin/files/myTemplate"
    text = api.get("/users/admin/files/myTemplate/download").content.decode()
    assert "37,1,0,0,Enable Secure Trusted Channel" in text.splitlines()
    r = api.post(f"{url}/policies", json={"file": "monitorTemplate"}, headers=JSON, auth=MONITOR)
    assert r.headers["Location"] == "/users/monitor/files/monitorTemplate"
    listing = api.get("/api/lunasa/partitionPolicyTemplates").json()["partitionPolicyTemplates"]
    assert [t["id"] for t in listing] == ["monitorTemplate", "myTemplate"]
    template = api.get("/api/lunasa/partitionPolicyTemplates/myTemplate").json()
    assert template["owner"] == "admin"
    assert {"id": "37", "value": 1} | {
        "name": "Enable Secure Trusted Channel",
        "offToOnDestructive": False,
        "onToOffDestructive": False,
    } in template["policies"]
    bad = api.post(f"{url}/policies", json={"file": ".hidden"}, headers=JSON)
    assert (bad.status_code, bad.json()["id"]) == (400, "HSMPLUGIN_INVALID_FILENAME")
    assert api.delete("/api/lunasa/partitionPolicyTemplates/myTemplate").status_code == 204
    assert api.get("/users/admin/files/myTemplate").status_code == 404
    assert api.get("/api/lunasa/partitionPolicyTemplates/myTemplate").status_code == 404


# ---- objects -----------------------------------------------------------------------------
def test_objects_need_a_login_and_a_private_session(api: TestClient) -> None:
    url = _partition(api)  # Basic auth: the user session holds the partition SO login
    _ok(api, api.put(f"{url}/roles/co", json={"password": CO_PW}, headers=JSON))
    (public,) = _object_ids(api, url)
    basic = api.get(f"{url}/object/objects/{public}")
    assert (basic.status_code, basic.json()["id"]) == (401, "FRAMEWORK_SESSION_NOT_PRIVATE")
    assert api.post("/auth/session", json={}, headers=JSON).status_code == 204
    attrs = api.get(f"{url}/object/objects/{public}").json()
    assert (attrs["class"], attrs["private"], attrs["sensitive"]) == (
        "CKO_PUBLIC_KEY",
        "false",
        "n/a",
    )
    point = bytes.fromhex(attrs["ecPoint"])  # a real P-256 public key
    ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), point)
    assert api.get(f"{url}/object/objects/2").json() == {}  # private, and no CO login here
    assert _login(api, url, "co", CO_PW).status_code == 204  # in the private session
    assert _object_ids(api, url) == ["1", "2", "3"]
    private = api.get(f"{url}/object/objects/2").json()
    assert (private["class"], private["id"]) == ("CKO_PRIVATE_KEY", attrs["id"])  # the pair
    secret = api.get(f"{url}/object/objects/3").json()
    assert (secret["keyType"], secret["valueLen"], len(secret["checkValue"])) == (
        "CKK_AES",
        "32",
        6,
    )
    assert api.get(f"{url}/object/objects/77").json()["id"] == "HSMPLUGIN_INVALID_OBJECT"
    assert api.delete(f"{url}/object/objects/3").status_code == 204
    assert _object_ids(api, url) == ["1", "2"]


def test_delete_object_needs_the_crypto_officer(api: TestClient) -> None:
    url = _partition(api)
    r = api.delete(f"{url}/object/objects/1")
    assert (r.status_code, r.json()["id"]) == (401, "HSMPLUGIN_PARTITION_USER_NOT_AUTHENTICATED")
    assert _error_id(api, api.delete(f"{url}/object/objects")) == (
        "HSMPLUGIN_PARTITION_USER_NOT_AUTHENTICATED"
    )


def test_backup_and_restore_give_new_handles(api: TestClient) -> None:
    url = _partition(api, co=True)
    actions = f"{url}/object/actions"
    assert _ok(
        api, api.post(f"{actions}/backup", json={"name": "bk1", "ids": []}, headers=JSON)
    ) == {"ids": ["1", "2", "3"]}
    _ok(api, api.delete(f"{url}/object/objects"))
    assert _object_ids(api, url) == []
    restored = _ok(api, api.post(f"{actions}/restore", json={"ids": ["2", "3"]}, headers=JSON))
    assert restored == {"ids": ["4", "5"]}
    assert _object_ids(api, url) == ["4", "5"]
    assert api.get(f"{url}/object/objects").json()["objects"][0]["url"] == f"{url}/object/objects/4"
    bad = api.post(f"{actions}/restore", json={"ids": ["9"]}, headers=JSON)
    assert _error_id(api, bad) == "HSMPLUGIN_INVALID_OBJECT"
    bad = api.post(f"{actions}/restore", json={"name": "nope", "ids": []}, headers=JSON)
    assert _error_id(api, bad) == "HSMPLUGIN_BACKUP_DOES_NOT_EXIST"
    assert _error_id(api, api.post(f"{actions}/backup", json={"ids": []}, headers=JSON)) == (
        "FRAMEWORK_BAD_REQUEST"
    )


# ---- SMK ---------------------------------------------------------------------------------
def _smk(c: Client, url: str, key: str, action: str) -> httpx.Response:
    return c.post(f"{url}/smk/{key}/actions/{action}", json={}, headers=JSON)


def test_smk_rollover_state_machine(api: TestClient) -> None:
    url = _partition(api)
    assert [k["id"] for k in api.get(f"{url}/smk").json()["smk"]] == [
        "smk-fw7-primary",
        "smk-fw7-rollover",
    ]
    primary = api.get(f"{url}/smk/smk-fw7-primary").json()
    assert primary == {
        "id": "smk-fw7-primary",
        "state": "Not Initialized",
        "actions": f"{url}/smk/smk-fw7-primary/actions",
    }
    assert [a["id"] for a in api.get(f"{url}/smk/smk-fw7-rollover/actions").json()["actions"]] == [
        "start",
        "end",
    ]
    cases = [
        ("smk-fw7-primary", "start", 422, "HSMPLUGIN_OPERATION_NOT_ALLOWED"),
        ("smk-fw7-other", "start", 404, "HSMPLUGIN_INVALID_SMKID"),
        ("smk-fw7-rollover", "pause", 404, "HSMPLUGIN_INVALID_ACTION"),
        ("smk-fw7-rollover", "start", 409, "HSMPLUGIN_SMK_NOT_INITIALIZED"),  # a V0 partition
    ]
    for key, action, status, error in cases:
        r = _smk(api, url, key, action)
        assert (r.status_code, r.json()["id"]) == (status, error), (key, action)
    _set_policy(api, url, "41", 1)  # partition version 1: the primary SMK exists
    assert api.get(url).json()["version"] == 1
    assert api.get(f"{url}/smk/smk-fw7-primary").json()["state"] == "Initialized"
    r = _smk(api, url, "smk-fw7-rollover", "start")
    assert (r.status_code, r.json()["state"]) == (200, "Initialized")
    r = _smk(api, url, "smk-fw7-rollover", "start")
    assert (r.status_code, r.json()["id"]) == (403, "HSMPLUGIN_SMK_ROLLOVER_IN_PROGRESS")
    _logout(api, url)
    r = _smk(api, url, "smk-fw7-rollover", "end")
    assert (r.status_code, r.json()["id"]) == (401, "HSMPLUGIN_PARTITION_USER_NOT_AUTHENTICATED")
    assert _login(api, url, "so", PSO_PW).status_code == 204
    r = _smk(api, url, "smk-fw7-rollover", "end")
    assert (r.status_code, r.json()["state"]) == (200, "Not Initialized")
    ControlClient.over(api).reset(hsm_firmware="7.4.2")  # older firmware: no SMK
    url = _partition(api)
    r = api.get(f"{url}/smk/smk-fw7-primary")
    assert (r.status_code, r.json()["id"]) == (400, "HSMPLUGIN_FUNC_NOT_SUPPORTED")


# ---- STC ---------------------------------------------------------------------------------
def _client_identity() -> tuple[str, str]:
    """A client identity file as LunaCM would export it (a public key), base64 and SHA-1."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    der = key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return base64.b64encode(der).decode(), hashlib.sha1(der).hexdigest()  # noqa: S324


def test_stc_settings_and_client_identities(api: TestClient) -> None:
    url = _partition(api)
    stc = api.get(f"{url}/stc", auth=MONITOR).json()
    assert (stc["activationTimeout"], stc["rekeyThreshold"], stc["replayWindow"]) == (120, 400, 120)
    der = base64.b64decode(stc["identity"])
    assert isinstance(serialization.load_der_public_key(der), rsa.RSAPublicKey)
    assert stc["fingerprint"] == hashlib.sha1(der).hexdigest()  # noqa: S324
    assert api.get(f"{url}/stc").json()["identity"] == stc["identity"]  # made once
    settings = {"activationTimeout": 60, "rekeyThreshold": 500, "replayWindow": 100}
    assert api.put(f"{url}/stc", json=settings, headers=JSON).status_code == 204
    assert api.get(f"{url}/stc").json() | settings == api.get(f"{url}/stc").json()
    r = api.put(f"{url}/stc", json={"replayWindow": 5000}, headers=JSON)
    assert (r.status_code, r.json()["id"]) == (400, "FRAMEWORK_BAD_REQUEST")
    identity, fingerprint = _client_identity()
    clients = f"{url}/stc/clients"
    r = api.post(clients, json={"identity": identity, "label": "client2"}, headers=JSON)
    assert (r.status_code, r.headers["Location"]) == (204, f"{clients}/1")
    assert api.get(f"{clients}/1").json() == {"fingerprint": fingerprint, "label": "client2"}
    assert api.get(f"{clients}/client2").json()["fingerprint"] == fingerprint
    again = api.post(clients, json={"identity": identity, "label": "other"}, headers=JSON)
    assert again.status_code == 400
    bad = api.post(clients, json={"identity": "not base64!", "label": "x"}, headers=JSON)
    assert bad.json()["id"] == "FRAMEWORK_BAD_REQUEST"
    assert api.get(clients).json()["clients"] == [
        {"id": "1", "label": "client2", "url": f"{clients}/1"}
    ]
    _logout(api, url)
    r = api.delete(f"{clients}/1")
    assert (r.status_code, r.json()["id"]) == (401, "HSMPLUGIN_PARTITION_USER_NOT_AUTHENTICATED")
    assert _login(api, url, "so", PSO_PW).status_code == 204
    assert api.delete(f"{clients}/1").status_code == 204
    assert api.get(f"{clients}/1").status_code == 404


# ---- workflows of the guide over HTTPS --------------------------------------------------
def _session(c: httpx.Client) -> None:
    assert c.post("/auth/session", json={}, headers=JSON).status_code == 204
    c.auth = None  # type: ignore[assignment]  # from here on, only the session cookie


def test_creating_an_stc_client_partition_connection(https: httpx.Client) -> None:
    """Guide ch. 3, "Creating an STC Client-Partition Connection" (REST steps)."""
    _session(https)
    _hsm(https)  # step 4: HSM SO login (after initializing the HSM)
    url = _create(https, "123")
    stc = https.get(f"{url}/stc").json()  # step 5: export the partition identity
    partition_identity = base64.b64decode(stc["identity"])  # step 6 decodes it for LunaCM
    serialization.load_der_public_key(partition_identity)
    _init(https, url)  # step 8
    assert _login(https, url, "so", PSO_PW).status_code == 204  # step 9
    assert _set_policy(https, url, "37", 1) == {}  # step 10
    identity, fingerprint = _client_identity()
    r = https.post(
        f"{url}/stc/clients", json={"identity": identity, "label": "client1"}, headers=JSON
    )  # step 11
    assert r.status_code == 204
    assert https.get(r.headers["Location"]).json() == {
        "fingerprint": fingerprint,
        "label": "client1",
    }
    assert https.get(f"{url}/policies/37").json()["value"] == 1
    assert https.get(url).json()["state"] == "initialized"


def test_converting_an_ntls_connection_to_stc(https: httpx.Client) -> None:
    """Guide ch. 3, "Converting an Initialized NTLS Partition-Client Connection to STC"."""
    _session(https)
    url = _partition(https)
    r = https.post(
        "/api/lunasa/ntls/clients",
        json={"ip": "1.2.3.4", "clientName": "testClient3"},
        headers=JSON,
    )
    assert r.status_code == 200
    r = https.post("/api/lunasa/ntls/clients/testClient3/links", json={"url": url}, headers=JSON)
    assert r.status_code == 204
    _logout(https, url)
    assert _login(https, url, "so", PSO_PW).status_code == 204  # step 3
    assert _set_policy(https, url, "37", 1) == {}  # step 4
    stc = https.get(f"{url}/stc").json()  # step 5
    assert len(base64.b64decode(stc["identity"])) > 256
    identity, fingerprint = _client_identity()
    r = https.post(
        f"{url}/stc/clients", json={"identity": identity, "label": "testClient3"}, headers=JSON
    )  # step 7
    assert r.status_code == 204
    listing = https.get(f"{url}/stc/clients").json()["clients"]
    assert [c["label"] for c in listing] == ["testClient3"]
    assert https.get(listing[0]["url"]).json()["fingerprint"] == fingerprint
    assert len(_object_ids(https, url)) == 1  # policy 37 is not destructive


def test_object_backup_and_restore_over_https(https: httpx.Client) -> None:
    """Guide ch. 14: backup and restore are commonly tasked; the restore task's response
    holds the new handles."""
    _session(https)
    url = _partition(https, co=True)
    progress = {"mode": "polls", "count": 2, "usuallyTasked": True}
    assert https.put("/_emulator/tasks/progress", json=progress).status_code == 204
    actions = f"{url}/object/actions"
    r = https.post(f"{actions}/backup", json={"name": "nightly", "ids": ["1", "3"]}, headers=JSON)
    assert r.status_code == 202
    task = r.headers["Location"]
    assert https.get(task).json()["state"] == "Running"
    assert _task(https, r) == {"ids": ["1", "3"]}
    before = https.get(f"{url}/object/objects/3").json()
    _ok(https, https.delete(f"{url}/object/objects"))
    assert _object_ids(https, url) == []
    r = https.post(f"{actions}/restore", json={"ids": []}, headers=JSON)
    assert r.status_code == 202
    assert _task(https, r) == {"ids": ["4", "5"]}
    assert _object_ids(https, url) == ["4", "5"]
    after = https.get(f"{url}/object/objects/5").json()
    assert after == {**before, "handle": "5"}  # the same key, a new handle


def test_smk_rollover_over_https(https: httpx.Client) -> None:
    _session(https)
    url = _partition(https, version=1, co=True)
    rollover = f"{url}/smk/smk-fw7-rollover"
    assert https.get(f"{url}/smk/smk-fw7-primary").json()["state"] == "Initialized"
    assert https.get(rollover).json()["state"] == "Not Initialized"
    r = _smk(https, url, "smk-fw7-rollover", "start")
    assert (r.status_code, r.json()["state"]) == (200, "Initialized")
    assert https.get(rollover).json()["state"] == "Initialized"
    assert _smk(https, url, "smk-fw7-rollover", "start").status_code == 403
    r = _smk(https, url, "smk-fw7-rollover", "end")
    assert r.status_code == 200
    assert https.get(rollover).json()["state"] == "Not Initialized"
    assert _smk(https, url, "smk-fw7-rollover", "start").status_code == 200  # a new rollover
