from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.appliance_user import ApplianceUser
from ...models.error_description import ErrorDescription
from ...types import UNSET, Response


def _get_kwargs(
    userid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users/{userid}".format(
            userid=quote(str(userid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApplianceUser | ErrorDescription | None:
    if response.status_code == 200:
        response_200 = ApplianceUser.from_dict(response.json())

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
) -> Response[ApplianceUser | ErrorDescription]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    userid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ApplianceUser | ErrorDescription]:
    """Get an appliance user

     Returns a user's account details: role, status, password age and
    expiry, lockout state and the URLs of its actions, certificates and
    files. Admin-level users may read any user; other users may read only
    their own account (self-service).

    Args:
        userid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplianceUser | ErrorDescription]
    """

    kwargs = _get_kwargs(
        userid=userid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    userid: str,
    *,
    client: AuthenticatedClient,
) -> ApplianceUser | ErrorDescription | None:
    """Get an appliance user

     Returns a user's account details: role, status, password age and
    expiry, lockout state and the URLs of its actions, certificates and
    files. Admin-level users may read any user; other users may read only
    their own account (self-service).

    Args:
        userid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplianceUser | ErrorDescription
    """

    return sync_detailed(
        userid=userid,
        client=client,
    ).parsed


async def asyncio_detailed(
    userid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ApplianceUser | ErrorDescription]:
    """Get an appliance user

     Returns a user's account details: role, status, password age and
    expiry, lockout state and the URLs of its actions, certificates and
    files. Admin-level users may read any user; other users may read only
    their own account (self-service).

    Args:
        userid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplianceUser | ErrorDescription]
    """

    kwargs = _get_kwargs(
        userid=userid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    userid: str,
    *,
    client: AuthenticatedClient,
) -> ApplianceUser | ErrorDescription | None:
    """Get an appliance user

     Returns a user's account details: role, status, password age and
    expiry, lockout state and the URLs of its actions, certificates and
    files. Admin-level users may read any user; other users may read only
    their own account (self-service).

    Args:
        userid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplianceUser | ErrorDescription
    """

    return (
        await asyncio_detailed(
            userid=userid,
            client=client,
        )
    ).parsed
