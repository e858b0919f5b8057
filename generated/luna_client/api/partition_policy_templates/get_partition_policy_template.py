from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.partition_policy_template import PartitionPolicyTemplate
from ...types import UNSET, Response


def _get_kwargs(
    templateid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/lunasa/partitionPolicyTemplates/{templateid}".format(
            templateid=quote(str(templateid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDescription | PartitionPolicyTemplate | None:
    if response.status_code == 200:
        response_200 = PartitionPolicyTemplate.from_dict(response.json())

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
) -> Response[ErrorDescription | PartitionPolicyTemplate]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    templateid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | PartitionPolicyTemplate]:
    """Get or download a partition policy template

     Returns the template's description as JSON or, when the request asks
    for the octet-stream type in `Accept`, the template file itself (a CSV
    of policy settings). The guide's example sends
    `Accept: application/octet-stream`; the vendor octet-stream type is
    declared here.

    Args:
        templateid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | PartitionPolicyTemplate]
    """

    kwargs = _get_kwargs(
        templateid=templateid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    templateid: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | PartitionPolicyTemplate | None:
    """Get or download a partition policy template

     Returns the template's description as JSON or, when the request asks
    for the octet-stream type in `Accept`, the template file itself (a CSV
    of policy settings). The guide's example sends
    `Accept: application/octet-stream`; the vendor octet-stream type is
    declared here.

    Args:
        templateid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | PartitionPolicyTemplate
    """

    return sync_detailed(
        templateid=templateid,
        client=client,
    ).parsed


async def asyncio_detailed(
    templateid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | PartitionPolicyTemplate]:
    """Get or download a partition policy template

     Returns the template's description as JSON or, when the request asks
    for the octet-stream type in `Accept`, the template file itself (a CSV
    of policy settings). The guide's example sends
    `Accept: application/octet-stream`; the vendor octet-stream type is
    declared here.

    Args:
        templateid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | PartitionPolicyTemplate]
    """

    kwargs = _get_kwargs(
        templateid=templateid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    templateid: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | PartitionPolicyTemplate | None:
    """Get or download a partition policy template

     Returns the template's description as JSON or, when the request asks
    for the octet-stream type in `Accept`, the template file itself (a CSV
    of policy settings). The guide's example sends
    `Accept: application/octet-stream`; the vendor octet-stream type is
    declared here.

    Args:
        templateid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | PartitionPolicyTemplate
    """

    return (
        await asyncio_detailed(
            templateid=templateid,
            client=client,
        )
    ).parsed
