"""Appliance users, custom roles and the REST ACL, over HTTPS (issue 9, "what outside clients
hit").

Written from the reference: PUT and PATCH /users/{userid} change an existing account's
details (client samples user_replace.js / user_update.js; built-in accounts are not
changeable, GET /users/{userid} shows ``changeable: false``); the user actions are the v16
page's four (non-admins see only changePassword for themselves); ``PUT /acl`` replaces
every entry of the changeable users and roles and ``PATCH /acl`` sets some, while admin,
operator and monitor are not changeable (v15 ACL pages); a role's resource list is
``METHOD:/path`` per line and a path missing from it answers 401 FRAMEWORK_NO_ACL_RULE
(client role-ACL helper).
"""

from __future__ import annotations

import httpx

import luna_spec

from .conftest import JSON, MONITOR

OCTET = {"Content-Type": luna_spec.VENDOR_JSON.replace("+json", "+octet-stream")}
BOB = ("bob", "Bobpass1!x")


def _user(c: httpx.Client, name: str = "bob", role: str = "", password: str = BOB[1]) -> None:
    body = {"userId": name, "fullName": "Bob B", "email": "bob@example.com", "role": role}
    r = c.post("/users", json={**body, "password": password}, headers=JSON)
    assert r.status_code == 204, r.text


def _error(r: httpx.Response) -> tuple[int, str]:
    return r.status_code, r.json()["id"]


# ---- PUT / PATCH /users/{userid} -------------------------------------------------------
def test_patch_and_put_change_an_existing_user(https: httpx.Client) -> None:
    _user(https)
    r = https.patch("/users/bob", json={"fullName": "Robert B"}, headers=JSON)
    assert r.status_code == 204, r.text
    bob = https.get("/users/bob").json()
    assert (bob["fullName"], bob["email"]) == ("Robert B", "bob@example.com")  # PATCH: one field
    r = https.put(
        "/users/bob", json={"email": "robert@example.com", "role": "monitor"}, headers=JSON
    )
    assert r.status_code == 204, r.text
    bob = https.get("/users/bob").json()
    assert (bob["fullName"], bob["email"], bob["role"]) == ("", "robert@example.com", "monitor")
    # the new role is the account's access: as monitor, bob reads but may not create users
    assert https.get("/api/lunasa/hsms", auth=BOB).status_code == 200
    r = https.post("/users", json={"userId": "x", "role": "", "password": "Xpass12!x"}, auth=BOB)
    assert _error(r) == (401, "FRAMEWORK_NO_ACL_RULE")


def test_built_in_accounts_are_not_changeable_and_bad_input_changes_nothing(
    https: httpx.Client,
) -> None:
    before = https.get("/users/operator").json()
    assert before["changeable"] is False
    for method in ("PUT", "PATCH"):
        r = https.request(method, "/users/operator", json={"fullName": "Op"}, headers=JSON)
        assert _error(r) == (400, "FRAMEWORK_BAD_REQUEST")
    _user(https)
    r = https.patch("/users/bob", json={"role": "nosuchrole"}, headers=JSON)
    assert _error(r) == (400, "FRAMEWORK_BAD_REQUEST")
    r = https.patch("/users/bob", json={}, headers=JSON)  # minProperties: 1
    assert _error(r) == (400, "FRAMEWORK_BAD_REQUEST")
    assert https.get("/users/operator").json() == before
    assert https.get("/users/bob").json()["role"] == ""
    r = https.patch("/users/nobody", json={"fullName": "N"}, headers=JSON)
    assert _error(r) == (404, "SERVERPLUGIN_INVALID_USERID")
    r = https.patch("/users/bob", json={"fullName": "B"}, headers=JSON, auth=MONITOR)
    assert _error(r) == (401, "FRAMEWORK_NO_ACL_RULE")  # admin only


def test_user_actions_listing(https: httpx.Client) -> None:
    _user(https, role="operator")
    ids = [a["id"] for a in https.get("/users/bob/actions").json()["actions"]]
    assert ids == ["changePassword", "enable", "disable", "roleClear"]
    own = https.get("/users/bob/actions", auth=BOB).json()["actions"]
    assert own == [{"id": "changePassword", "url": "/users/bob/actions/changePassword"}]
    r = https.get("/users/admin/actions", auth=BOB)
    assert _error(r) == (401, "SERVERPLUGIN_USERID_NOT_AUTHORIZED")
    assert _error(https.get("/users/nobody/actions")) == (404, "SERVERPLUGIN_INVALID_USERID")


# ---- roles -----------------------------------------------------------------------------
def test_custom_roles_are_created_listed_and_deleted(https: httpx.Client) -> None:
    ids = [r["id"] for r in https.get("/roles").json()["roles"]]
    assert ids == ["admin", "monitor", "operator"]
    r = https.post("/roles", json={"roleId": "auditors", "fullName": "Auditors"}, headers=JSON)
    assert (r.status_code, r.headers["Location"]) == (204, "/roles/auditors")
    assert https.get("/roles/auditors").json() == {
        "roleId": "auditors",
        "fullName": "Auditors",
        "resources": "/roles/auditors/resources",
    }
    assert "auditors" in [r["id"] for r in https.get("/roles").json()["roles"]]
    again = https.post("/roles", json={"roleId": "auditors"}, headers=JSON)
    assert _error(again) == (400, "FRAMEWORK_BAD_REQUEST")
    missing_file = https.post("/roles", json={"roleId": "r2", "file": "perms.txt"}, headers=JSON)
    assert _error(missing_file) == (400, "FRAMEWORK_BAD_REQUEST")
    assert https.get("/roles/r2").status_code == 404
    assert _error(https.delete("/roles/admin")) == (400, "FRAMEWORK_BAD_REQUEST")
    assert https.delete("/roles/auditors").status_code == 204
    assert https.get("/roles/auditors").status_code == 404


