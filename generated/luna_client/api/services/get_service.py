from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.service import Service
from ...types import UNSET, Response


def _get_kwargs(
    serviceid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/lunasa/services/{serviceid}".format(
            serviceid=quote(str(serviceid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDescription | Service | None:
    if response.status_code == 200:
        response_200 = Service.from_dict(response.json())

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
) -> Response[ErrorDescription | Service]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    serviceid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | Service]:
    """Get a service

     Returns one service's state and settings. The guide suggests polling
    `GET /api/lunasa/services/webserver` to keep a REST session alive.

    Args:
        serviceid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | Service]
    """

    kwargs = _get_kwargs(
        serviceid=serviceid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    serviceid: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | Service | None:
    """Get a service

     Returns one service's state and settings. The guide suggests polling
    `GET /api/lunasa/services/webserver` to keep a REST session alive.

    Args:
        serviceid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | Service
    """

    return sync_detailed(
        serviceid=serviceid,
        client=client,
    ).parsed


async def asyncio_detailed(
    serviceid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | Service]:
    """Get a service

     Returns one service's state and settings. The guide suggests polling
    `GET /api/lunasa/services/webserver` to keep a REST session alive.

    Args:
        serviceid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | Service]
    """

    kwargs = _get_kwargs(
        serviceid=serviceid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    serviceid: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | Service | None:
    """Get a service

     Returns one service's state and settings. The guide suggests polling
    `GET /api/lunasa/services/webserver` to keep a REST session alive.

    Args:
        serviceid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | Service
    """

    return (
        await asyncio_detailed(
            serviceid=serviceid,
            client=client,
        )
    ).parsed
