from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.ntls_client_link import NtlsClientLink
from ...types import UNSET, Response


def _get_kwargs(
    clientid: str,
    linkid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/lunasa/ntls/clients/{clientid}/links/{linkid}".format(
            clientid=quote(str(clientid), safe=""),
            linkid=quote(str(linkid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDescription | NtlsClientLink | None:
    if response.status_code == 200:
        response_200 = NtlsClientLink.from_dict(response.json())

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
) -> Response[ErrorDescription | NtlsClientLink]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    clientid: str,
    linkid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | NtlsClientLink]:
    """Get an NTLS client's partition link

     Returns the link: the URL of the linked partition and its type
    (`hsm/partition`).

    Args:
        clientid (str):
        linkid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | NtlsClientLink]
    """

    kwargs = _get_kwargs(
        clientid=clientid,
        linkid=linkid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    clientid: str,
    linkid: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | NtlsClientLink | None:
    """Get an NTLS client's partition link

     Returns the link: the URL of the linked partition and its type
    (`hsm/partition`).

    Args:
        clientid (str):
        linkid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | NtlsClientLink
    """

    return sync_detailed(
        clientid=clientid,
        linkid=linkid,
        client=client,
    ).parsed


async def asyncio_detailed(
    clientid: str,
    linkid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | NtlsClientLink]:
    """Get an NTLS client's partition link

     Returns the link: the URL of the linked partition and its type
    (`hsm/partition`).

    Args:
        clientid (str):
        linkid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | NtlsClientLink]
    """

    kwargs = _get_kwargs(
        clientid=clientid,
        linkid=linkid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    clientid: str,
    linkid: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | NtlsClientLink | None:
    """Get an NTLS client's partition link

     Returns the link: the URL of the linked partition and its type
    (`hsm/partition`).

    Args:
        clientid (str):
        linkid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | NtlsClientLink
    """

    return (
        await asyncio_detailed(
            clientid=clientid,
            linkid=linkid,
            client=client,
        )
    ).parsed
