from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_login_challenge_request import CreateLoginChallengeRequest
from ...models.error_description import ErrorDescription
from ...models.login_challenge import LoginChallenge
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: CreateLoginChallengeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/login/challenge",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.safenetinc.lunasa+json;version=17"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDescription | LoginChallenge | None:
    if response.status_code == 200:
        response_200 = LoginChallenge.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorDescription.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDescription | LoginChallenge]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateLoginChallengeRequest,
) -> Response[ErrorDescription | LoginChallenge]:
    """Start a certificate login (get a challenge)

     First step of certificate-based login, usable without credentials.
    The user names itself and sends the certificate uploaded earlier with
    `POST /users/{userid}/certificates`; the server answers with a
    base64 `challenge` encrypted to that certificate, a base64 `nonce`
    and its own certificate. The client decrypts the challenge with its
    private key, XORs it with the nonce, encrypts the result to the
    server certificate and sends it to `POST /auth/login/basic`.

    Args:
        body (CreateLoginChallengeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | LoginChallenge]
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
    body: CreateLoginChallengeRequest,
) -> ErrorDescription | LoginChallenge | None:
    """Start a certificate login (get a challenge)

     First step of certificate-based login, usable without credentials.
    The user names itself and sends the certificate uploaded earlier with
    `POST /users/{userid}/certificates`; the server answers with a
    base64 `challenge` encrypted to that certificate, a base64 `nonce`
    and its own certificate. The client decrypts the challenge with its
    private key, XORs it with the nonce, encrypts the result to the
    server certificate and sends it to `POST /auth/login/basic`.

    Args:
        body (CreateLoginChallengeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | LoginChallenge
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateLoginChallengeRequest,
) -> Response[ErrorDescription | LoginChallenge]:
    """Start a certificate login (get a challenge)

     First step of certificate-based login, usable without credentials.
    The user names itself and sends the certificate uploaded earlier with
    `POST /users/{userid}/certificates`; the server answers with a
    base64 `challenge` encrypted to that certificate, a base64 `nonce`
    and its own certificate. The client decrypts the challenge with its
    private key, XORs it with the nonce, encrypts the result to the
    server certificate and sends it to `POST /auth/login/basic`.

    Args:
        body (CreateLoginChallengeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | LoginChallenge]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateLoginChallengeRequest,
) -> ErrorDescription | LoginChallenge | None:
    """Start a certificate login (get a challenge)

     First step of certificate-based login, usable without credentials.
    The user names itself and sends the certificate uploaded earlier with
    `POST /users/{userid}/certificates`; the server answers with a
    base64 `challenge` encrypted to that certificate, a base64 `nonce`
    and its own certificate. The client decrypts the challenge with its
    private key, XORs it with the nonce, encrypts the result to the
    server certificate and sends it to `POST /auth/login/basic`.

    Args:
        body (CreateLoginChallengeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | LoginChallenge
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
