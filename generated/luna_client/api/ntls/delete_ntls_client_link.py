from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...types import UNSET, Response


def _get_kwargs(
    clientid: str,
    linkid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/lunasa/ntls/clients/{clientid}/links/{linkid}".format(
            clientid=quote(str(clientid), safe=""),
            linkid=quote(str(linkid), safe=""),
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
    clientid: str,
    linkid: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ErrorDescription]:
    """Unassign a partition from an NTLS client

     Removes the link, so the client no longer sees the partition. The
    partition and its contents are untouched.

    Args:
        clientid (str):
        linkid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription]
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
) -> Any | ErrorDescription | None:
    """Unassign a partition from an NTLS client

     Removes the link, so the client no longer sees the partition. The
    partition and its contents are untouched.

    Args:
        clientid (str):
        linkid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription
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
) -> Response[Any | ErrorDescription]:
    """Unassign a partition from an NTLS client

     Removes the link, so the client no longer sees the partition. The
    partition and its contents are untouched.

    Args:
        clientid (str):
        linkid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription]
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
) -> Any | ErrorDescription | None:
    """Unassign a partition from an NTLS client

     Removes the link, so the client no longer sees the partition. The
    partition and its contents are untouched.

    Args:
        clientid (str):
        linkid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription
    """

    return (
        await asyncio_detailed(
            clientid=clientid,
            linkid=linkid,
            client=client,
        )
    ).parsed
