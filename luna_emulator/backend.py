"""The appliance's rules: one method per operation, no HTTP.

``Backend.handle`` runs an operation for an authenticated session. Operations
without a hand-written handler go to ``generic.py``, which keeps their resources
as documents.
"""

from __future__ import annotations

import base64
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import errors as E
from .clock import Clock
from .generic import Generic
from .model import Hsm, NtlsClient, Partition, Session, State, User
from .spec_index import Operation, SpecIndex
from .tasks import TaskManager

__all__ = ["HANDLERS", "Backend", "Ctx", "Reply"]

SESSION_TIMEOUT = 600.0
RESERVED_IPS = frozenset({"127.0.0.1", "0.0.0.0", "::1"})  # noqa: S104 (names, not a bind)


@dataclass
class Reply:
    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    raw: bytes | None = None  # an octet-stream answer


@dataclass
class Ctx:
    op: Operation
    url: str
    params: dict[str, Any]
    query: dict[str, Any]
    body: Any
    media: str
    session: Session
    user: User


Handler = Callable[["Backend", Ctx], Reply]
HANDLERS: dict[str, Handler] = {}


def handles(*operation_ids: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        for oid in operation_ids:
            HANDLERS[oid] = fn
        return fn

    return register


DEFAULT_USERS = {
    "admin": ("PASSWORD1!a", "admin"),
    "operator": ("PASSWORD2!b", "operator"),
    "monitor": ("PASSWORD3!c", "monitor"),
}


class Backend:
    def __init__(self, index: SpecIndex, clock: Clock | None = None) -> None:
        self.index = index
        self.clock = clock or Clock()
        self.tasks = TaskManager(self.clock)
        self.generic = Generic(index)
        self.state = State()
        self.sessions: dict[str, Session] = {}
        self._critical: set[int] = set()
        self.reset()

    # -- seeding -------------------------------------------------------------
    def reset(
        self,
        *,
        hsm_serial: int = 151256,
        ped_based: bool = False,
        users: dict[str, tuple[str, str]] | None = None,
        force_so_login: bool = False,
    ) -> None:
        self.state = State(
            hsm=Hsm(serial=hsm_serial, ped_based=ped_based), force_so_login=force_so_login
        )
        for name, (password, role) in (users or DEFAULT_USERS).items():
            self.state.users[name] = User(name, password, role)
        self.sessions.clear()
        self.tasks.reset()

    # -- sessions ------------------------------------------------------------
    def authenticate_basic(self, name: str, password: str) -> User:
        user = self.state.users.get(name)
        if user is None or not secrets.compare_digest(user.password, password) or not user.enabled:
            raise E.AuthenticationFailed("bad user name or password")
        return user

    def user_session(self, user: User) -> Session:
        """The session shared by every Basic-auth request of one user."""
        sid = f"user:{user.name}"
        s = self.sessions.get(sid)
        if s is None:
            s = self.sessions[sid] = Session(sid, user.name, False, self.clock.now())
        s.last_seen = self.clock.now()
        return s

    def private_session(self, sid: str) -> Session:
        s = self.sessions.get(sid)
        if s is None or not s.private:
            raise E.NoSessionCookie("the session cookie names no open session")
        if self.clock.now() - s.last_seen > SESSION_TIMEOUT:
            del self.sessions[sid]
            raise E.NoSessionCookie("the session expired after 10 minutes without activity")
        s.last_seen = self.clock.now()
        return s

    def open_private_session(self, user: User) -> Session:
        sid = secrets.token_urlsafe(24)
        s = self.sessions[sid] = Session(sid, user.name, True, self.clock.now())
        return s

    # -- dispatch ------------------------------------------------------------
    def handle(self, ctx: Ctx) -> Reply:
        op = ctx.op
        if op.authenticated and ctx.user.role not in op.privileges:
            raise E.NoAclRule(f"role {ctx.user.role!r} may not {op.method} {op.path}")
        if op.private_session and not ctx.session.private:
            raise E.SessionNotPrivate("this resource needs a private session (POST /auth/session)")
        handler = HANDLERS.get(op.operation_id)
        if op.critical and any(
            n in self.tasks.tasks and not self.tasks.tasks[n].finished for n in self._critical
        ):
            raise E.CriticalOperationInProgress("another critical operation is in progress")
        run: Callable[[], Reply] = (
            (lambda: handler(self, ctx))
            if handler
            else (lambda: self.generic.handle(self.state, ctx))
        )
        protected = op.task == "protected" and (
            not op.protected_actions or ctx.params.get("actionid") in op.protected_actions
        )
        if (
            protected
            or op.task in ("always", "usually")
            or (op.task == "ped" and self.state.hsm.ped_based)
        ):
            reply = self._tasked(ctx, run, protected=protected)
        else:
            reply = run()
        if op.critical and reply.status == 202:
            self._critical.add(int(reply.headers["Location"].rsplit("/", 1)[1]))
        return reply

    def _tasked(self, ctx: Ctx, run: Callable[[], Reply], *, protected: bool) -> Reply:
        def work() -> tuple[int, Any]:
            reply = run()
            return reply.status, reply.body if reply.body is not None else {}

        task = self.tasks.submit(ctx.url, work, protected=protected)
        return Reply(202, task.body(), {"Location": task.url})

    def is_implemented(self, operation_id: str) -> str:
        return "handler" if operation_id in HANDLERS else "generic"


def _hsm(b: Backend, ctx: Ctx) -> Hsm:
    if ctx.params.get("hsmid") != b.state.hsm.serial:
        raise E.error_class("HSMPLUGIN_INVALID_HSM", 404, "HSM does not exist")(
            f"no HSM {ctx.params.get('hsmid')}"
        )
    return b.state.hsm


def _partition(b: Backend, ctx: Ctx) -> Partition:
    _hsm(b, ctx)
    p = b.state.partitions.get(ctx.params["partitionid"])
    if p is None:
        raise E.error_class("HSMPLUGIN_INVALID_PARTITION", 404, "Partition does not exist")(
            f"no partition {ctx.params['partitionid']}"
        )
    return p


def _require_so(b: Backend, ctx: Ctx) -> None:
    if "so" not in ctx.session.hsm_roles:
        raise E.error_class("APPLIANCE_REQUIRE_SO_LOGIN", 400, "HSM SO login required")(
            "log in as HSM SO first (POST /api/lunasa/hsms/{hsmid}/login)"
        )


# ---- auth -------------------------------------------------------------------
@handles("createSession")
def create_session(b: Backend, ctx: Ctx) -> Reply:
    s = b.open_private_session(ctx.user)
    return Reply(204, headers={"Set-Cookie": f"SESSIONID={s.sid}; Path=/; Secure; HttpOnly"})


@handles("deleteSession")
def delete_session(b: Backend, ctx: Ctx) -> Reply:
    if not ctx.session.private:
        raise E.NoSessionCookie("no private session to end")
    b.sessions.pop(ctx.session.sid, None)
    return Reply(204, headers={"Set-Cookie": "SESSIONID=; Path=/; Max-Age=0; Secure; HttpOnly"})


# ---- appliance --------------------------------------------------------------
@handles("getAppliance")
def get_appliance(b: Backend, ctx: Ctx) -> Reply:
    links = {
        k: f"/api/lunasa/{k}"
        for k in (
            "actions",
            "cluster",
            "config",
            "cpu",
            "disk",
            "hsms",
            "memory",
            "network",
            "ntls",
            "ntp",
            "packageFiles",
            "packages",
            "sensors",
            "services",
            "snmp",
            "ssh",
            "syslog",
            "time",
            "upgrades",
            "webServer",
        )
    }
    return Reply(
        200,
        {
            **links,
            "forceSoLogin": b.state.force_so_login,
            "systemStatus": "ISO (In Service Okay)",
            "systemStatusCodes": "61,62,63",
            "version": "7.8.4-254",
        },
    )


# ---- HSM ----------------------------------------------------------------------
def _hsm_body(h: Hsm) -> dict[str, Any]:
    return {
        "id": str(h.serial),
        "serialNumber": str(h.serial),
        "label": h.label,
        "firmwareVersion": h.firmware,
        "soLoginsLeft": h.so_logins_left,
        "state": "initialized" if h.initialized else "zeroized",
        "authentication": "ped" if h.ped_based else "password",
    }


@handles("listHsms")
def list_hsms(b: Backend, ctx: Ctx) -> Reply:
    h = b.state.hsm
    return Reply(200, {"hsms": [{"id": str(h.serial), "url": f"/api/lunasa/hsms/{h.serial}"}]})


@handles("getHsm")
def get_hsm(b: Backend, ctx: Ctx) -> Reply:
    return Reply(200, _hsm_body(_hsm(b, ctx)))


@handles("initializeHsm")
def initialize_hsm(b: Backend, ctx: Ctx) -> Reply:
    h = _hsm(b, ctx)
    body = ctx.body or {}
    if not h.ped_based and not body.get("password"):
        raise E.BadRequest("a password-based HSM needs 'password'")
    h.label, h.so_password, h.initialized = body["label"], body.get("password", ""), True
    h.domain, h.so_logins_left = body.get("domain", ""), 3
    b.state.partitions.clear()
    for s in b.sessions.values():
        s.hsm_roles.clear()
        s.partition_roles.clear()
    return Reply(204, headers={"Location": f"/api/lunasa/hsms/{h.serial}"})


def _zeroize(b: Backend) -> None:
    h = b.state.hsm
    h.initialized, h.so_password, h.label, h.so_logins_left = False, "", "", 3
    b.state.partitions.clear()
    for client in b.state.ntls_clients.values():
        client.links.clear()
    for s in b.sessions.values():
        s.hsm_roles.clear()
        s.partition_roles.clear()


@handles("loginHsm")
def login_hsm(b: Backend, ctx: Ctx) -> Reply:
    h = _hsm(b, ctx)
    body = ctx.body or {}
    role = body.get("role", "so")
    if not h.initialized:
        raise E.error_class("HSMPLUGIN_HSM_NOT_INITIALIZED", 400, "HSM is not initialized")()
    if role == "so" and not h.ped_based:
        if not secrets.compare_digest(body.get("password", ""), h.so_password):
            h.so_logins_left -= 1
            if h.so_logins_left <= 0:
                _zeroize(b)
                raise E.error_class("HSMPLUGIN_HSM_ZEROIZED", 400, "HSM was zeroized")(
                    "third wrong SO password: the HSM has been zeroized"
                )
            raise E.error_class("HSMPLUGIN_INCORRECT_PASSWORD", 400, "Incorrect password")(
                f"{h.so_logins_left} SO login attempts left"
            )
        h.so_logins_left = 3
    ctx.session.hsm_roles.add(role)
    return Reply(204, headers={"Location": f"/api/lunasa/hsms/{h.serial}/login/{role}/1"})


@handles("logoutHsm")
def logout_hsm(b: Backend, ctx: Ctx) -> Reply:
    h = _hsm(b, ctx)
    ctx.session.hsm_roles.clear()
    return Reply(204, headers={"Location": f"/api/lunasa/hsms/{h.serial}"})


@handles("performHsmAction")
def perform_hsm_action(b: Backend, ctx: Ctx) -> Reply:
    h = _hsm(b, ctx)
    action = ctx.params["actionid"]
    if action == "zeroize":  # protected: runs only once its Waiting task is started
        _zeroize(b)
        return Reply(200, {})
    if action == "factoryReset":
        _zeroize(b)
        h.policies.clear()
        return Reply(200, {})
    if action in ("selfTest", "stmTransport", "stmRecover"):
        return Reply(200, {})
    raise E.error_class("HSMPLUGIN_INVALID_ACTION", 404, "Action does not exist")(
        f"no action {action!r}"
    )


# ---- partitions -------------------------------------------------------------
def _partition_url(b: Backend, p: Partition) -> str:
    return f"/api/lunasa/hsms/{b.state.hsm.serial}/partitions/{p.serial}"


def _partition_body(b: Backend, p: Partition) -> dict[str, Any]:
    return {
        "id": str(p.serial),
        "serialNumber": str(p.serial),
        "name": p.name,
        "label": p.label,
        "state": p.state,
        "version": p.version,
        "hasPso": p.has_pso,
        "size": p.size,
        "roles": f"/api/lunasa/hsms/{b.state.hsm.serial}/partitions/{p.serial}/roles",
    }


@handles("listPartitions")
def list_partitions(b: Backend, ctx: Ctx) -> Reply:
    h = _hsm(b, ctx)
    return Reply(
        200,
        {
            "partitions": [
                {"id": str(s), "url": f"/api/lunasa/hsms/{h.serial}/partitions/{s}"}
                for s in sorted(b.state.partitions)
            ]
        },
    )


@handles("createPartition")
def create_partition(b: Backend, ctx: Ctx) -> Reply:
    h = _hsm(b, ctx)
    _require_so(b, ctx)
    body = ctx.body or {}
    serial = h.serial * 10000000 % 10**12 + 1000000 + len(b.state.partitions)
    while serial in b.state.partitions:
        serial += 1
    b.state.partitions[serial] = Partition(
        serial,
        body["name"],
        version=body.get("version", 0),
        has_pso=body.get("hasPso", True),
        size=body.get("size", 0),
    )
    return Reply(204, headers={"Location": f"/api/lunasa/hsms/{h.serial}/partitions/{serial}"})


@handles("getPartition")
def get_partition(b: Backend, ctx: Ctx) -> Reply:
    return Reply(200, _partition_body(b, _partition(b, ctx)))


@handles("deletePartition")
def delete_partition(b: Backend, ctx: Ctx) -> Reply:
    p = _partition(b, ctx)
    _require_so(b, ctx)
    del b.state.partitions[p.serial]
    for client in b.state.ntls_clients.values():
        client.links.pop(str(p.serial), None)
    return Reply(204)


@handles("initializePartition")
def initialize_partition(b: Backend, ctx: Ctx) -> Reply:
    p = _partition(b, ctx)
    body = ctx.body or {}
    p.label = body.get("label") or p.name
    p.state = "initialized"
    p.roles["so"].initialized, p.roles["so"].password = True, body.get("password", "")
    p.objects.clear()
    return Reply(
        204, headers={"Location": f"/api/lunasa/hsms/{b.state.hsm.serial}/partitions/{p.serial}"}
    )


@handles("loginPartition")
def login_partition(b: Backend, ctx: Ctx) -> Reply:
    p = _partition(b, ctx)
    body = ctx.body or {}
    role = body.get("role", "co")
    r = p.roles.get(role)
    if r is None or not r.initialized:
        raise E.error_class("HSMPLUGIN_ROLE_NOT_INITIALIZED", 400, "Role is not initialized")(
            f"role {role!r} of partition {p.serial} is not initialized"
        )
    if r.locked_out:
        raise E.error_class("HSMPLUGIN_ROLE_LOCKED_OUT", 400, "Role is locked out")()
    if not b.state.hsm.ped_based and not secrets.compare_digest(
        body.get("password", ""), r.password
    ):
        r.login_attempts_left -= 1
        r.locked_out = r.login_attempts_left <= 0
        raise E.error_class("HSMPLUGIN_INCORRECT_PASSWORD", 400, "Incorrect password")(
            f"{r.login_attempts_left} attempts left"
        )
    r.login_attempts_left = 10
    ctx.session.partition_roles.setdefault(p.serial, set()).add(role)
    return Reply(
        204,
        headers={"Location": f"{_partition_url(b, p)}/login/{role}/1"},
    )


@handles("logoutPartition")
def logout_partition(b: Backend, ctx: Ctx) -> Reply:
    p = _partition(b, ctx)
    ctx.session.partition_roles.pop(p.serial, None)
    return Reply(
        204, headers={"Location": f"/api/lunasa/hsms/{b.state.hsm.serial}/partitions/{p.serial}"}
    )


# ---- NTLS clients and links -------------------------------------------------
def _ntls_error(error_id: str, details: str) -> E.LunaError:
    return E.error_class(error_id, 400, details)(details)


def _client(b: Backend, ctx: Ctx) -> NtlsClient:
    c = b.state.ntls_clients.get(ctx.params["clientid"])
    if c is None:
        raise E.error_class("NTLS_NO_CLIENT", 404, "Client does not exist")(
            f"no NTLS client {ctx.params['clientid']!r}"
        )
    return c


@handles("listNtlsClients")
def list_ntls_clients(b: Backend, ctx: Ctx) -> Reply:
    return Reply(
        200,
        {
            "clients": [
                {"clientID": n, "url": f"/api/lunasa/ntls/clients/{n}"}
                for n in sorted(b.state.ntls_clients)
            ]
        },
    )


@handles("registerNtlsClient", "createNtlsClient")
def register_ntls_client(b: Backend, ctx: Ctx) -> Reply:
    body = ctx.body or {}
    if b.state.force_so_login:
        _require_so(b, ctx)
    name, ip, host = body["clientName"], body.get("ip", ""), body.get("hostname", "")
    if not ip and not host:
        raise _ntls_error("NTLS_MISSING_HOSTNAME_IP", "Give a hostname or an IP address")
    if ip and host:
        raise _ntls_error(
            "NTLS_PARAMETERS_NOT_APPROPRIATE", "Give a hostname or an IP address, not both"
        )
    if name in b.state.ntls_clients:
        raise _ntls_error("NTLS_CLIENT_ALREADY_EXISTS", f"client {name!r} already exists")
    for c in b.state.ntls_clients.values():
        if ip and c.ip == ip:
            raise _ntls_error("NTLS_DUPE_IP", f"IP {ip} is already registered")
        if host and c.hostname == host:
            raise _ntls_error("NTLS_DUPE_HOSTNAME", f"hostname {host} is already registered")
    if ip in RESERVED_IPS:
        raise _ntls_error("NTLS_RESERVED_IP_ADDRESS", f"IP {ip} is reserved")
    if host in ("localhost",):
        raise _ntls_error("NTLS_RESERVED_HOSTNAME", f"hostname {host} is reserved")
    b.state.ntls_clients[name] = NtlsClient(name, ip, host, body.get("certificate", ""))
    return Reply(200, {"client": name}, {"Location": f"/api/lunasa/ntls/clients/{name}"})


@handles("getNtlsClient")
def get_ntls_client(b: Backend, ctx: Ctx) -> Reply:
    c = _client(b, ctx)
    url = f"/api/lunasa/ntls/clients/{c.name}"
    return Reply(
        200,
        {
            "clientID": c.name,
            "ip": c.ip,
            "hostname": c.hostname,
            "htlRequired": False,
            "ottExpiry": 0,
            "actions": f"{url}/actions",
            "links": f"{url}/links",
        },
    )


@handles("deleteNtlsClient")
def delete_ntls_client(b: Backend, ctx: Ctx) -> Reply:
    c = _client(b, ctx)
    del b.state.ntls_clients[c.name]
    return Reply(204)


@handles("listNtlsClientLinks")
def list_links(b: Backend, ctx: Ctx) -> Reply:
    c = _client(b, ctx)
    return Reply(
        200,
        {
            "links": [
                {"id": k, "url": f"/api/lunasa/ntls/clients/{c.name}/links/{k}"}
                for k in sorted(c.links)
            ]
        },
    )


@handles("createNtlsClientLink", "linkNtlsClientPartition", "assignNtlsClientPartition")
def create_link(b: Backend, ctx: Ctx) -> Reply:
    c = _client(b, ctx)
    url = (ctx.body or {}).get("url", "")
    prefix = f"/api/lunasa/hsms/{b.state.hsm.serial}/partitions/"
    serial = url[len(prefix) :] if url.startswith(prefix) else ""
    if not serial.isdigit() or int(serial) not in b.state.partitions:
        raise E.error_class("HSMPLUGIN_INVALID_PARTITION", 404, "Partition does not exist")(
            f"{url!r} names no partition of this HSM"
        )
    c.links[serial] = url
    return Reply(204, headers={"Location": f"/api/lunasa/ntls/clients/{c.name}/links/{serial}"})


def _link(b: Backend, ctx: Ctx) -> tuple[NtlsClient, str]:
    c = _client(b, ctx)
    link = str(ctx.params["linkid"])
    if link not in c.links:
        raise E.error_class("NTLS_NO_LINK", 404, "Link does not exist")(f"no link {link!r}")
    return c, link


@handles("getNtlsClientLink")
def get_link(b: Backend, ctx: Ctx) -> Reply:
    c, link = _link(b, ctx)
    return Reply(200, {"url": c.links[link], "type": "hsm/partition"})


@handles("deleteNtlsClientLink")
def delete_link(b: Backend, ctx: Ctx) -> Reply:
    c, link = _link(b, ctx)
    del c.links[link]
    return Reply(204)


# ---- tasks ------------------------------------------------------------------
def _task_number(ctx: Ctx) -> int:
    raw = str(ctx.params["taskid"])
    if not raw.isdigit():
        raise E.TaskDoesNotExist(f"task {raw!r} does not exist")
    return int(raw)


@handles("listTasks")
def list_tasks(b: Backend, ctx: Ctx) -> Reply:
    return Reply(200, {"tasks": [t.body() for t in b.tasks.all()]})


@handles("getTask")
def get_task(b: Backend, ctx: Ctx) -> Reply:
    t = b.tasks.poll(_task_number(ctx))
    if t.finished:
        return Reply(303, t.body(), {"Location": f"{t.url}/response"})
    return Reply(200, t.body())


@handles("getTaskResponse")
def get_task_response(b: Backend, ctx: Ctx) -> Reply:
    t = b.tasks.response(_task_number(ctx))
    body = t.result if isinstance(t.result, dict) else {}
    return Reply(200, body)


@handles("deleteTask")
def delete_task(b: Backend, ctx: Ctx) -> Reply:
    b.tasks.delete(_task_number(ctx))
    return Reply(204)


@handles("deleteTasks")
def delete_tasks(b: Backend, ctx: Ctx) -> Reply:
    b.tasks.delete_stale()
    return Reply(204)


@handles("listTaskActions")
def list_task_actions(b: Backend, ctx: Ctx) -> Reply:
    t = b.tasks.get(_task_number(ctx))
    actions = [{"id": "start", "url": f"{t.url}/actions/start"}] if t.state == "Waiting" else []
    return Reply(200, {"actions": actions})


@handles("performTaskAction")
def perform_task_action(b: Backend, ctx: Ctx) -> Reply:
    number = _task_number(ctx)
    if ctx.params["actionid"] != "start":
        b.tasks.get(number)
        raise E.ActionDoesNotExist(f"tasks have no action {ctx.params['actionid']!r}")
    t = b.tasks.start(number)
    return Reply(204, headers={"Location": t.url})


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


# hand-written handlers of the other families register themselves on import
from . import handlers as _handlers  # noqa: E402

del _handlers
