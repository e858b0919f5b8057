from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.ntls_client import NtlsClient
from ...types import UNSET, Response


def _get_kwargs(
    clientid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/lunasa/ntls/clients/{clientid}".format(
            clientid=quote(str(clientid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDescription | NtlsClient | None:
    if response.status_code == 200:
        response_200 = NtlsClient.from_dict(response.json())

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
) -> Response[ErrorDescription | NtlsClient]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    clientid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | NtlsClient]:
    """Get an NTLS client

     Returns a registered client: its name, ip or hostname, whether HTL
    is required, the one-time-token expiry and the URLs of its links and
    actions.

    Args:
        clientid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | NtlsClient]
    """

    kwargs = _get_kwargs(
        clientid=clientid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    clientid: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | NtlsClient | None:
    """Get an NTLS client

     Returns a registered client: its name, ip or hostname, whether HTL
    is required, the one-time-token expiry and the URLs of its links and
    actions.

    Args:
        clientid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | NtlsClient
    """

    return sync_detailed(
        clientid=clientid,
        client=client,
    ).parsed


async def asyncio_detailed(
    clientid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | NtlsClient]:
    """Get an NTLS client

     Returns a registered client: its name, ip or hostname, whether HTL
    is required, the one-time-token expiry and the URLs of its links and
    actions.

    Args:
        clientid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | NtlsClient]
    """

    kwargs = _get_kwargs(
        clientid=clientid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    clientid: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | NtlsClient | None:
    """Get an NTLS client

     Returns a registered client: its name, ip or hostname, whether HTL
    is required, the one-time-token expiry and the URLs of its links and
    actions.

    Args:
        clientid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | NtlsClient
    """

    return (
        await asyncio_detailed(
            clientid=clientid,
            client=client,
        )
    ).parsed
