from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.get_partition_certificate_type import GetPartitionCertificateType
from ...models.partition_certificate import PartitionCertificate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    hsmid: int,
    partitionid: int,
    *,
    type_: GetPartitionCertificateType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/lunasa/hsms/{hsmid}/partitions/{partitionid}/certificate".format(
            hsmid=quote(str(hsmid), safe=""),
            partitionid=quote(str(partitionid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDescription | PartitionCertificate | None:
    if response.status_code == 200:
        response_200 = PartitionCertificate.from_dict(response.json())

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
) -> Response[ErrorDescription | PartitionCertificate]:
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
    type_: GetPartitionCertificateType | Unset = UNSET,
) -> Response[ErrorDescription | PartitionCertificate]:
    """Get the partition's token-wrapping certificate

     Returns the token-wrapping certificate of an application partition,
    which the service HSM needs to issue an indirect-login challenge. The
    certificate is also stored for the session; `Location` names the stored
    copy. The Crypto Officer must be logged in to the partition.

    Args:
        hsmid (int):
        partitionid (int):
        type_ (GetPartitionCertificateType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | PartitionCertificate]
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
    type_: GetPartitionCertificateType | Unset = UNSET,
) -> ErrorDescription | PartitionCertificate | None:
    """Get the partition's token-wrapping certificate

     Returns the token-wrapping certificate of an application partition,
    which the service HSM needs to issue an indirect-login challenge. The
    certificate is also stored for the session; `Location` names the stored
    copy. The Crypto Officer must be logged in to the partition.

    Args:
        hsmid (int):
        partitionid (int):
        type_ (GetPartitionCertificateType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | PartitionCertificate
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
    type_: GetPartitionCertificateType | Unset = UNSET,
) -> Response[ErrorDescription | PartitionCertificate]:
    """Get the partition's token-wrapping certificate

     Returns the token-wrapping certificate of an application partition,
    which the service HSM needs to issue an indirect-login challenge. The
    certificate is also stored for the session; `Location` names the stored
    copy. The Crypto Officer must be logged in to the partition.

    Args:
        hsmid (int):
        partitionid (int):
        type_ (GetPartitionCertificateType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | PartitionCertificate]
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
    type_: GetPartitionCertificateType | Unset = UNSET,
) -> ErrorDescription | PartitionCertificate | None:
    """Get the partition's token-wrapping certificate

     Returns the token-wrapping certificate of an application partition,
    which the service HSM needs to issue an indirect-login challenge. The
    certificate is also stored for the session; `Location` names the stored
    copy. The Crypto Officer must be logged in to the partition.

    Args:
        hsmid (int):
        partitionid (int):
        type_ (GetPartitionCertificateType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | PartitionCertificate
    """

    return (
        await asyncio_detailed(
            hsmid=hsmid,
            partitionid=partitionid,
            client=client,
            type_=type_,
        )
    ).parsed
