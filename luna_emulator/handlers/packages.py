"""Secure packages and upgrades.

Packages (``.spkg``) are verified and installed from the caller's file area or a
multipart upload; they need the HSM SO logged in unless ``useEvp``. Upgrades (``.lic``)
need the HSM SO; the same licence cannot be applied twice. A package or licence file
"verifies" when it is not empty; its name and version come from the file name
(``name-1.2.3.spkg``)."""

from __future__ import annotations

import hashlib
import re
import time
from typing import Any

from .. import errors as E
from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules
from ..requires import body_flag
from .common import caller_file, write_log

RULES: Rules[Backend] = Rules()

__all__ = ["RULES"]


_BadName = E.FilenameNotValid


_PACKAGE = re.compile(r"^(?P<name>.+?)-(?P<version>[0-9][A-Za-z0-9._-]*)\.(?:spkg|lic)$")


_AUTH_CODE = re.compile(r"^[A-Za-z0-9/]{16}$")


@RULES.handles("listPackageFiles")
def list_package_files(b: Backend, ctx: Ctx) -> Reply:
    user = b.state.users.get(ctx.user.name)
    names = sorted(n for n in (user.files if user else ()) if n.lower().endswith(".spkg"))
    base = f"/users/{ctx.user.name}/files"
    return Reply(200, {"packageFiles": [{"id": n, "url": f"{base}/{n}"} for n in names]})


@RULES.handles("listPackages")
def list_packages(b: Backend, ctx: Ctx) -> Reply:
    packages = b.state.appliance.packages
    return Reply(200, {"packages": [dict(packages[n]) for n in sorted(packages)]})


def _package_request(b: Backend, ctx: Ctx) -> tuple[str, bytes, dict[str, Any]]:
    """(file name, content, options) from a JSON body or a multipart upload."""
    body = ctx.body
    if isinstance(body, dict) and isinstance(body.get("file"), tuple):
        filename, content = body["file"]
        code = body.get("authCode", ("", b""))[1].decode("utf-8", "replace").strip()
        if not _AUTH_CODE.match(code):
            raise E.BadRequest("authCode is the package's 16-character authorization code")
        options = {k: body_flag(body.get(k)) for k in ("useDes3", "useEvp")}
        return filename, content, options
    if isinstance(body, dict) and isinstance(body.get("file"), str):
        options = {k: body_flag(body.get(k)) for k in ("useDes3", "useEvp")}
        if not body["file"].lower().endswith(".spkg"):
            raise _BadName(f"{body['file']!r}: a .spkg file is expected")
        return body["file"], b"", options
    raise E.BadRequest("send {file, authCode} as JSON or as a multipart upload")


@RULES.handles("installPackageFile")
def install_package_file(b: Backend, ctx: Ctx) -> Reply:
    """Tasked: verifies (and, unless ``VerifyOnly``, installs) a secure package."""
    filename, content, options = _package_request(b, ctx)
    if options["useDes3"] and options["useEvp"]:  # (the HSM SO login: x-luna-requires)
        raise E.BadRequest("useDes3 and useEvp exclude each other")
    if not filename.lower().endswith(".spkg"):
        raise _BadName(f"{filename!r}: a .spkg file is expected")
    if isinstance(ctx.body, dict) and isinstance(ctx.body.get("file"), str):
        content = caller_file(b, ctx, filename, ".spkg", _BadName)
    if not content:
        raise E.BadRequest(f"{filename}: the package does not verify")
    m = _PACKAGE.match(filename)
    name, version = (m["name"], m["version"]) if m else (filename[: -len(".spkg")], "1.0")
    if ctx.query.get("VerifyOnly"):
        write_log(b, "messages", "spkg", f"{filename} verified")
        return Reply(204)
    b.state.appliance.packages[name] = {
        "name": name,
        "version": version,
        "installed": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(b.clock.now())),
    }
    write_log(b, "messages", "spkg", f"{filename} verified and installed")
    return Reply(204)


@RULES.handles("listUpgrades")
def list_upgrades(b: Backend, ctx: Ctx) -> Reply:
    ids = sorted(b.state.appliance.upgrades)
    return Reply(200, {"upgrades": [{"id": i, "url": f"/api/lunasa/upgrades/{i}"} for i in ids]})


@RULES.handles("applyUpgrade")
def apply_upgrade(b: Backend, ctx: Ctx) -> Reply:
    """Protected: applies a licence once its Waiting task is started (HSM SO needed)."""
    if isinstance(ctx.body, bytes):
        filename, content = "", ctx.body
    else:
        filename = str((ctx.body or {}).get("file", ""))
        if not filename.lower().endswith(".lic"):
            raise _BadName(f"{filename!r}: a .lic file is expected")
        user = b.state.users.get(ctx.user.name)
        if user is None or filename not in user.files:
            raise E.UpgradeConfigFilesDoNotExist(
                f"no file {filename!r} in {ctx.user.name}'s file area"
            )
        content = bytes(user.files[filename])
    if not content.strip():
        raise E.UpgradeUploadedLicenseInvalid("the licence file is empty")
    uid = hashlib.sha256(content).hexdigest()[:16]
    if uid in b.state.appliance.upgrades:
        raise E.UpgradeLicenseAlreadyApplied(f"this licence was applied as {uid}")
    b.state.appliance.upgrades[uid] = {
        "id": uid,
        "file": filename,
        "applied": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(b.clock.now())),
    }
    return Reply(204, headers={"Location": f"/api/lunasa/upgrades/{uid}"})
