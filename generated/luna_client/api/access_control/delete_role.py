from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...types import UNSET, Response


def _get_kwargs(
    roleid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/roles/{roleid}".format(
            roleid=quote(str(roleid), safe=""),
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
    roleid: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ErrorDescription]:
    """Delete a custom appliance role

     Deletes a custom role and its access rules; the built-in roles
    (admin, operator, monitor) cannot be changed. No reference page or
    client call was found for this resource.

    Args:
        roleid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription]
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
) -> Any | ErrorDescription | None:
    """Delete a custom appliance role

     Deletes a custom role and its access rules; the built-in roles
    (admin, operator, monitor) cannot be changed. No reference page or
    client call was found for this resource.

    Args:
        roleid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription
    """

    return sync_detailed(
        roleid=roleid,
        client=client,
    ).parsed


async def asyncio_detailed(
    roleid: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ErrorDescription]:
    """Delete a custom appliance role

     Deletes a custom role and its access rules; the built-in roles
    (admin, operator, monitor) cannot be changed. No reference page or
    client call was found for this resource.

    Args:
        roleid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription]
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
) -> Any | ErrorDescription | None:
    """Delete a custom appliance role

     Deletes a custom role and its access rules; the built-in roles
    (admin, operator, monitor) cannot be changed. No reference page or
    client call was found for this resource.

    Args:
        roleid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription
    """

    return (
        await asyncio_detailed(
            roleid=roleid,
            client=client,
        )
    ).parsed
