from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cipher_trust_error import CipherTrustError
from ...models.refresh_token_list import RefreshTokenList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    user_id: str | Unset = UNSET,
    labels: str | Unset = UNSET,
    expired: bool | Unset = UNSET,
    revoked: bool | Unset = UNSET,
    refreshed_before: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    params["labels"] = labels

    params["expired"] = expired

    params["revoked"] = revoked

    params["refreshed_before"] = refreshed_before

    params["skip"] = skip

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/auth/tokens/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CipherTrustError | RefreshTokenList | None:
    if response.status_code == 401:
        response_401 = CipherTrustError.from_dict(response.json())

        return response_401

    if 200 <= response.status_code <= 299:
        response_2xx = RefreshTokenList.from_dict(response.json())

        return response_2xx

    if 400 <= response.status_code <= 499:
        response_4xx = CipherTrustError.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = cast(Any, None)
        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | CipherTrustError | RefreshTokenList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    user_id: str | Unset = UNSET,
    labels: str | Unset = UNSET,
    expired: bool | Unset = UNSET,
    revoked: bool | Unset = UNSET,
    refreshed_before: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[Any | CipherTrustError | RefreshTokenList]:
    """List refresh tokens

     Lists refresh tokens (never their values). Expired and revoked tokens
    are hidden unless asked for.

    Args:
        user_id (str | Unset):
        labels (str | Unset):
        expired (bool | Unset):
        revoked (bool | Unset):
        refreshed_before (str | Unset):
        skip (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CipherTrustError | RefreshTokenList]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        labels=labels,
        expired=expired,
        revoked=revoked,
        refreshed_before=refreshed_before,
        skip=skip,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    user_id: str | Unset = UNSET,
    labels: str | Unset = UNSET,
    expired: bool | Unset = UNSET,
    revoked: bool | Unset = UNSET,
    refreshed_before: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Any | CipherTrustError | RefreshTokenList | None:
    """List refresh tokens

     Lists refresh tokens (never their values). Expired and revoked tokens
    are hidden unless asked for.

    Args:
        user_id (str | Unset):
        labels (str | Unset):
        expired (bool | Unset):
        revoked (bool | Unset):
        refreshed_before (str | Unset):
        skip (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CipherTrustError | RefreshTokenList
    """

    return sync_detailed(
        client=client,
        user_id=user_id,
        labels=labels,
        expired=expired,
        revoked=revoked,
        refreshed_before=refreshed_before,
        skip=skip,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    user_id: str | Unset = UNSET,
    labels: str | Unset = UNSET,
    expired: bool | Unset = UNSET,
    revoked: bool | Unset = UNSET,
    refreshed_before: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[Any | CipherTrustError | RefreshTokenList]:
    """List refresh tokens

     Lists refresh tokens (never their values). Expired and revoked tokens
    are hidden unless asked for.

    Args:
        user_id (str | Unset):
        labels (str | Unset):
        expired (bool | Unset):
        revoked (bool | Unset):
        refreshed_before (str | Unset):
        skip (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CipherTrustError | RefreshTokenList]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        labels=labels,
        expired=expired,
        revoked=revoked,
        refreshed_before=refreshed_before,
        skip=skip,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    user_id: str | Unset = UNSET,
    labels: str | Unset = UNSET,
    expired: bool | Unset = UNSET,
    revoked: bool | Unset = UNSET,
    refreshed_before: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Any | CipherTrustError | RefreshTokenList | None:
    """List refresh tokens

     Lists refresh tokens (never their values). Expired and revoked tokens
    are hidden unless asked for.

    Args:
        user_id (str | Unset):
        labels (str | Unset):
        expired (bool | Unset):
        revoked (bool | Unset):
        refreshed_before (str | Unset):
        skip (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CipherTrustError | RefreshTokenList
    """

    return (
        await asyncio_detailed(
            client=client,
            user_id=user_id,
            labels=labels,
            expired=expired,
            revoked=revoked,
            refreshed_before=refreshed_before,
            skip=skip,
            limit=limit,
        )
    ).parsed
