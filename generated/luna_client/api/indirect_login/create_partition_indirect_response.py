from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_partition_indirect_response_request import (
    CreatePartitionIndirectResponseRequest,
)
from ...models.create_partition_indirect_response_type import (
    CreatePartitionIndirectResponseType,
)
from ...models.error_description import ErrorDescription
from ...models.partition_indirect_response import PartitionIndirectResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    hsmid: int,
    partitionid: int,
    *,
    body: CreatePartitionIndirectResponseRequest,
    type_: CreatePartitionIndirectResponseType | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/lunasa/hsms/{hsmid}/partitions/{partitionid}/indirect/responses".format(
            hsmid=quote(str(hsmid), safe=""),
            partitionid=quote(str(partitionid), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.safenetinc.lunasa+json;version=17"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDescription | PartitionIndirectResponse | None:
    if response.status_code == 201:
        response_201 = PartitionIndirectResponse.from_dict(response.json())

        return response_201

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
) -> Response[ErrorDescription | PartitionIndirectResponse]:
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
    body: CreatePartitionIndirectResponseRequest,
    type_: CreatePartitionIndirectResponseType | Unset = UNSET,
) -> Response[ErrorDescription | PartitionIndirectResponse]:
    """Answer a service HSM's indirect-login challenge

     Computes, on a user partition of the admin HSM, the response to a
    challenge obtained from the service HSM; the response is then posted to
    the service HSM's login. The Crypto Officer must be logged in to the
    partition. The response is kept for the session at `Location`.

    Args:
        hsmid (int):
        partitionid (int):
        type_ (CreatePartitionIndirectResponseType | Unset):
        body (CreatePartitionIndirectResponseRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | PartitionIndirectResponse]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
        partitionid=partitionid,
        body=body,
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
    body: CreatePartitionIndirectResponseRequest,
    type_: CreatePartitionIndirectResponseType | Unset = UNSET,
) -> ErrorDescription | PartitionIndirectResponse | None:
    """Answer a service HSM's indirect-login challenge

     Computes, on a user partition of the admin HSM, the response to a
    challenge obtained from the service HSM; the response is then posted to
    the service HSM's login. The Crypto Officer must be logged in to the
    partition. The response is kept for the session at `Location`.

    Args:
        hsmid (int):
        partitionid (int):
        type_ (CreatePartitionIndirectResponseType | Unset):
        body (CreatePartitionIndirectResponseRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | PartitionIndirectResponse
    """

    return sync_detailed(
        hsmid=hsmid,
        partitionid=partitionid,
        client=client,
        body=body,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    hsmid: int,
    partitionid: int,
    *,
    client: AuthenticatedClient,
    body: CreatePartitionIndirectResponseRequest,
    type_: CreatePartitionIndirectResponseType | Unset = UNSET,
) -> Response[ErrorDescription | PartitionIndirectResponse]:
    """Answer a service HSM's indirect-login challenge

     Computes, on a user partition of the admin HSM, the response to a
    challenge obtained from the service HSM; the response is then posted to
    the service HSM's login. The Crypto Officer must be logged in to the
    partition. The response is kept for the session at `Location`.

    Args:
        hsmid (int):
        partitionid (int):
        type_ (CreatePartitionIndirectResponseType | Unset):
        body (CreatePartitionIndirectResponseRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | PartitionIndirectResponse]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
        partitionid=partitionid,
        body=body,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hsmid: int,
    partitionid: int,
    *,
    client: AuthenticatedClient,
    body: CreatePartitionIndirectResponseRequest,
    type_: CreatePartitionIndirectResponseType | Unset = UNSET,
) -> ErrorDescription | PartitionIndirectResponse | None:
    """Answer a service HSM's indirect-login challenge

     Computes, on a user partition of the admin HSM, the response to a
    challenge obtained from the service HSM; the response is then posted to
    the service HSM's login. The Crypto Officer must be logged in to the
    partition. The response is kept for the session at `Location`.

    Args:
        hsmid (int):
        partitionid (int):
        type_ (CreatePartitionIndirectResponseType | Unset):
        body (CreatePartitionIndirectResponseRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | PartitionIndirectResponse
    """

    return (
        await asyncio_detailed(
            hsmid=hsmid,
            partitionid=partitionid,
            client=client,
            body=body,
            type_=type_,
        )
    ).parsed
