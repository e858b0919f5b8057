from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cipher_trust_error import CipherTrustError
from ...models.connection_product import ConnectionProduct
from ...models.list_luna_connections_last_connection_ok import (
    ListLunaConnectionsLastConnectionOk,
)
from ...models.luna_connection_list import LunaConnectionList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    products: ConnectionProduct | Unset = UNSET,
    meta_contains: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    last_connection_ok: ListLunaConnectionsLastConnectionOk | Unset = UNSET,
    last_connection_before: str | Unset = UNSET,
    last_connection_after: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["name"] = name

    json_products: str | Unset = UNSET
    if not isinstance(products, Unset):
        json_products = products.value

    params["products"] = json_products

    params["meta_contains"] = meta_contains

    params["createdBefore"] = created_before

    params["createdAfter"] = created_after

    json_last_connection_ok: str | Unset = UNSET
    if not isinstance(last_connection_ok, Unset):
        json_last_connection_ok = last_connection_ok.value

    params["last_connection_ok"] = json_last_connection_ok

    params["last_connection_before"] = last_connection_before

    params["last_connection_after"] = last_connection_after

    params["skip"] = skip

    params["limit"] = limit

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/connectionmgmt/services/luna-network/connections",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CipherTrustError | LunaConnectionList | None:
    if response.status_code == 401:
        response_401 = CipherTrustError.from_dict(response.json())

        return response_401

    if 200 <= response.status_code <= 299:
        response_2xx = LunaConnectionList.from_dict(response.json())

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
) -> Response[Any | CipherTrustError | LunaConnectionList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    products: ConnectionProduct | Unset = UNSET,
    meta_contains: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    last_connection_ok: ListLunaConnectionsLastConnectionOk | Unset = UNSET,
    last_connection_before: str | Unset = UNSET,
    last_connection_after: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[Any | CipherTrustError | LunaConnectionList]:
    """List Luna Network HSM connections

     Lists the Luna Network HSM connections of the Connection Manager.

    Args:
        id (str | Unset):
        name (str | Unset):
        products (ConnectionProduct | Unset):
        meta_contains (str | Unset):
        created_before (str | Unset):
        created_after (str | Unset):
        last_connection_ok (ListLunaConnectionsLastConnectionOk | Unset):
        last_connection_before (str | Unset):
        last_connection_after (str | Unset):
        skip (int | Unset):
        limit (int | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CipherTrustError | LunaConnectionList]
    """

    kwargs = _get_kwargs(
        id=id,
        name=name,
        products=products,
        meta_contains=meta_contains,
        created_before=created_before,
        created_after=created_after,
        last_connection_ok=last_connection_ok,
        last_connection_before=last_connection_before,
        last_connection_after=last_connection_after,
        skip=skip,
        limit=limit,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    products: ConnectionProduct | Unset = UNSET,
    meta_contains: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    last_connection_ok: ListLunaConnectionsLastConnectionOk | Unset = UNSET,
    last_connection_before: str | Unset = UNSET,
    last_connection_after: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Any | CipherTrustError | LunaConnectionList | None:
    """List Luna Network HSM connections

     Lists the Luna Network HSM connections of the Connection Manager.

    Args:
        id (str | Unset):
        name (str | Unset):
        products (ConnectionProduct | Unset):
        meta_contains (str | Unset):
        created_before (str | Unset):
        created_after (str | Unset):
        last_connection_ok (ListLunaConnectionsLastConnectionOk | Unset):
        last_connection_before (str | Unset):
        last_connection_after (str | Unset):
        skip (int | Unset):
        limit (int | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CipherTrustError | LunaConnectionList
    """

    return sync_detailed(
        client=client,
        id=id,
        name=name,
        products=products,
        meta_contains=meta_contains,
        created_before=created_before,
        created_after=created_after,
        last_connection_ok=last_connection_ok,
        last_connection_before=last_connection_before,
        last_connection_after=last_connection_after,
        skip=skip,
        limit=limit,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    products: ConnectionProduct | Unset = UNSET,
    meta_contains: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    last_connection_ok: ListLunaConnectionsLastConnectionOk | Unset = UNSET,
    last_connection_before: str | Unset = UNSET,
    last_connection_after: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[Any | CipherTrustError | LunaConnectionList]:
    """List Luna Network HSM connections

     Lists the Luna Network HSM connections of the Connection Manager.

    Args:
        id (str | Unset):
        name (str | Unset):
        products (ConnectionProduct | Unset):
        meta_contains (str | Unset):
        created_before (str | Unset):
        created_after (str | Unset):
        last_connection_ok (ListLunaConnectionsLastConnectionOk | Unset):
        last_connection_before (str | Unset):
        last_connection_after (str | Unset):
        skip (int | Unset):
        limit (int | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CipherTrustError | LunaConnectionList]
    """

    kwargs = _get_kwargs(
        id=id,
        name=name,
        products=products,
        meta_contains=meta_contains,
        created_before=created_before,
        created_after=created_after,
        last_connection_ok=last_connection_ok,
        last_connection_before=last_connection_before,
        last_connection_after=last_connection_after,
        skip=skip,
        limit=limit,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    products: ConnectionProduct | Unset = UNSET,
    meta_contains: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    last_connection_ok: ListLunaConnectionsLastConnectionOk | Unset = UNSET,
    last_connection_before: str | Unset = UNSET,
    last_connection_after: str | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Any | CipherTrustError | LunaConnectionList | None:
    """List Luna Network HSM connections

     Lists the Luna Network HSM connections of the Connection Manager.

    Args:
        id (str | Unset):
        name (str | Unset):
        products (ConnectionProduct | Unset):
        meta_contains (str | Unset):
        created_before (str | Unset):
        created_after (str | Unset):
        last_connection_ok (ListLunaConnectionsLastConnectionOk | Unset):
        last_connection_before (str | Unset):
        last_connection_after (str | Unset):
        skip (int | Unset):
        limit (int | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CipherTrustError | LunaConnectionList
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            name=name,
            products=products,
            meta_contains=meta_contains,
            created_before=created_before,
            created_after=created_after,
            last_connection_ok=last_connection_ok,
            last_connection_before=last_connection_before,
            last_connection_after=last_connection_after,
            skip=skip,
            limit=limit,
            sort=sort,
        )
    ).parsed
