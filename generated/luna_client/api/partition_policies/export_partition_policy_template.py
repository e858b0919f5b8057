from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.export_partition_policy_template_request import (
    ExportPartitionPolicyTemplateRequest,
)
from ...models.partition_policy_template_export_result import (
    PartitionPolicyTemplateExportResult,
)
from ...types import UNSET, Response


def _get_kwargs(
    hsmid: int,
    partitionid: int,
    *,
    body: ExportPartitionPolicyTemplateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/lunasa/hsms/{hsmid}/partitions/{partitionid}/policies".format(
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
) -> ErrorDescription | PartitionPolicyTemplateExportResult | None:
    if response.status_code == 201:
        response_201 = PartitionPolicyTemplateExportResult.from_dict(response.json())

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
) -> Response[ErrorDescription | PartitionPolicyTemplateExportResult]:
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
    body: ExportPartitionPolicyTemplateRequest,
) -> Response[ErrorDescription | PartitionPolicyTemplateExportResult]:
    """Export the partition's policies as a template file

     Writes the current state of the partition's policies to a policy
    template file in the calling user's file area, overwriting a file of
    the same name. `Location` names the file
    (`/users/{userid}/files/{fileid}`), which can then be downloaded.

    Args:
        hsmid (int):
        partitionid (int):
        body (ExportPartitionPolicyTemplateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | PartitionPolicyTemplateExportResult]
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
    body: ExportPartitionPolicyTemplateRequest,
) -> ErrorDescription | PartitionPolicyTemplateExportResult | None:
    """Export the partition's policies as a template file

     Writes the current state of the partition's policies to a policy
    template file in the calling user's file area, overwriting a file of
    the same name. `Location` names the file
    (`/users/{userid}/files/{fileid}`), which can then be downloaded.

    Args:
        hsmid (int):
        partitionid (int):
        body (ExportPartitionPolicyTemplateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | PartitionPolicyTemplateExportResult
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
    body: ExportPartitionPolicyTemplateRequest,
) -> Response[ErrorDescription | PartitionPolicyTemplateExportResult]:
    """Export the partition's policies as a template file

     Writes the current state of the partition's policies to a policy
    template file in the calling user's file area, overwriting a file of
    the same name. `Location` names the file
    (`/users/{userid}/files/{fileid}`), which can then be downloaded.

    Args:
        hsmid (int):
        partitionid (int):
        body (ExportPartitionPolicyTemplateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | PartitionPolicyTemplateExportResult]
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
    body: ExportPartitionPolicyTemplateRequest,
) -> ErrorDescription | PartitionPolicyTemplateExportResult | None:
    """Export the partition's policies as a template file

     Writes the current state of the partition's policies to a policy
    template file in the calling user's file area, overwriting a file of
    the same name. `Location` names the file
    (`/users/{userid}/files/{fileid}`), which can then be downloaded.

    Args:
        hsmid (int):
        partitionid (int):
        body (ExportPartitionPolicyTemplateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | PartitionPolicyTemplateExportResult
    """

    return (
        await asyncio_detailed(
            hsmid=hsmid,
            partitionid=partitionid,
            client=client,
            body=body,
        )
    ).parsed
