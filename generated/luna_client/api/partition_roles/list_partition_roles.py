from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.partition_role_list import PartitionRoleList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    hsmid: int,
    partitionid: int,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/lunasa/hsms/{hsmid}/partitions/{partitionid}/roles".format(
            hsmid=quote(str(hsmid), safe=""),
            partitionid=quote(str(partitionid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDescription | PartitionRoleList | None:
    if response.status_code == 200:
        response_200 = PartitionRoleList.from_dict(response.json())

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
) -> Response[ErrorDescription | PartitionRoleList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    hsmid: int,
    partitionid: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ErrorDescription | PartitionRoleList]:
    """List the partition's roles

     Lists the roles defined on the partition (Security Officer, Crypto
    Officer, Crypto User and, where present, the limited Crypto Officer)
    with their ids and URLs.

    Args:
        hsmid (int):
        partitionid (int):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | PartitionRoleList]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
        partitionid=partitionid,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hsmid: int,
    partitionid: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> ErrorDescription | PartitionRoleList | None:
    """List the partition's roles

     Lists the roles defined on the partition (Security Officer, Crypto
    Officer, Crypto User and, where present, the limited Crypto Officer)
    with their ids and URLs.

    Args:
        hsmid (int):
        partitionid (int):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | PartitionRoleList
    """

    return sync_detailed(
        hsmid=hsmid,
        partitionid=partitionid,
        client=client,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    hsmid: int,
    partitionid: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ErrorDescription | PartitionRoleList]:
    """List the partition's roles

     Lists the roles defined on the partition (Security Officer, Crypto
    Officer, Crypto User and, where present, the limited Crypto Officer)
    with their ids and URLs.

    Args:
        hsmid (int):
        partitionid (int):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | PartitionRoleList]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
        partitionid=partitionid,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hsmid: int,
    partitionid: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> ErrorDescription | PartitionRoleList | None:
    """List the partition's roles

     Lists the roles defined on the partition (Security Officer, Crypto
    Officer, Crypto User and, where present, the limited Crypto Officer)
    with their ids and URLs.

    Args:
        hsmid (int):
        partitionid (int):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | PartitionRoleList
    """

    return (
        await asyncio_detailed(
            hsmid=hsmid,
            partitionid=partitionid,
            client=client,
            limit=limit,
            offset=offset,
        )
    ).parsed
