from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...types import UNSET, Response


def _get_kwargs(
    hostid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/lunasa/syslog/remoteHosts/{hostid}".format(
            hostid=quote(str(hostid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorDescription | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = ErrorDescription.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorDescription.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorDescription.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorDescription]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    hostid: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ErrorDescription]:
    """Remove a remote syslog host

     Stops forwarding logs to this remote server and removes its settings.
    Only forwarding configuration is removed; logs kept on the appliance
    are not touched. Inferred from the collection (no page found).

    Args:
        hostid (str): An IPv4 address, a full (eight-group) IPv6 address or a host name of at
            most 64 characters. v17 pattern of the SNMP trap pages, anchored as a
            whole (the reference's `^` and `$` bind to its first and last
            alternative only).
             Example: 1.2.3.4.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription]
    """

    kwargs = _get_kwargs(
        hostid=hostid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hostid: str,
    *,
    client: AuthenticatedClient,
) -> Any | ErrorDescription | None:
    """Remove a remote syslog host

     Stops forwarding logs to this remote server and removes its settings.
    Only forwarding configuration is removed; logs kept on the appliance
    are not touched. Inferred from the collection (no page found).

    Args:
        hostid (str): An IPv4 address, a full (eight-group) IPv6 address or a host name of at
            most 64 characters. v17 pattern of the SNMP trap pages, anchored as a
            whole (the reference's `^` and `$` bind to its first and last
            alternative only).
             Example: 1.2.3.4.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription
    """

    return sync_detailed(
        hostid=hostid,
        client=client,
    ).parsed


async def asyncio_detailed(
    hostid: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ErrorDescription]:
    """Remove a remote syslog host

     Stops forwarding logs to this remote server and removes its settings.
    Only forwarding configuration is removed; logs kept on the appliance
    are not touched. Inferred from the collection (no page found).

    Args:
        hostid (str): An IPv4 address, a full (eight-group) IPv6 address or a host name of at
            most 64 characters. v17 pattern of the SNMP trap pages, anchored as a
            whole (the reference's `^` and `$` bind to its first and last
            alternative only).
             Example: 1.2.3.4.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription]
    """

    kwargs = _get_kwargs(
        hostid=hostid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hostid: str,
    *,
    client: AuthenticatedClient,
) -> Any | ErrorDescription | None:
    """Remove a remote syslog host

     Stops forwarding logs to this remote server and removes its settings.
    Only forwarding configuration is removed; logs kept on the appliance
    are not touched. Inferred from the collection (no page found).

    Args:
        hostid (str): An IPv4 address, a full (eight-group) IPv6 address or a host name of at
            most 64 characters. v17 pattern of the SNMP trap pages, anchored as a
            whole (the reference's `^` and `$` bind to its first and last
            alternative only).
             Example: 1.2.3.4.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription
    """

    return (
        await asyncio_detailed(
            hostid=hostid,
            client=client,
        )
    ).parsed
