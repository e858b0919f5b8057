from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.network_route import NetworkRoute
from ...types import UNSET, Response


def _get_kwargs(
    deviceid: str,
    routeid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/lunasa/network/devices/{deviceid}/routes/{routeid}".format(
            deviceid=quote(str(deviceid), safe=""),
            routeid=quote(str(routeid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDescription | NetworkRoute | None:
    if response.status_code == 200:
        response_200 = NetworkRoute.from_dict(response.json())

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
) -> Response[ErrorDescription | NetworkRoute]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    deviceid: str,
    routeid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | NetworkRoute]:
    """Get a static route

     Returns one static route (the fields it was added with). No page of
    its own was found: it is the GET of the documented route resource.

    Args:
        deviceid (str):
        routeid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | NetworkRoute]
    """

    kwargs = _get_kwargs(
        deviceid=deviceid,
        routeid=routeid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    deviceid: str,
    routeid: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | NetworkRoute | None:
    """Get a static route

     Returns one static route (the fields it was added with). No page of
    its own was found: it is the GET of the documented route resource.

    Args:
        deviceid (str):
        routeid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | NetworkRoute
    """

    return sync_detailed(
        deviceid=deviceid,
        routeid=routeid,
        client=client,
    ).parsed


async def asyncio_detailed(
    deviceid: str,
    routeid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | NetworkRoute]:
    """Get a static route

     Returns one static route (the fields it was added with). No page of
    its own was found: it is the GET of the documented route resource.

    Args:
        deviceid (str):
        routeid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | NetworkRoute]
    """

    kwargs = _get_kwargs(
        deviceid=deviceid,
        routeid=routeid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    deviceid: str,
    routeid: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | NetworkRoute | None:
    """Get a static route

     Returns one static route (the fields it was added with). No page of
    its own was found: it is the GET of the documented route resource.

    Args:
        deviceid (str):
        routeid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | NetworkRoute
    """

    return (
        await asyncio_detailed(
            deviceid=deviceid,
            routeid=routeid,
            client=client,
        )
    ).parsed
