from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.network_device import NetworkDevice
from ...types import UNSET, Response


def _get_kwargs(
    deviceid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/lunasa/network/devices/{deviceid}".format(
            deviceid=quote(str(deviceid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDescription | NetworkDevice | None:
    if response.status_code == 200:
        response_200 = NetworkDevice.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDescription | NetworkDevice]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    deviceid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | NetworkDevice]:
    """Get a network device

     Returns one network interface's configuration and state. Shape not documented.

    Args:
        deviceid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | NetworkDevice]
    """

    kwargs = _get_kwargs(
        deviceid=deviceid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    deviceid: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | NetworkDevice | None:
    """Get a network device

     Returns one network interface's configuration and state. Shape not documented.

    Args:
        deviceid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | NetworkDevice
    """

    return sync_detailed(
        deviceid=deviceid,
        client=client,
    ).parsed


async def asyncio_detailed(
    deviceid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | NetworkDevice]:
    """Get a network device

     Returns one network interface's configuration and state. Shape not documented.

    Args:
        deviceid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | NetworkDevice]
    """

    kwargs = _get_kwargs(
        deviceid=deviceid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    deviceid: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | NetworkDevice | None:
    """Get a network device

     Returns one network interface's configuration and state. Shape not documented.

    Args:
        deviceid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | NetworkDevice
    """

    return (
        await asyncio_detailed(
            deviceid=deviceid,
            client=client,
        )
    ).parsed
