"""Credentials with characters outside ASCII are wrong credentials, never a 500 (found by the
conformance suite: ``hmac.compare_digest`` refuses non-ASCII strings)."""

from __future__ import annotations

import httpx

from .conftest import ADMIN, JSON

SO = "Sec0-password!"


def test_a_non_ascii_basic_password_is_a_failed_login(served, https: httpx.Client) -> None:  # type: ignore[no-untyped-def]
    r = https.get("/api/lunasa", auth=(ADMIN[0], "pässwörd-ü"))
    assert r.status_code == 401, r.text
    assert r.json()["id"] == "FRAMEWORK_AUTHENTICATION_FAILED"


def test_a_non_ascii_old_so_password_is_a_wrong_password(https: httpx.Client) -> None:
    hsm = https.get("/api/lunasa/hsms").json()["hsms"][0]["id"]
    init = {"label": "lrkhsm", "password": SO, "domain": "lrk-domain-1"}
    assert https.put(f"/api/lunasa/hsms/{hsm}", json=init, headers=JSON).is_success
    login = {"role": "so", "password": SO}
    assert https.post(f"/api/lunasa/hsms/{hsm}/login", json=login, headers=JSON).is_success
    change = {"oldPassword": "Sëc0-pässwörd", "newPassword": "N3w-password!"}
    r = https.patch(f"/api/lunasa/hsms/{hsm}/roles/so", json=change, headers=JSON)
    assert r.status_code == 400, r.text
    assert r.json()["status"] == "ERROR"
    # and the SO password is unchanged: the right one still logs in
    again = https.post(f"/api/lunasa/hsms/{hsm}/login", json=login, headers=JSON)
    assert again.is_success, again.text
