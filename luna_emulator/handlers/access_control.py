"""Access control: custom appliance roles (``/roles``) and the REST access-control list
(``/acl``, ``/roles/{roleid}/resources``).

One store holds the access of custom users and roles, ``State.acl`` (name -> entries,
one ``METHOD:/path`` each), and the dispatch reads it for every request
(``luna_emulator/access.py``). The built-in roles and accounts (admin, operator, monitor)
are not changeable: their access is the spec's ``x-luna-privileges``, shown here as
entries but never replaced, so an ACL upload cannot lock the admin out (the reference's
``PUT /acl`` and ``PATCH /acl`` pages).

The ACL file is CSV, one ``name,METHOD:/path`` row per entry (the reference names the
format only as "what GET /acl answers"); a role's resource list is the same entries
without the name, one per line.
"""

from __future__ import annotations

import re

from .. import errors as E
from ..access import BUILT_IN_ROLES, entry
from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules
from ..model import AccessRole

RULES: Rules[Backend] = Rules()

__all__ = ["parse_acl", "parse_entries"]

_ENTRY = re.compile(r"^(GET|PUT|POST|PATCH|DELETE):(/[\x21-\x7e]*)$")
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9._-]{0,63}$")


def parse_entries(text: str, where: str) -> list[str]:
    """``METHOD:/path`` lines (blank lines skipped), refused whole on one bad line."""
    entries: list[str] = []
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line:
            continue
        if not _ENTRY.match(line):
            raise E.BadRequest(f"{where} line {n}: {line[:80]!r} is not METHOD:/path")
        if line not in entries:
            entries.append(line)
    return entries


def parse_acl(data: bytes) -> dict[str, list[str]]:
    """The CSV rows ``name,METHOD:/path`` of an ACL file, by name."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise E.BadRequest("the ACL file is not UTF-8 text") from None
    acl: dict[str, list[str]] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        name, sep, resource = (part.strip() for part in line.partition(","))
        if not sep or not _NAME.match(name):
            raise E.BadRequest(f"ACL line {n}: {line[:80]!r} is not name,METHOD:/path")
        acl.setdefault(name, [])
        for e in parse_entries(resource, f"ACL line {n}"):
            if e not in acl[name]:
                acl[name].append(e)
    return acl


def _body_bytes(ctx: Ctx) -> bytes:
    body = ctx.body
    if isinstance(body, bytes):
        return body
    if body is not None and hasattr(body, "read"):
        body.seek(0)
        data = body.read()
        return data if isinstance(data, bytes) else str(data).encode()
    raise E.BadRequest("send the list as an octet-stream body")


def _built_in_entries(b: Backend, role: str) -> list[str]:
    """A built-in role's access: every operation whose x-luna-privileges name it."""
    return sorted(
        {
            entry(op.method, op.path)
            for op in b.index.operations.values()
            if op.authenticated and role in op.privileges
        }
    )


def _role_name(b: Backend, ctx: Ctx) -> str:
    name = str(ctx.params["roleid"])
    if name not in BUILT_IN_ROLES and name not in b.state.roles:
        raise E.NotFound(f"no role {name!r}")
    return name


def _changeable(b: Backend, ctx: Ctx) -> str:
    name = _role_name(b, ctx)
    if name in BUILT_IN_ROLES:
        raise E.BadRequest(f"{name!r} is a built-in role: it is not changeable")
    return name


# ---- roles -----------------------------------------------------------------------------
@RULES.handles("listRoles")
def list_roles(b: Backend, ctx: Ctx) -> Reply:
    names = sorted(BUILT_IN_ROLES) + sorted(b.state.roles)
    return Reply(200, {"roles": [{"id": n, "url": f"/roles/{n}"} for n in names]})


@RULES.handles("createRole")
def create_role(b: Backend, ctx: Ctx) -> Reply:
    body = ctx.body
    name = body["roleId"]
    if name in BUILT_IN_ROLES or name in b.state.roles or name == "audit":
        raise E.BadRequest(f"role {name!r} already exists")
    lunash_file = body.get("file", "")
    if lunash_file and lunash_file not in ctx.user.files:
        raise E.BadRequest(f"no file {lunash_file!r} in {ctx.user.name}'s file area")
    b.state.roles[name] = AccessRole(name, body.get("fullName", ""), lunash_file)
    b.state.acl.setdefault(name, [])
    return Reply(204, headers={"Location": f"/roles/{name}"})


@RULES.handles("getRole")
def get_role(b: Backend, ctx: Ctx) -> Reply:
    name = _role_name(b, ctx)
    role = b.state.roles.get(name)
    return Reply(
        200,
        {
            "roleId": name,
            "fullName": role.full_name if role else "",
            "resources": f"/roles/{name}/resources",
        },
    )


@RULES.handles("deleteRole")
def delete_role(b: Backend, ctx: Ctx) -> Reply:
    """The role and its access go; users holding it keep the name and lose the access."""
    name = _changeable(b, ctx)
    del b.state.roles[name]
    b.state.acl.pop(name, None)
    return Reply(204)


@RULES.handles("getRoleResources")
def get_role_resources(b: Backend, ctx: Ctx) -> Reply:
    name = _role_name(b, ctx)
    entries = _built_in_entries(b, name) if name in BUILT_IN_ROLES else b.state.acl.get(name, [])
    return Reply(200, raw="".join(f"{e}\n" for e in entries).encode())


@RULES.handles("replaceRoleResources")
def replace_role_resources(b: Backend, ctx: Ctx) -> Reply:
    name = _changeable(b, ctx)
    try:
        text = _body_bytes(ctx).decode("utf-8")
    except UnicodeDecodeError:
        raise E.BadRequest("the resource list is not UTF-8 text") from None
    b.state.acl[name] = parse_entries(text, "resource list")
    return Reply(204)


# ---- the ACL ---------------------------------------------------------------------------
@RULES.handles("getAcl")
def get_acl(b: Backend, ctx: Ctx) -> Reply:
    rows = [f"{r},{e}" for r in sorted(BUILT_IN_ROLES) for e in _built_in_entries(b, r)]
    rows += [f"{n},{e}" for n in sorted(b.state.acl) for e in b.state.acl[n]]
    return Reply(200, raw="".join(f"{row}\n" for row in rows).encode())


def _changeable_part(acl: dict[str, list[str]]) -> dict[str, list[str]]:
    """Entries of the built-in roles and accounts are not changeable: they are left out."""
    return {n: e for n, e in acl.items() if n not in BUILT_IN_ROLES}


@RULES.handles("replaceAcl")
def replace_acl(b: Backend, ctx: Ctx) -> Reply:
    """Every custom entry not in the file goes (the file is checked whole first)."""
    b.state.acl = _changeable_part(parse_acl(_body_bytes(ctx)))
    return Reply(204)


@RULES.handles("updateAcl")
def update_acl(b: Backend, ctx: Ctx) -> Reply:
    """The file's entries are set for the names it lists; other names keep theirs."""
    b.state.acl.update(_changeable_part(parse_acl(_body_bytes(ctx))))
    return Reply(204)
