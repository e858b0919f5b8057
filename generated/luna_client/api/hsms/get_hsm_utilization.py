from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.hsm_utilization import HsmUtilization
from ...types import UNSET, Response


def _get_kwargs(
    hsmid: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/lunasa/hsms/{hsmid}/utilization".format(
            hsmid=quote(str(hsmid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDescription | HsmUtilization | None:
    if response.status_code == 200:
        response_200 = HsmUtilization.from_dict(response.json())

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
) -> Response[ErrorDescription | HsmUtilization]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    hsmid: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | HsmUtilization]:
    """Get the HSM's utilization counters

     Returns the HSM's utilization counters (operations performed) where
    supported. Seen only in client code; the fields are not documented.

    Args:
        hsmid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | HsmUtilization]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hsmid: int,
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | HsmUtilization | None:
    """Get the HSM's utilization counters

     Returns the HSM's utilization counters (operations performed) where
    supported. Seen only in client code; the fields are not documented.

    Args:
        hsmid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | HsmUtilization
    """

    return sync_detailed(
        hsmid=hsmid,
        client=client,
    ).parsed


async def asyncio_detailed(
    hsmid: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | HsmUtilization]:
    """Get the HSM's utilization counters

     Returns the HSM's utilization counters (operations performed) where
    supported. Seen only in client code; the fields are not documented.

    Args:
        hsmid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | HsmUtilization]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hsmid: int,
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | HsmUtilization | None:
    """Get the HSM's utilization counters

     Returns the HSM's utilization counters (operations performed) where
    supported. Seen only in client code; the fields are not documented.

    Args:
        hsmid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | HsmUtilization
    """

    return (
        await asyncio_detailed(
            hsmid=hsmid,
            client=client,
        )
    ).parsed
