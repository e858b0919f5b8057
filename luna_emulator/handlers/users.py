"""Appliance users, their file areas and their login certificates."""

from __future__ import annotations

import re
import time

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from .. import errors as E
from ..access import BUILT_IN_ROLES
from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules
from ..model import User
from .certificates import load_user_certificate

RULES: Rules[Backend] = Rules()

__all__ = ["FILE_EXTENSIONS", "RULES", "check_file_name"]


FILE_EXTENSIONS = ("pem", "spkg", "auth", "lic", "tar.gz", "log", "txt", "tgz", "pid", "bin")


BUILT_IN = frozenset({"admin", "operator", "monitor", "audit"})


_NAME = re.compile(r"^[A-Za-z0-9._ -]{1,64}$")


MAX_UPLOAD = 1 << 30


def check_file_name(name: str) -> None:
    """The appliance's rules for names in a user's file area (REST files page, v14)."""
    if name == "server.pem":
        raise E.ServerPemCannotBeOverwritten()
    if (
        not _NAME.match(name)
        or name.startswith(".")
        or name.endswith(" ")
        or ".." in name
        or not name.lower().endswith(tuple("." + e for e in FILE_EXTENSIONS))
    ):
        raise E.FilenameNotValid(
            f"{name!r}: at most 64 characters from A-Z a-z 0-9 - . _ space, not starting with '.', "
            f"with one of the extensions {', '.join(FILE_EXTENSIONS)}"
        )


def _lookup(b: Backend, ctx: Ctx) -> User:
    name = ctx.params["userid"]
    user = b.state.users.get(name)
    if user is None:
        raise E.InvalidUserid(f"no user {name!r}")
    return user


def _user(b: Backend, ctx: Ctx) -> User:
    user = _lookup(b, ctx)
    if ctx.user.role != "admin" and ctx.user.name != user.name:
        raise E.UseridNotAuthorized(
            f"{ctx.user.name!r} may only use its own account",
            status=401 if ctx.op.method == "GET" and "files" not in ctx.op.path else 403,
        )
    return user


def _user_body(u: User) -> dict[str, object]:
    base = f"/users/{u.name}"
    return {
        "userId": u.name,
        "fullName": u.full_name,
        "email": u.email,
        "role": u.role,
        "status": "enabled" if u.enabled else "disabled",
        "changeable": u.name not in BUILT_IN,
        "actions": f"{base}/actions",
        "certificates": f"{base}/certificates",
        "files": f"{base}/files",
    }


@RULES.handles("listUsers")
def list_users(b: Backend, ctx: Ctx) -> Reply:
    return Reply(200, {"users": [{"id": n, "url": f"/users/{n}"} for n in sorted(b.state.users)]})


@RULES.handles("getUser")
def get_user(b: Backend, ctx: Ctx) -> Reply:
    return Reply(200, _user_body(_user(b, ctx)))


@RULES.handles("createUser")
def create_user(b: Backend, ctx: Ctx) -> Reply:
    body = ctx.body
    name = body["userId"]
    if name in b.state.users or name in BUILT_IN:
        raise E.BadRequest(f"user {name!r} already exists")
    password = body["password"]
    classes = sum(bool(re.search(p, password)) for p in ("[A-Z]", "[a-z]", "[0-9]", "[^A-Za-z0-9]"))
    if len(password) < 8 or classes < 3:
        raise E.BadRequest(
            "the password needs 8 characters from at least 3 of: upper, lower, digit, special"
        )
    b.state.users[name] = User(
        name, password, body.get("role", ""), body.get("fullName", ""), body.get("email", "")
    )
    return Reply(204, headers={"Location": f"/users/{name}"})


def _changeable(b: Backend, ctx: Ctx) -> User:
    """An account the admin may change (the operations using it are admin-only)."""
    user = _lookup(b, ctx)
    if user.name in BUILT_IN:
        raise E.BadRequest(f"{user.name!r} is a built-in account: it is not changeable")
    return user


def _check_role(b: Backend, role: str) -> None:
    if role and role not in BUILT_IN_ROLES and role not in b.state.roles:
        raise E.BadRequest(f"no role {role!r} (POST /roles creates custom roles)")


@RULES.handles("replaceUser")
def replace_user(b: Backend, ctx: Ctx) -> Reply:
    """PUT: the given fields replace the user's full name, email and role; a field left out
    is cleared. The password is changed with the ``changePassword`` action only."""
    user = _changeable(b, ctx)
    body = ctx.body
    _check_role(b, body.get("role", ""))
    user.full_name, user.email, user.role = (
        body.get("fullName", ""),
        body.get("email", ""),
        body.get("role", ""),
    )
    return Reply(204)


@RULES.handles("updateUser")
def update_user(b: Backend, ctx: Ctx) -> Reply:
    """PATCH: only the given fields change."""
    user = _changeable(b, ctx)
    body = ctx.body
    if "role" in body:
        _check_role(b, body["role"])
        user.role = body["role"]
    user.full_name = body.get("fullName", user.full_name)
    user.email = body.get("email", user.email)
    return Reply(204)


@RULES.handles("listUserActions")
def list_user_actions(b: Backend, ctx: Ctx) -> Reply:
    """All four actions for an admin; a user reading its own account may only change its
    password."""
    user = _user(b, ctx)
    actions = b.index.operations["performUserAction"].actions  # the spec's x-luna-actions
    names = actions if ctx.user.role == "admin" else ("changePassword",)
    return Reply(
        200, {"actions": [{"id": a, "url": f"/users/{user.name}/actions/{a}"} for a in names]}
    )


