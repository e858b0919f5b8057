from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_partition_indirect_challenge_request import (
    CreatePartitionIndirectChallengeRequest,
)
from ...models.error_description import ErrorDescription
from ...models.partition_indirect_challenge import PartitionIndirectChallenge
from ...types import UNSET, Response


def _get_kwargs(
    hsmid: int,
    partitionid: int,
    *,
    body: CreatePartitionIndirectChallengeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/lunasa/hsms/{hsmid}/partitions/{partitionid}/indirect/challenges".format(
            hsmid=quote(str(hsmid), safe=""),
            partitionid=quote(str(partitionid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.safenetinc.lunasa+json;version=17"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDescription | PartitionIndirectChallenge | None:
    if response.status_code == 200:
        response_200 = PartitionIndirectChallenge.from_dict(response.json())

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
) -> Response[ErrorDescription | PartitionIndirectChallenge]:
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
    body: CreatePartitionIndirectChallengeRequest,
) -> Response[ErrorDescription | PartitionIndirectChallenge]:
    """Get an indirect-login challenge from a partition

     Produces, from a user partition, the challenge a peer needs to answer
    for indirect login of the given role, from the token-wrapping
    certificate of the other side. The challenge is kept for the session at
    the returned `Location`.

    Args:
        hsmid (int):
        partitionid (int):
        body (CreatePartitionIndirectChallengeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | PartitionIndirectChallenge]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
        partitionid=partitionid,
        body=body,
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
    body: CreatePartitionIndirectChallengeRequest,
) -> ErrorDescription | PartitionIndirectChallenge | None:
    """Get an indirect-login challenge from a partition

     Produces, from a user partition, the challenge a peer needs to answer
    for indirect login of the given role, from the token-wrapping
    certificate of the other side. The challenge is kept for the session at
    the returned `Location`.

    Args:
        hsmid (int):
        partitionid (int):
        body (CreatePartitionIndirectChallengeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | PartitionIndirectChallenge
    """

    return sync_detailed(
        hsmid=hsmid,
        partitionid=partitionid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    hsmid: int,
    partitionid: int,
    *,
    client: AuthenticatedClient,
    body: CreatePartitionIndirectChallengeRequest,
) -> Response[ErrorDescription | PartitionIndirectChallenge]:
    """Get an indirect-login challenge from a partition

     Produces, from a user partition, the challenge a peer needs to answer
    for indirect login of the given role, from the token-wrapping
    certificate of the other side. The challenge is kept for the session at
    the returned `Location`.

    Args:
        hsmid (int):
        partitionid (int):
        body (CreatePartitionIndirectChallengeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | PartitionIndirectChallenge]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
        partitionid=partitionid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hsmid: int,
    partitionid: int,
    *,
    client: AuthenticatedClient,
    body: CreatePartitionIndirectChallengeRequest,
) -> ErrorDescription | PartitionIndirectChallenge | None:
    """Get an indirect-login challenge from a partition

     Produces, from a user partition, the challenge a peer needs to answer
    for indirect login of the given role, from the token-wrapping
    certificate of the other side. The challenge is kept for the session at
    the returned `Location`.

    Args:
        hsmid (int):
        partitionid (int):
        body (CreatePartitionIndirectChallengeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | PartitionIndirectChallenge
    """

    return (
        await asyncio_detailed(
            hsmid=hsmid,
            partitionid=partitionid,
            client=client,
            body=body,
        )
    ).parsed
