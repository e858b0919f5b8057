from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.snmp_trap import SnmpTrap
from ...types import UNSET, Response


def _get_kwargs(
    trapid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/lunasa/snmp/traps/{trapid}".format(
            trapid=quote(str(trapid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDescription | SnmpTrap | None:
    if response.status_code == 200:
        response_200 = SnmpTrap.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorDescription.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorDescription.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorDescription.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorDescription.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDescription | SnmpTrap]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    trapid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | SnmpTrap]:
    """Get an SNMP trap destination

     Returns one trap agent's settings: port, SNMPv3 user, security level,
    protocols, engine id and trap type. Passwords are never returned.

    Args:
        trapid (str): An IPv4 address, a full (eight-group) IPv6 address or a host name of at
            most 64 characters. v17 pattern of the SNMP trap pages, anchored as a
            whole (the reference's `^` and `$` bind to its first and last
            alternative only).
             Example: 1.2.3.4.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | SnmpTrap]
    """

    kwargs = _get_kwargs(
        trapid=trapid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    trapid: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | SnmpTrap | None:
    """Get an SNMP trap destination

     Returns one trap agent's settings: port, SNMPv3 user, security level,
    protocols, engine id and trap type. Passwords are never returned.

    Args:
        trapid (str): An IPv4 address, a full (eight-group) IPv6 address or a host name of at
            most 64 characters. v17 pattern of the SNMP trap pages, anchored as a
            whole (the reference's `^` and `$` bind to its first and last
            alternative only).
             Example: 1.2.3.4.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | SnmpTrap
    """

    return sync_detailed(
        trapid=trapid,
        client=client,
    ).parsed


async def asyncio_detailed(
    trapid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | SnmpTrap]:
    """Get an SNMP trap destination

     Returns one trap agent's settings: port, SNMPv3 user, security level,
    protocols, engine id and trap type. Passwords are never returned.

    Args:
        trapid (str): An IPv4 address, a full (eight-group) IPv6 address or a host name of at
            most 64 characters. v17 pattern of the SNMP trap pages, anchored as a
            whole (the reference's `^` and `$` bind to its first and last
            alternative only).
             Example: 1.2.3.4.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | SnmpTrap]
    """

    kwargs = _get_kwargs(
        trapid=trapid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    trapid: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | SnmpTrap | None:
    """Get an SNMP trap destination

     Returns one trap agent's settings: port, SNMPv3 user, security level,
    protocols, engine id and trap type. Passwords are never returned.

    Args:
        trapid (str): An IPv4 address, a full (eight-group) IPv6 address or a host name of at
            most 64 characters. v17 pattern of the SNMP trap pages, anchored as a
            whole (the reference's `^` and `$` bind to its first and last
            alternative only).
             Example: 1.2.3.4.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | SnmpTrap
    """

    return (
        await asyncio_detailed(
            trapid=trapid,
            client=client,
        )
    ).parsed
