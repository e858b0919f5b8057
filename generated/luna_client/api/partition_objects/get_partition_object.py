from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.partition_object import PartitionObject
from ...types import UNSET, Response


def _get_kwargs(
    hsmid: int,
    partitionid: int,
    objectid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/lunasa/hsms/{hsmid}/partitions/{partitionid}/object/objects/{objectid}".format(
            hsmid=quote(str(hsmid), safe=""),
            partitionid=quote(str(partitionid), safe=""),
            objectid=quote(str(objectid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDescription | PartitionObject | None:
    if response.status_code == 200:
        response_200 = PartitionObject.from_dict(response.json())

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

    if response.status_code == 500:
        response_500 = ErrorDescription.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDescription | PartitionObject]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    hsmid: int,
    partitionid: int,
    objectid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | PartitionObject]:
    """Get a partition object's attributes

     Returns the attributes of one object. Needs a private session
    (`POST /auth/session`); objects that are not public also need a
    partition login, and an unauthenticated request gets an empty answer.
    Attributes that do not apply to the object's type read `n/a`; settable
    attributes that were never set read as an empty string.

    Args:
        hsmid (int):
        partitionid (int):
        objectid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | PartitionObject]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
        partitionid=partitionid,
        objectid=objectid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hsmid: int,
    partitionid: int,
    objectid: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | PartitionObject | None:
    """Get a partition object's attributes

     Returns the attributes of one object. Needs a private session
    (`POST /auth/session`); objects that are not public also need a
    partition login, and an unauthenticated request gets an empty answer.
    Attributes that do not apply to the object's type read `n/a`; settable
    attributes that were never set read as an empty string.

    Args:
        hsmid (int):
        partitionid (int):
        objectid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | PartitionObject
    """

    return sync_detailed(
        hsmid=hsmid,
        partitionid=partitionid,
        objectid=objectid,
        client=client,
    ).parsed


async def asyncio_detailed(
    hsmid: int,
    partitionid: int,
    objectid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | PartitionObject]:
    """Get a partition object's attributes

     Returns the attributes of one object. Needs a private session
    (`POST /auth/session`); objects that are not public also need a
    partition login, and an unauthenticated request gets an empty answer.
    Attributes that do not apply to the object's type read `n/a`; settable
    attributes that were never set read as an empty string.

    Args:
        hsmid (int):
        partitionid (int):
        objectid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | PartitionObject]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
        partitionid=partitionid,
        objectid=objectid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hsmid: int,
    partitionid: int,
    objectid: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | PartitionObject | None:
    """Get a partition object's attributes

     Returns the attributes of one object. Needs a private session
    (`POST /auth/session`); objects that are not public also need a
    partition login, and an unauthenticated request gets an empty answer.
    Attributes that do not apply to the object's type read `n/a`; settable
    attributes that were never set read as an empty string.

    Args:
        hsmid (int):
        partitionid (int):
        objectid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | PartitionObject
    """

    return (
        await asyncio_detailed(
            hsmid=hsmid,
            partitionid=partitionid,
            objectid=objectid,
            client=client,
        )
    ).parsed
