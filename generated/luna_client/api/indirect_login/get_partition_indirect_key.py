from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.get_partition_indirect_key_type import GetPartitionIndirectKeyType
from ...models.partition_indirect_key import PartitionIndirectKey
from ...types import UNSET, Response, Unset


def _get_kwargs(
    hsmid: int,
    partitionid: int,
    *,
    type_: GetPartitionIndirectKeyType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/lunasa/hsms/{hsmid}/partitions/{partitionid}/indirect/key".format(
            hsmid=quote(str(hsmid), safe=""),
            partitionid=quote(str(partitionid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDescription | PartitionIndirectKey | None:
    if response.status_code == 200:
        response_200 = PartitionIndirectKey.from_dict(response.json())

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
) -> Response[ErrorDescription | PartitionIndirectKey]:
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
    type_: GetPartitionIndirectKeyType | Unset = UNSET,
) -> Response[ErrorDescription | PartitionIndirectKey]:
    """Export the partition's indirect-login public key

     Exports, from an application partition of the admin HSM, the material a
    service HSM needs to trust it for indirect login: the RSA public key
    (`exponent`, `modulus`) for `type=legacyKey` or `type=key`, or the
    public key confirmation chain (`pkcChain`) for `type=pkc`. The Crypto
    Officer must be logged in to the partition.

    Args:
        hsmid (int):
        partitionid (int):
        type_ (GetPartitionIndirectKeyType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | PartitionIndirectKey]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
        partitionid=partitionid,
        type_=type_,
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
    type_: GetPartitionIndirectKeyType | Unset = UNSET,
) -> ErrorDescription | PartitionIndirectKey | None:
    """Export the partition's indirect-login public key

     Exports, from an application partition of the admin HSM, the material a
    service HSM needs to trust it for indirect login: the RSA public key
    (`exponent`, `modulus`) for `type=legacyKey` or `type=key`, or the
    public key confirmation chain (`pkcChain`) for `type=pkc`. The Crypto
    Officer must be logged in to the partition.

    Args:
        hsmid (int):
        partitionid (int):
        type_ (GetPartitionIndirectKeyType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | PartitionIndirectKey
    """

    return sync_detailed(
        hsmid=hsmid,
        partitionid=partitionid,
        client=client,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    hsmid: int,
    partitionid: int,
    *,
    client: AuthenticatedClient,
    type_: GetPartitionIndirectKeyType | Unset = UNSET,
) -> Response[ErrorDescription | PartitionIndirectKey]:
    """Export the partition's indirect-login public key

     Exports, from an application partition of the admin HSM, the material a
    service HSM needs to trust it for indirect login: the RSA public key
    (`exponent`, `modulus`) for `type=legacyKey` or `type=key`, or the
    public key confirmation chain (`pkcChain`) for `type=pkc`. The Crypto
    Officer must be logged in to the partition.

    Args:
        hsmid (int):
        partitionid (int):
        type_ (GetPartitionIndirectKeyType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | PartitionIndirectKey]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
        partitionid=partitionid,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hsmid: int,
    partitionid: int,
    *,
    client: AuthenticatedClient,
    type_: GetPartitionIndirectKeyType | Unset = UNSET,
) -> ErrorDescription | PartitionIndirectKey | None:
    """Export the partition's indirect-login public key

     Exports, from an application partition of the admin HSM, the material a
    service HSM needs to trust it for indirect login: the RSA public key
    (`exponent`, `modulus`) for `type=legacyKey` or `type=key`, or the
    public key confirmation chain (`pkcChain`) for `type=pkc`. The Crypto
    Officer must be logged in to the partition.

    Args:
        hsmid (int):
        partitionid (int):
        type_ (GetPartitionIndirectKeyType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | PartitionIndirectKey
    """

    return (
        await asyncio_detailed(
            hsmid=hsmid,
            partitionid=partitionid,
            client=client,
            type_=type_,
        )
    ).parsed