def test_a_role_resource_list_is_the_access_of_its_users(https: httpx.Client) -> None:
    assert https.post("/roles", json={"roleId": "readers"}, headers=JSON).status_code == 204
    _user(https, role="readers")
    r = https.get("/api/lunasa/hsms", auth=BOB)
    assert _error(r) == (401, "FRAMEWORK_NO_ACL_RULE")  # a new role may call nothing
    entries = "GET:/api/lunasa/hsms\nGET:/api/lunasa/hsms/{hsmid}\n"
    r = https.put("/roles/readers/resources", content=entries.encode(), headers=OCTET)
    assert r.status_code == 204, r.text
    assert https.get("/roles/readers/resources").content.decode() == entries
    hsms = https.get("/api/lunasa/hsms", auth=BOB)
    assert hsms.status_code == 200
    assert https.get(hsms.json()["hsms"][0]["url"], auth=BOB).status_code == 200  # template
    assert _error(https.get("/api/lunasa/ntls", auth=BOB)) == (401, "FRAMEWORK_NO_ACL_RULE")
    bad = https.put("/roles/readers/resources", content=b"FETCH /x\n", headers=OCTET)
    assert _error(bad) == (400, "FRAMEWORK_BAD_REQUEST")
    assert https.get("/roles/readers/resources").content.decode() == entries  # unchanged
    built_in = https.put("/roles/monitor/resources", content=b"GET:/x\n", headers=OCTET)
    assert _error(built_in) == (400, "FRAMEWORK_BAD_REQUEST")
    monitor = https.get("/roles/monitor/resources").content.decode().splitlines()
    assert "GET:/api/lunasa/hsms" in monitor
    assert "POST:/users" not in monitor
    assert https.delete("/roles/readers").status_code == 204
    assert _error(https.get("/api/lunasa/hsms", auth=BOB)) == (401, "FRAMEWORK_NO_ACL_RULE")


# ---- the ACL ---------------------------------------------------------------------------
def test_put_acl_replaces_custom_entries_and_cannot_lock_out_the_built_ins(
    https: httpx.Client,
) -> None:
    _user(https, role="")
    carol = ("carol", "Carolpass1!")
    _user(https, name="carol", password=carol[1])
    acl = b"bob,GET:/api/lunasa/hsms\ncarol,GET:/api/lunasa/ntls\n"
    assert https.put("/acl", content=acl, headers=OCTET).status_code == 204
    text = https.get("/acl").content.decode()
    assert "bob,GET:/api/lunasa/hsms\n" in text
    assert "carol,GET:/api/lunasa/ntls\n" in text
    assert "admin,POST:/users\n" in text  # the built-in roles' rows: the spec's privileges
    assert https.get("/api/lunasa/hsms", auth=BOB).status_code == 200
    assert https.get("/api/lunasa/ntls", auth=carol).status_code == 200
    # a file naming only admin (with one entry) and no one else
    assert https.put("/acl", content=b"admin,GET:/api/lunasa\n", headers=OCTET).status_code == 204
    assert _error(https.get("/api/lunasa/hsms", auth=BOB)) == (401, "FRAMEWORK_NO_ACL_RULE")
    assert _error(https.get("/api/lunasa/ntls", auth=carol)) == (401, "FRAMEWORK_NO_ACL_RULE")
    assert https.get("/api/lunasa/hsms").status_code == 200  # admin keeps everything
    assert https.post("/roles", json={"roleId": "stillAdmin"}, headers=JSON).status_code == 204
    assert "admin,GET:/api/lunasa\n" in https.get("/acl").content.decode()


def test_patch_acl_sets_the_named_entries_and_a_bad_file_changes_nothing(
    https: httpx.Client,
) -> None:
    _user(https)
    carol = ("carol", "Carolpass1!")
    _user(https, name="carol", password=carol[1])
    acl = b"bob,GET:/api/lunasa/hsms\ncarol,GET:/api/lunasa/ntls\n"
    assert https.put("/acl", content=acl, headers=OCTET).status_code == 204
    patch = b"bob,GET:/api/lunasa/services\n"
    assert https.patch("/acl", content=patch, headers=OCTET).status_code == 204
    assert https.get("/api/lunasa/services", auth=BOB).status_code == 200
    assert _error(https.get("/api/lunasa/hsms", auth=BOB)) == (401, "FRAMEWORK_NO_ACL_RULE")
    assert https.get("/api/lunasa/ntls", auth=carol).status_code == 200  # untouched
    before = https.get("/acl").content
    for bad in (b"bob;GET:/x\n", b"bob,GET /x\n", b"\xff\xfe,GET:/x\n"):
        for method in ("PUT", "PATCH"):
            r = https.request(method, "/acl", content=bad, headers=OCTET)
            assert _error(r) == (400, "FRAMEWORK_BAD_REQUEST"), bad
    assert https.get("/acl").content == before
    assert _error(https.put("/acl", content=acl, headers=OCTET, auth=MONITOR)) == (
        401,
        "FRAMEWORK_NO_ACL_RULE",
    )


def test_deleting_a_user_drops_its_acl_entries(https: httpx.Client) -> None:
    _user(https)
    assert https.put("/acl", content=b"bob,GET:/api/lunasa\n", headers=OCTET).status_code == 204
    assert https.delete("/users/bob").status_code == 204
    assert "bob," not in https.get("/acl").content.decode()
    _user(https)  # a new account of the same name starts without the old access
    assert _error(https.get("/api/lunasa", auth=BOB)) == (401, "FRAMEWORK_NO_ACL_RULE")
