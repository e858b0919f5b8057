from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cipher_trust_error import CipherTrustError
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: TokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/auth/tokens/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CipherTrustError | TokenResponse | None:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = CipherTrustError.from_dict(response.json())

        return response_401

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
) -> Response[Any | CipherTrustError | TokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[Any | CipherTrustError | TokenResponse]:
    """Issue an API token (JWT)

     Trades a credential for a short-lived API token (JWT), valid 5 minutes,
    to send as `Authorization: Bearer <jwt>`. With the `password` grant
    (the default when `grant_type` is absent) the answer also carries a
    long-lived refresh token; with the `refresh_token` grant a refresh
    token issues a new JWT (and a new refresh token only when
    `renew_refresh_token` is true). Refresh tokens have an inactivity
    timeout and an absolute lifetime. The pages write the path with a
    trailing slash; public clients post without it.

    Args:
        body (TokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CipherTrustError | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Any | CipherTrustError | TokenResponse | None:
    """Issue an API token (JWT)

     Trades a credential for a short-lived API token (JWT), valid 5 minutes,
    to send as `Authorization: Bearer <jwt>`. With the `password` grant
    (the default when `grant_type` is absent) the answer also carries a
    long-lived refresh token; with the `refresh_token` grant a refresh
    token issues a new JWT (and a new refresh token only when
    `renew_refresh_token` is true). Refresh tokens have an inactivity
    timeout and an absolute lifetime. The pages write the path with a
    trailing slash; public clients post without it.

    Args:
        body (TokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CipherTrustError | TokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[Any | CipherTrustError | TokenResponse]:
    """Issue an API token (JWT)

     Trades a credential for a short-lived API token (JWT), valid 5 minutes,
    to send as `Authorization: Bearer <jwt>`. With the `password` grant
    (the default when `grant_type` is absent) the answer also carries a
    long-lived refresh token; with the `refresh_token` grant a refresh
    token issues a new JWT (and a new refresh token only when
    `renew_refresh_token` is true). Refresh tokens have an inactivity
    timeout and an absolute lifetime. The pages write the path with a
    trailing slash; public clients post without it.

    Args:
        body (TokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CipherTrustError | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Any | CipherTrustError | TokenResponse | None:
    """Issue an API token (JWT)

     Trades a credential for a short-lived API token (JWT), valid 5 minutes,
    to send as `Authorization: Bearer <jwt>`. With the `password` grant
    (the default when `grant_type` is absent) the answer also carries a
    long-lived refresh token; with the `refresh_token` grant a refresh
    token issues a new JWT (and a new refresh token only when
    `renew_refresh_token` is true). Refresh tokens have an inactivity
    timeout and an absolute lifetime. The pages write the path with a
    trailing slash; public clients post without it.

    Args:
        body (TokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CipherTrustError | TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
