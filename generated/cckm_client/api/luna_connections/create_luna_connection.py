from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cipher_trust_error import CipherTrustError
from ...models.luna_connection import LunaConnection
from ...models.luna_connection_create import LunaConnectionCreate
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: LunaConnectionCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/connectionmgmt/services/luna-network/connections",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CipherTrustError | LunaConnection | None:
    if response.status_code == 401:
        response_401 = CipherTrustError.from_dict(response.json())

        return response_401

    if response.status_code == 409:
        response_409 = CipherTrustError.from_dict(response.json())

        return response_409

    if 200 <= response.status_code <= 299:
        response_2xx = LunaConnection.from_dict(response.json())

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
) -> Response[Any | CipherTrustError | LunaConnection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: LunaConnectionCreate,
) -> Response[Any | CipherTrustError | LunaConnection]:
    """Create a Luna Network HSM connection

     Creates a connection to one partition (or, with `is_ha_enabled`, an HA
    group of partitions with the same Crypto Officer password) on Luna
    Network HSM servers already added to the Connection Manager.
    `POST /api/v1/cckm/hsm/luna/add-partition` names it. Only Connection
    Admins may create connections.

    Args:
        body (LunaConnectionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CipherTrustError | LunaConnection]
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
    body: LunaConnectionCreate,
) -> Any | CipherTrustError | LunaConnection | None:
    """Create a Luna Network HSM connection

     Creates a connection to one partition (or, with `is_ha_enabled`, an HA
    group of partitions with the same Crypto Officer password) on Luna
    Network HSM servers already added to the Connection Manager.
    `POST /api/v1/cckm/hsm/luna/add-partition` names it. Only Connection
    Admins may create connections.

    Args:
        body (LunaConnectionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CipherTrustError | LunaConnection
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: LunaConnectionCreate,
) -> Response[Any | CipherTrustError | LunaConnection]:
    """Create a Luna Network HSM connection

     Creates a connection to one partition (or, with `is_ha_enabled`, an HA
    group of partitions with the same Crypto Officer password) on Luna
    Network HSM servers already added to the Connection Manager.
    `POST /api/v1/cckm/hsm/luna/add-partition` names it. Only Connection
    Admins may create connections.

    Args:
        body (LunaConnectionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CipherTrustError | LunaConnection]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: LunaConnectionCreate,
) -> Any | CipherTrustError | LunaConnection | None:
    """Create a Luna Network HSM connection

     Creates a connection to one partition (or, with `is_ha_enabled`, an HA
    group of partitions with the same Crypto Officer password) on Luna
    Network HSM servers already added to the Connection Manager.
    `POST /api/v1/cckm/hsm/luna/add-partition` names it. Only Connection
    Admins may create connections.

    Args:
        body (LunaConnectionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CipherTrustError | LunaConnection
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
