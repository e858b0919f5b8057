from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.access_role import AccessRole
from ...models.error_description import ErrorDescription
from ...types import UNSET, Response


def _get_kwargs(
    roleid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/roles/{roleid}".format(
            roleid=quote(str(roleid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccessRole | ErrorDescription | None:
    if response.status_code == 200:
        response_200 = AccessRole.from_dict(response.json())

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
) -> Response[AccessRole | ErrorDescription]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    roleid: str,
    *,
    client: AuthenticatedClient,
) -> Response[AccessRole | ErrorDescription]:
    """Get an appliance user role

     Returns a role's details. No reference page or client call was found
    for this resource (it is inferred from the collection); the shape is
    a guess.

    Args:
        roleid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessRole | ErrorDescription]
    """

    kwargs = _get_kwargs(
        roleid=roleid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    roleid: str,
    *,
    client: AuthenticatedClient,
) -> AccessRole | ErrorDescription | None:
    """Get an appliance user role

     Returns a role's details. No reference page or client call was found
    for this resource (it is inferred from the collection); the shape is
    a guess.

    Args:
        roleid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessRole | ErrorDescription
    """

    return sync_detailed(
        roleid=roleid,
        client=client,
    ).parsed


async def asyncio_detailed(
    roleid: str,
    *,
    client: AuthenticatedClient,
) -> Response[AccessRole | ErrorDescription]:
    """Get an appliance user role

     Returns a role's details. No reference page or client call was found
    for this resource (it is inferred from the collection); the shape is
    a guess.

    Args:
        roleid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessRole | ErrorDescription]
    """

    kwargs = _get_kwargs(
        roleid=roleid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    roleid: str,
    *,
    client: AuthenticatedClient,
) -> AccessRole | ErrorDescription | None:
    """Get an appliance user role

     Returns a role's details. No reference page or client call was found
    for this resource (it is inferred from the collection); the shape is
    a guess.

    Args:
        roleid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessRole | ErrorDescription
    """

    return (
        await asyncio_detailed(
            roleid=roleid,
            client=client,
        )
    ).parsed
