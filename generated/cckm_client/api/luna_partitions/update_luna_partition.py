from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cipher_trust_error import CipherTrustError
from ...models.luna_partition import LunaPartition
from ...models.luna_partition_update import LunaPartitionUpdate
from ...types import UNSET, Response


def _get_kwargs(
    partition_id: str,
    *,
    body: LunaPartitionUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/cckm/hsm/luna/partitions/{partition_id}".format(
            partition_id=quote(str(partition_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CipherTrustError | LunaPartition | None:
    if response.status_code == 401:
        response_401 = CipherTrustError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = CipherTrustError.from_dict(response.json())

        return response_404

    if 200 <= response.status_code <= 299:
        response_2xx = LunaPartition.from_dict(response.json())

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
) -> Response[Any | CipherTrustError | LunaPartition]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    partition_id: str,
    *,
    client: AuthenticatedClient,
    body: LunaPartitionUpdate,
) -> Response[Any | CipherTrustError | LunaPartition]:
    """Update a Luna HSM partition of CCKM

     Updates a partition of CCKM.

    Args:
        partition_id (str):
        body (LunaPartitionUpdate): Not documented; see the operation's x-cckm-undocumented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CipherTrustError | LunaPartition]
    """

    kwargs = _get_kwargs(
        partition_id=partition_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    partition_id: str,
    *,
    client: AuthenticatedClient,
    body: LunaPartitionUpdate,
) -> Any | CipherTrustError | LunaPartition | None:
    """Update a Luna HSM partition of CCKM

     Updates a partition of CCKM.

    Args:
        partition_id (str):
        body (LunaPartitionUpdate): Not documented; see the operation's x-cckm-undocumented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CipherTrustError | LunaPartition
    """

    return sync_detailed(
        partition_id=partition_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    partition_id: str,
    *,
    client: AuthenticatedClient,
    body: LunaPartitionUpdate,
) -> Response[Any | CipherTrustError | LunaPartition]:
    """Update a Luna HSM partition of CCKM

     Updates a partition of CCKM.

    Args:
        partition_id (str):
        body (LunaPartitionUpdate): Not documented; see the operation's x-cckm-undocumented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CipherTrustError | LunaPartition]
    """

    kwargs = _get_kwargs(
        partition_id=partition_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    partition_id: str,
    *,
    client: AuthenticatedClient,
    body: LunaPartitionUpdate,
) -> Any | CipherTrustError | LunaPartition | None:
    """Update a Luna HSM partition of CCKM

     Updates a partition of CCKM.

    Args:
        partition_id (str):
        body (LunaPartitionUpdate): Not documented; see the operation's x-cckm-undocumented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CipherTrustError | LunaPartition
    """

    return (
        await asyncio_detailed(
            partition_id=partition_id,
            client=client,
            body=body,
        )
    ).parsed
