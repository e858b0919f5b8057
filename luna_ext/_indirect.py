"""Indirect login (guide ch. 4): a partition of an admin HSM vouches for a role on a
service HSM, so the service HSM's SO logs in without typing a password or using a PED.

Three flows, named by the API's ``type`` query parameter:

``legacyKey``
    the service HSM has firmware 7.4 or older; the partition's RSA public key
    (``exponent``, ``modulus``) is loaded for the SO. As the guide shows, the service
    HSM is not sent ``?type=`` (older firmware does not know it).
``key``
    firmware 7.7, indirect-login protocol v1.1; the same key, loaded with ``?type=key``.
    Not available on version 1 partitions.
``pkc``
    firmware 7.7, protocol v2.0; the partition exports a public-key-confirmation chain
    (``pkcChain``: the key's certificate and the admin HSM's certificate that issued it),
    loaded with ``?type=pkc`` for the ``roles`` given.

Each flow has two halves, one call each:

* ``setup_indirect_login`` (once): export the key from the admin partition, load it onto
  the service HSM.
* ``indirect_login`` (each time): the admin partition's token-wrapping certificate, a
  challenge of the service HSM for a role and that certificate, the partition's response
  to it, and the login of the service session with that response.

Logging in and out is the caller's part: the admin session must be logged in to the
partition as Crypto Officer, and for the set-up the service session as HSM SO (the
guide's "log out" steps are left to the caller too). Challenges and responses belong to
the REST session that asked for them, so use the same ``LunaSession`` objects throughout
one ``indirect_login``.

Failures are luna_ext's typed errors (``LunaApiError`` and its subclasses, ``TaskFailed``
for a tasked login that ends in Error) whose message names the step that failed. The
exchanged blobs (key, certificate, challenge, response) are never logged nor put in an
error; the module's DEBUG log (``luna_ext.indirect``) names the steps and paths only.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Literal, get_args

import httpx

from ._errors import LunaApiError, LunaError
from ._logging import RedactingFilter
from ._session import LunaSession

__all__ = ["FLOWS", "IndirectLoginFlow", "indirect_login", "setup_indirect_login"]

IndirectLoginFlow = Literal["legacyKey", "key", "pkc"]
"""The indirect-login flows of guide ch. 4 (the API's ``type`` query parameter)."""

FLOWS: tuple[IndirectLoginFlow, ...] = get_args(IndirectLoginFlow)

_log = logging.getLogger("luna_ext.indirect")
_log.addFilter(RedactingFilter())

_ADMIN_LOGIN_HINT = "log the admin session in to the partition as Crypto Officer first"
_SO_LOGIN_HINT = "log the service session in as HSM SO first"
_HINTS: dict[str, str] = {
    "APPLIANCE_REQUIRE_SO_LOGIN": _SO_LOGIN_HINT,
    "HSMPLUGIN_PARTITION_USER_NOT_AUTHENTICATED": _ADMIN_LOGIN_HINT,
}


def _check_flow(flow: str) -> None:
    if flow not in FLOWS:
        raise ValueError(f"flow must be one of {', '.join(FLOWS)}, not {flow!r}")


def _base(url: str) -> str:
    return url.rstrip("/")


@contextmanager
def _step(flow: str, what: str) -> Iterator[None]:
    """Name the failed step in the message of a typed error (type and fields unchanged)."""
    _log.debug("indirect login (flow=%s): %s", flow, what)
    try:
        yield
    except LunaError as err:
        hint = _HINTS.get(err.error_id, "") if isinstance(err, LunaApiError) else ""
        text = str(err.args[0]) if err.args else type(err).__name__
        err.args = (
            f"indirect login (flow={flow}), {what} failed: {text}" + (f"; {hint}" if hint else ""),
        )
        raise


def _fields(response: httpx.Response, *names: str) -> dict[str, str]:
    """The named string fields of a success answer; a typed error, without the body's
    values, if one is missing."""
    try:
        body: Any = response.json()
    except ValueError:
        body = None
    values = {n: body.get(n) for n in names} if isinstance(body, dict) else {}
    missing = [n for n in names if not isinstance(values.get(n), str) or not values[n]]
    if missing:
        request = response.request
        raise LunaApiError(
            response.status_code,
            "UNEXPECTED_ANSWER",
            "Unexpected answer",
            f"the answer has no {', '.join(repr(n) for n in missing)}",
            method=request.method,
            path=request.url.path,
        )
    return {n: str(values[n]) for n in names}


def setup_indirect_login(
    admin: LunaSession,
    admin_partition_url: str,
    service: LunaSession,
    service_hsm_url: str,
    *,
    flow: IndirectLoginFlow,
    roles: str = "so,co,cu,lco",
) -> None:
    """Set up indirect login (guide ch. 4, "Setting Up Indirect Login"), once per flow.

    Exports the indirect-login key (``legacyKey``, ``key``) or the PKC chain (``pkc``) of
    the admin partition (``GET {admin_partition_url}/indirect/key?type=...``) and loads it
    onto the service HSM (``POST {service_hsm_url}/indirect/key``).

    Args:
        admin: a session on the admin HSM's appliance, logged in to the partition as
            Crypto Officer (the caller does that).
        admin_partition_url: the partition's path, ``/api/lunasa/hsms/{id}/partitions/{id}``.
        service: a session on the service HSM's appliance, logged in as HSM SO.
        service_hsm_url: the service HSM's path, ``/api/lunasa/hsms/{id}``.
        flow: ``legacyKey`` (service HSM firmware 7.4 or older), ``key`` (firmware 7.7,
            protocol v1.1) or ``pkc`` (firmware 7.7, protocol v2.0).
        roles: the comma-separated roles to set up; sent with ``pkc`` only (the guide's
            ``legacyKey`` and ``key`` requests carry no roles: the key serves the SO).

    Raises:
        ValueError: ``flow`` is not one of the three.
        LunaApiError: the appliance refused a step (``LunaAuthenticationError`` when a
            session is not logged in where it must be); the message names the step.
    """
    _check_flow(flow)
    partition, hsm = _base(admin_partition_url), _base(service_hsm_url)
    what = "the PKC chain" if flow == "pkc" else "the indirect-login public key"

    with _step(flow, f"exporting {what} from the admin partition"):
        answer = admin.request("GET", f"{partition}/indirect/key", params={"type": flow})
        if flow == "pkc":
            body: dict[str, str] = {"roles": roles, **_fields(answer, "pkcChain")}
        else:
            body = _fields(answer, "exponent", "modulus")

    # the guide loads a legacy key without ?type= (firmware 7.4 and older predates it)
    params = None if flow == "legacyKey" else {"type": flow}
    with _step(flow, f"loading {what} onto the service HSM"):
        service.wait_for_task(
            service.request("POST", f"{hsm}/indirect/key", json=body, params=params)
        )


def indirect_login(
    admin: LunaSession,
    admin_partition_url: str,
    service: LunaSession,
    service_hsm_url: str,
    *,
    flow: IndirectLoginFlow,
    role: str = "so",
    ped: str = "1",
) -> None:
    """Log the service session in to the service HSM indirectly (guide ch. 4, "Using
    Indirect Login"); ``setup_indirect_login`` must have loaded the key for ``flow``.

    1. the admin partition's token-wrapping certificate
       (``GET {admin_partition_url}/certificate?type=...``);
    2. a challenge of the service HSM for ``role`` and that certificate
       (``POST {service_hsm_url}/indirect/challenges``);
    3. the admin partition's response to it
       (``POST {admin_partition_url}/indirect/responses?type=...``);
    4. the login (``POST {service_hsm_url}/login`` with the response), waited for if the
       appliance tasks it.

    Afterwards the service session is logged in as ``role``. The certificate, challenge
    and response are neither logged nor kept.

    Args:
        admin: a session on the admin HSM's appliance, logged in to the partition as
            Crypto Officer (the caller does that).
        admin_partition_url: the partition's path, ``/api/lunasa/hsms/{id}/partitions/{id}``.
        service: the session to log in, on the service HSM's appliance.
        service_hsm_url: the service HSM's path, ``/api/lunasa/hsms/{id}``.
        flow: the flow the key was set up for: ``legacyKey``, ``key`` or ``pkc``.
        role: the HSM role to log in (``so`` by default).
        ped: the PED named in the challenge request (the guide's ``"1"``; ignored by
            password-authenticated HSMs).

    Raises:
        ValueError: ``flow`` is not one of the three.
        LunaApiError: the appliance refused a step, e.g. a ``flow`` other than the loaded
            key's, or no key loaded for ``role``; the message names the step.
        TaskFailed: a tasked login ended in Error.
    """
    _check_flow(flow)
    partition, hsm = _base(admin_partition_url), _base(service_hsm_url)

    with _step(flow, "getting the token-wrapping certificate from the admin partition"):
        answer = admin.request("GET", f"{partition}/certificate", params={"type": flow})
        certificate = _fields(answer, "certificate")["certificate"]

    with _step(flow, f"getting a challenge for role {role!r} from the service HSM"):
        answer = service.request(
            "POST",
            f"{hsm}/indirect/challenges",
            json={"role": role, "ped": ped, "certificate": certificate},
        )
        challenge = _fields(answer, "challenge")["challenge"]

    with _step(flow, "getting the response to the challenge from the admin partition"):
        answer = admin.request(
            "POST",
            f"{partition}/indirect/responses",
            json={"challenge": challenge},
            params={"type": flow},
        )
        response = _fields(answer, "response")["response"]

    with _step(flow, f"logging in to the service HSM as {role!r} with the response"):
        service.wait_for_task(service.request("POST", f"{hsm}/login", json={"response": response}))
    _log.debug("indirect login (flow=%s): the service session is logged in as %r", flow, role)
