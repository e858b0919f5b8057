from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.aes_key_create import AesKeyCreate
from ...models.cipher_trust_error import CipherTrustError
from ...models.luna_key import LunaKey
from ...models.rsa_key_create import RsaKeyCreate
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: AesKeyCreate | RsaKeyCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/cckm/hsm/luna/keys",
    }

    if isinstance(body, RsaKeyCreate):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CipherTrustError | LunaKey | None:
    if response.status_code == 401:
        response_401 = CipherTrustError.from_dict(response.json())

        return response_401

    if 200 <= response.status_code <= 299:
        response_2xx = LunaKey.from_dict(response.json())

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
) -> Response[Any | CipherTrustError | LunaKey]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AesKeyCreate | RsaKeyCreate,
) -> Response[Any | CipherTrustError | LunaKey]:
    """Create a key on a Luna HSM partition

     Creates an RSA key pair or one AES key in a CCKM partition. Creation is
    asynchronous: the answer has `status` `in_progress`; poll
    `GET /api/v1/cckm/hsm/luna/keys/{keyId}` until `status` is `AVAILABLE`.
    For an RSA pair the answer is one half with the other embedded in
    `links` (`link_id` is filled once created). RSA sizes are 2048, 3072
    or 4096; AES sizes 128, 192 or 256. FM-enabled Luna HSMs are not
    supported as a key source.

    Args:
        body (AesKeyCreate | RsaKeyCreate): The size rule depends on the mechanism (RSA
            2048/3072/4096, AES 128/192/256).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CipherTrustError | LunaKey]
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
    client: AuthenticatedClient,
    body: AesKeyCreate | RsaKeyCreate,
) -> Any | CipherTrustError | LunaKey | None:
    """Create a key on a Luna HSM partition

     Creates an RSA key pair or one AES key in a CCKM partition. Creation is
    asynchronous: the answer has `status` `in_progress`; poll
    `GET /api/v1/cckm/hsm/luna/keys/{keyId}` until `status` is `AVAILABLE`.
    For an RSA pair the answer is one half with the other embedded in
    `links` (`link_id` is filled once created). RSA sizes are 2048, 3072
    or 4096; AES sizes 128, 192 or 256. FM-enabled Luna HSMs are not
    supported as a key source.

    Args:
        body (AesKeyCreate | RsaKeyCreate): The size rule depends on the mechanism (RSA
            2048/3072/4096, AES 128/192/256).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CipherTrustError | LunaKey
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AesKeyCreate | RsaKeyCreate,
) -> Response[Any | CipherTrustError | LunaKey]:
    """Create a key on a Luna HSM partition

     Creates an RSA key pair or one AES key in a CCKM partition. Creation is
    asynchronous: the answer has `status` `in_progress`; poll
    `GET /api/v1/cckm/hsm/luna/keys/{keyId}` until `status` is `AVAILABLE`.
    For an RSA pair the answer is one half with the other embedded in
    `links` (`link_id` is filled once created). RSA sizes are 2048, 3072
    or 4096; AES sizes 128, 192 or 256. FM-enabled Luna HSMs are not
    supported as a key source.

    Args:
        body (AesKeyCreate | RsaKeyCreate): The size rule depends on the mechanism (RSA
            2048/3072/4096, AES 128/192/256).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CipherTrustError | LunaKey]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AesKeyCreate | RsaKeyCreate,
) -> Any | CipherTrustError | LunaKey | None:
    """Create a key on a Luna HSM partition

     Creates an RSA key pair or one AES key in a CCKM partition. Creation is
    asynchronous: the answer has `status` `in_progress`; poll
    `GET /api/v1/cckm/hsm/luna/keys/{keyId}` until `status` is `AVAILABLE`.
    For an RSA pair the answer is one half with the other embedded in
    `links` (`link_id` is filled once created). RSA sizes are 2048, 3072
    or 4096; AES sizes 128, 192 or 256. FM-enabled Luna HSMs are not
    supported as a key source.

    Args:
        body (AesKeyCreate | RsaKeyCreate): The size rule depends on the mechanism (RSA
            2048/3072/4096, AES 128/192/256).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CipherTrustError | LunaKey
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
