from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.partition_object_action_result import PartitionObjectActionResult
from ...models.perform_partition_object_action_request import (
    PerformPartitionObjectActionRequest,
)
from ...models.task import Task
from ...types import UNSET, Response


def _get_kwargs(
    hsmid: int,
    partitionid: int,
    actionid: str,
    *,
    body: PerformPartitionObjectActionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/lunasa/hsms/{hsmid}/partitions/{partitionid}/object/actions/{actionid}".format(
            hsmid=quote(str(hsmid), safe=""),
            partitionid=quote(str(partitionid), safe=""),
            actionid=quote(str(actionid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.safenetinc.lunasa+json;version=17"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorDescription | PartitionObjectActionResult | Task | None:
    if response.status_code == 200:
        response_200 = PartitionObjectActionResult.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = Task.from_dict(response.json())

        return response_202

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ErrorDescription | PartitionObjectActionResult | Task]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    hsmid: int,
    partitionid: int,
    actionid: str,
    *,
    client: AuthenticatedClient,
    body: PerformPartitionObjectActionRequest,
) -> Response[Any | ErrorDescription | PartitionObjectActionResult | Task]:
    """Back up or restore partition objects

     `backup` copies the listed objects (all of them when `ids` is empty) to
    a backup under `name`; `restore` brings the listed objects back into
    the partition. Both usually run as tasks; the restore result, read from
    `/tasks/{taskid}/response`, holds the new object handles.

    Args:
        hsmid (int):
        partitionid (int):
        actionid (str):
        body (PerformPartitionObjectActionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription | PartitionObjectActionResult | Task]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
        partitionid=partitionid,
        actionid=actionid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hsmid: int,
    partitionid: int,
    actionid: str,
    *,
    client: AuthenticatedClient,
    body: PerformPartitionObjectActionRequest,
) -> Any | ErrorDescription | PartitionObjectActionResult | Task | None:
    """Back up or restore partition objects

     `backup` copies the listed objects (all of them when `ids` is empty) to
    a backup under `name`; `restore` brings the listed objects back into
    the partition. Both usually run as tasks; the restore result, read from
    `/tasks/{taskid}/response`, holds the new object handles.

    Args:
        hsmid (int):
        partitionid (int):
        actionid (str):
        body (PerformPartitionObjectActionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription | PartitionObjectActionResult | Task
    """

    return sync_detailed(
        hsmid=hsmid,
        partitionid=partitionid,
        actionid=actionid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    hsmid: int,
    partitionid: int,
    actionid: str,
    *,
    client: AuthenticatedClient,
    body: PerformPartitionObjectActionRequest,
) -> Response[Any | ErrorDescription | PartitionObjectActionResult | Task]:
    """Back up or restore partition objects

     `backup` copies the listed objects (all of them when `ids` is empty) to
    a backup under `name`; `restore` brings the listed objects back into
    the partition. Both usually run as tasks; the restore result, read from
    `/tasks/{taskid}/response`, holds the new object handles.

    Args:
        hsmid (int):
        partitionid (int):
        actionid (str):
        body (PerformPartitionObjectActionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription | PartitionObjectActionResult | Task]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
        partitionid=partitionid,
        actionid=actionid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hsmid: int,
    partitionid: int,
    actionid: str,
    *,
    client: AuthenticatedClient,
    body: PerformPartitionObjectActionRequest,
) -> Any | ErrorDescription | PartitionObjectActionResult | Task | None:
    """Back up or restore partition objects

     `backup` copies the listed objects (all of them when `ids` is empty) to
    a backup under `name`; `restore` brings the listed objects back into
    the partition. Both usually run as tasks; the restore result, read from
    `/tasks/{taskid}/response`, holds the new object handles.

    Args:
        hsmid (int):
        partitionid (int):
        actionid (str):
        body (PerformPartitionObjectActionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription | PartitionObjectActionResult | Task
    """

    return (
        await asyncio_detailed(
            hsmid=hsmid,
            partitionid=partitionid,
            actionid=actionid,
            client=client,
            body=body,
        )
    ).parsed