@RULES.handles("deleteUser")
def delete_user(b: Backend, ctx: Ctx) -> Reply:
    user = _user(b, ctx)
    if user.name in BUILT_IN:
        raise E.BadRequest(f"{user.name!r} is a built-in account")
    del b.state.users[user.name]
    b.state.acl.pop(user.name, None)
    for sid in [s.sid for s in b.sessions.values() if s.user == user.name]:
        del b.sessions[sid]
    return Reply(204)


@RULES.handles("performUserAction")
def perform_user_action(b: Backend, ctx: Ctx) -> Reply:
    user = _user(b, ctx)
    action, body = ctx.params["actionid"], ctx.body or {}
    if action == "changePassword":
        if "password" not in body:
            raise E.BadRequest("changePassword needs 'password'")
        if ctx.user.role != "admin" and body.get("currentPassword") != user.password:
            raise E.BadRequest("the current password is wrong")
        user.password = body["password"]
    elif action in ("enable", "disable"):
        if user.name in BUILT_IN:
            raise E.BadRequest(f"{user.name!r} is a built-in account")
        user.enabled = action == "enable"
    elif action == "roleClear":
        user.role = ""
    else:
        raise E.ActionDoesNotExist(f"users have no action {action!r}")
    return Reply(204)


@RULES.handles("listUserFiles")
def list_user_files(b: Backend, ctx: Ctx) -> Reply:
    user = _user(b, ctx)
    return Reply(
        200,
        {"files": [{"id": n, "url": f"/users/{user.name}/files/{n}"} for n in sorted(user.files)]},
    )


def _file(b: Backend, ctx: Ctx) -> tuple[User, str]:
    user = _user(b, ctx)
    name = str(ctx.params["fileid"])
    if name not in user.files:
        raise E.FileidDoesNotExist(f"no file {name!r} in {user.name}'s area")
    return user, name


@RULES.handles("getUserFile")
def get_user_file(b: Backend, ctx: Ctx) -> Reply:
    user, name = _file(b, ctx)
    return Reply(
        200,
        {
            "download": f"/users/{user.name}/files/{name}/download",
            "lastUpdated": time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(b.clock.now())),
            "size": user.files.size(name),
        },
    )


@RULES.handles("downloadUserFile")
def download_user_file(b: Backend, ctx: Ctx) -> Reply:
    user, name = _file(b, ctx)
    return Reply(200, file=user.files.path(name))


@RULES.handles("deleteUserFile")
def delete_user_file(b: Backend, ctx: Ctx) -> Reply:
    user, name = _file(b, ctx)
    del user.files[name]
    return Reply(204)


@RULES.handles("uploadUserFile")
def upload_user_file(b: Backend, ctx: Ctx) -> Reply:
    user = _user(b, ctx)
    if user.name == "audit":
        raise E.UseridReservedForSystemUse()
    parts = ctx.body if isinstance(ctx.body, dict) else None
    if not parts or "file" not in parts:
        raise E.RequestNotAppropriate("upload one file as multipart/form-data, part name 'file'")
    filename, data = parts["file"]
    check_file_name(filename)
    if isinstance(data, bytes):
        user.files[filename] = data
    else:
        data.seek(0, 2)
        if data.tell() > MAX_UPLOAD:
            raise E.FileUploadLimitExceed(f"files are limited to {MAX_UPLOAD} bytes")
        data.seek(0)
        user.files.put_stream(filename, data)
    return Reply(204, headers={"Location": f"/users/{user.name}/files/{filename}"})


# ---- login certificates (certificate login: auth.py) ---------------------------------
@RULES.handles("createUserCertificate")
def create_user_certificate(b: Backend, ctx: Ctx) -> Reply:
    user = b.state.users.get(ctx.params["userid"])
    if user is None:
        raise E.InvalidUserid(f"no user {ctx.params['userid']!r}")
    cert = load_user_certificate(ctx.body["certificate"])
    if not isinstance(cert.public_key(), rsa.RSAPublicKey):
        raise E.BadRequest("only RSA certificates can be used for login")
    cid = cert.fingerprint(
        __import__("cryptography.hazmat.primitives.hashes", fromlist=["SHA1"]).SHA1()
    ).hex()[:32]
    user.certificates[cid] = cert.public_bytes(serialization.Encoding.PEM).decode()
    return Reply(204, headers={"Location": f"/users/{user.name}/certificates/{cid}"})


@RULES.handles("listUserCertificates")
def list_user_certificates(b: Backend, ctx: Ctx) -> Reply:
    user = b.state.users.get(ctx.params["userid"])
    if user is None:
        raise E.InvalidUserid()
    return Reply(
        200,
        {
            "certificates": [
                {"id": c, "url": f"/users/{user.name}/certificates/{c}"}
                for c in sorted(user.certificates)
            ]
        },
    )


@RULES.handles("getUserCertificate", "deleteUserCertificate")
def user_certificate(b: Backend, ctx: Ctx) -> Reply:
    user = b.state.users.get(ctx.params["userid"])
    cid = str(ctx.params["certificateid"])
    if user is None or cid not in user.certificates:
        raise E.NotFound(f"no certificate {cid!r}")
    if ctx.op.method == "DELETE":
        del user.certificates[cid]
        return Reply(204)
    return Reply(200, {"id": cid, "certificate": user.certificates[cid]})
