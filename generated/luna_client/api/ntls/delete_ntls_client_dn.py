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
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/lunasa/ntls/clients/{clientid}/dn".format(
            clientid=quote(str(clientid), safe=""),
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

    if response.status_code == 500:
        response_500 = ErrorDescription.from_dict(response.json())

        return response_500

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
    *,
    client: AuthenticatedClient,
) -> Response[Any | ErrorDescription]:
    """Remove an NTLS client's distinguished-name filter

     Removes the distinguished-name filter from the client. Answers 404
    when the client has none. Needs the HSM SO logged in when
    `forceSoLogin` is on.

    Args:
        clientid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription]
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
) -> Any | ErrorDescription | None:
    """Remove an NTLS client's distinguished-name filter

     Removes the distinguished-name filter from the client. Answers 404
    when the client has none. Needs the HSM SO logged in when
    `forceSoLogin` is on.

    Args:
        clientid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription
    """

    return sync_detailed(
        clientid=clientid,
        client=client,
    ).parsed


async def asyncio_detailed(
    clientid: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ErrorDescription]:
    """Remove an NTLS client's distinguished-name filter

     Removes the distinguished-name filter from the client. Answers 404
    when the client has none. Needs the HSM SO logged in when
    `forceSoLogin` is on.

    Args:
        clientid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription]
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
) -> Any | ErrorDescription | None:
    """Remove an NTLS client's distinguished-name filter

     Removes the distinguished-name filter from the client. Answers 404
    when the client has none. Needs the HSM SO logged in when
    `forceSoLogin` is on.

    Args:
        clientid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription
    """

    return (
        await asyncio_detailed(
            clientid=clientid,
            client=client,
        )
    ).parsed
