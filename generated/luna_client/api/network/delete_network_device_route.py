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
    *,
    body: NetworkRoute,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/lunasa/network/devices/{deviceid}/routes/{routeid}".format(
            deviceid=quote(str(deviceid), safe=""),
            routeid=quote(str(routeid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.safenetinc.lunasa+json;version=17"

    _kwargs["headers"] = headers
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
    deviceid: str,
    routeid: str,
    *,
    client: AuthenticatedClient,
    body: NetworkRoute,
) -> Response[Any | ErrorDescription]:
    """Remove a static route

     Removes the route. The body repeats the route (`routeType`,
    `destination`, `netmask`; `gateway` when the route was added with
    one) and must match it. The vendor strongly advises doing this over
    the serial console, since removing a route can cut the caller off.
    The page's responses were not readable; 204 and the 404 follow the
    family.

    Args:
        deviceid (str):
        routeid (str):
        body (NetworkRoute): A static route of a network device (v17 route page). `gateway` must
            be
            repeated when deleting a route that was added with one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription]
    """

    kwargs = _get_kwargs(
        deviceid=deviceid,
        routeid=routeid,
        body=body,
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
    body: NetworkRoute,
) -> Any | ErrorDescription | None:
    """Remove a static route

     Removes the route. The body repeats the route (`routeType`,
    `destination`, `netmask`; `gateway` when the route was added with
    one) and must match it. The vendor strongly advises doing this over
    the serial console, since removing a route can cut the caller off.
    The page's responses were not readable; 204 and the 404 follow the
    family.

    Args:
        deviceid (str):
        routeid (str):
        body (NetworkRoute): A static route of a network device (v17 route page). `gateway` must
            be
            repeated when deleting a route that was added with one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription
    """

    return sync_detailed(
        deviceid=deviceid,
        routeid=routeid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    deviceid: str,
    routeid: str,
    *,
    client: AuthenticatedClient,
    body: NetworkRoute,
) -> Response[Any | ErrorDescription]:
    """Remove a static route

     Removes the route. The body repeats the route (`routeType`,
    `destination`, `netmask`; `gateway` when the route was added with
    one) and must match it. The vendor strongly advises doing this over
    the serial console, since removing a route can cut the caller off.
    The page's responses were not readable; 204 and the 404 follow the
    family.

    Args:
        deviceid (str):
        routeid (str):
        body (NetworkRoute): A static route of a network device (v17 route page). `gateway` must
            be
            repeated when deleting a route that was added with one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription]
    """

    kwargs = _get_kwargs(
        deviceid=deviceid,
        routeid=routeid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    deviceid: str,
    routeid: str,
    *,
    client: AuthenticatedClient,
    body: NetworkRoute,
) -> Any | ErrorDescription | None:
    """Remove a static route

     Removes the route. The body repeats the route (`routeType`,
    `destination`, `netmask`; `gateway` when the route was added with
    one) and must match it. The vendor strongly advises doing this over
    the serial console, since removing a route can cut the caller off.
    The page's responses were not readable; 204 and the 404 follow the
    family.

    Args:
        deviceid (str):
        routeid (str):
        body (NetworkRoute): A static route of a network device (v17 route page). `gateway` must
            be
            repeated when deleting a route that was added with one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription
    """

    return (
        await asyncio_detailed(
            deviceid=deviceid,
            routeid=routeid,
            client=client,
            body=body,
        )
    ).parsed
