from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.partition_stc import PartitionStc
from ...types import UNSET, Response


def _get_kwargs(
    hsmid: int,
    partitionid: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/lunasa/hsms/{hsmid}/partitions/{partitionid}/stc".format(
            hsmid=quote(str(hsmid), safe=""),
            partitionid=quote(str(partitionid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDescription | PartitionStc | None:
    if response.status_code == 200:
        response_200 = PartitionStc.from_dict(response.json())

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
) -> Response[ErrorDescription | PartitionStc]:
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
) -> Response[ErrorDescription | PartitionStc]:
    """Get the partition's STC configuration and identity

     Returns the partition's Secure Trusted Channel link settings and
    exports its identity, which is registered on the client with LunaCM
    (`stc partitionregister`) after base64-decoding. The name of the
    identity field is not documented.

    Args:
        hsmid (int):
        partitionid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | PartitionStc]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
        partitionid=partitionid,
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
) -> ErrorDescription | PartitionStc | None:
    """Get the partition's STC configuration and identity

     Returns the partition's Secure Trusted Channel link settings and
    exports its identity, which is registered on the client with LunaCM
    (`stc partitionregister`) after base64-decoding. The name of the
    identity field is not documented.

    Args:
        hsmid (int):
        partitionid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | PartitionStc
    """

    return sync_detailed(
        hsmid=hsmid,
        partitionid=partitionid,
        client=client,
    ).parsed


async def asyncio_detailed(
    hsmid: int,
    partitionid: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | PartitionStc]:
    """Get the partition's STC configuration and identity

     Returns the partition's Secure Trusted Channel link settings and
    exports its identity, which is registered on the client with LunaCM
    (`stc partitionregister`) after base64-decoding. The name of the
    identity field is not documented.

    Args:
        hsmid (int):
        partitionid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | PartitionStc]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
        partitionid=partitionid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hsmid: int,
    partitionid: int,
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | PartitionStc | None:
    """Get the partition's STC configuration and identity

     Returns the partition's Secure Trusted Channel link settings and
    exports its identity, which is registered on the client with LunaCM
    (`stc partitionregister`) after base64-decoding. The name of the
    identity field is not documented.

    Args:
        hsmid (int):
        partitionid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | PartitionStc
    """

    return (
        await asyncio_detailed(
            hsmid=hsmid,
            partitionid=partitionid,
            client=client,
        )
    ).parsed
