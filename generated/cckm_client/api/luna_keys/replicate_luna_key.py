from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cipher_trust_error import CipherTrustError
from ...models.luna_key import LunaKey
from ...types import UNSET, Response


def _get_kwargs(
    key_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/cckm/hsm/luna/keys/{key_id}/replicate".format(
            key_id=quote(str(key_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CipherTrustError | LunaKey | None:
    if response.status_code == 401:
        response_401 = CipherTrustError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = CipherTrustError.from_dict(response.json())

        return response_404

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
    key_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | CipherTrustError | LunaKey]:
    """Replicate a Luna HSM key across the HA group

     Replicates the key to the members of the partition's HA group where it
    is missing (`replication_info` says per member serial).
    Asynchronous: the answer has `operation` `keyreplicate` and
    `operation_status` `in_progress`; poll `GET .../keys/{keyId}` until
    `operation_status` is `completed`. No body.

    Args:
        key_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CipherTrustError | LunaKey]
    """

    kwargs = _get_kwargs(
        key_id=key_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    key_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | CipherTrustError | LunaKey | None:
    """Replicate a Luna HSM key across the HA group

     Replicates the key to the members of the partition's HA group where it
    is missing (`replication_info` says per member serial).
    Asynchronous: the answer has `operation` `keyreplicate` and
    `operation_status` `in_progress`; poll `GET .../keys/{keyId}` until
    `operation_status` is `completed`. No body.

    Args:
        key_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CipherTrustError | LunaKey
    """

    return sync_detailed(
        key_id=key_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    key_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | CipherTrustError | LunaKey]:
    """Replicate a Luna HSM key across the HA group

     Replicates the key to the members of the partition's HA group where it
    is missing (`replication_info` says per member serial).
    Asynchronous: the answer has `operation` `keyreplicate` and
    `operation_status` `in_progress`; poll `GET .../keys/{keyId}` until
    `operation_status` is `completed`. No body.

    Args:
        key_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CipherTrustError | LunaKey]
    """

    kwargs = _get_kwargs(
        key_id=key_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    key_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | CipherTrustError | LunaKey | None:
    """Replicate a Luna HSM key across the HA group

     Replicates the key to the members of the partition's HA group where it
    is missing (`replication_info` says per member serial).
    Asynchronous: the answer has `operation` `keyreplicate` and
    `operation_status` `in_progress`; poll `GET .../keys/{keyId}` until
    `operation_status` is `completed`. No body.

    Args:
        key_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CipherTrustError | LunaKey
    """

    return (
        await asyncio_detailed(
            key_id=key_id,
            client=client,
        )
    ).parsed
