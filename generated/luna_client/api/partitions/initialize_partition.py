from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.initialize_partition_request import InitializePartitionRequest
from ...models.task import Task
from ...types import UNSET, Response


def _get_kwargs(
    hsmid: int,
    partitionid: int,
    *,
    body: InitializePartitionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/lunasa/hsms/{hsmid}/partitions/{partitionid}".format(
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
) -> Any | ErrorDescription | Task | None:
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
) -> Response[Any | ErrorDescription | Task]:
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
    body: InitializePartitionRequest,
) -> Response[Any | ErrorDescription | Task]:
    """Initialize a partition

     Initializes (or re-initializes) the partition with a label and, on
    password-authenticated HSMs, the partition SO password and cloning
    domain. Re-initializing an existing partition wipes every object it
    holds. PED-authenticated HSMs hand the request to a task. The HSM SO
    initializes; an initialized partition's own SO may re-initialize it.

    Args:
        hsmid (int):
        partitionid (int):
        body (InitializePartitionRequest): v15 parameters. `password` and `domain` are required on
            password-based
            HSMs and optional on PED-based ones. The vendor's character classes are
            written here as valid anchored regexes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription | Task]
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
    body: InitializePartitionRequest,
) -> Any | ErrorDescription | Task | None:
    """Initialize a partition

     Initializes (or re-initializes) the partition with a label and, on
    password-authenticated HSMs, the partition SO password and cloning
    domain. Re-initializing an existing partition wipes every object it
    holds. PED-authenticated HSMs hand the request to a task. The HSM SO
    initializes; an initialized partition's own SO may re-initialize it.

    Args:
        hsmid (int):
        partitionid (int):
        body (InitializePartitionRequest): v15 parameters. `password` and `domain` are required on
            password-based
            HSMs and optional on PED-based ones. The vendor's character classes are
            written here as valid anchored regexes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription | Task
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
    body: InitializePartitionRequest,
) -> Response[Any | ErrorDescription | Task]:
    """Initialize a partition

     Initializes (or re-initializes) the partition with a label and, on
    password-authenticated HSMs, the partition SO password and cloning
    domain. Re-initializing an existing partition wipes every object it
    holds. PED-authenticated HSMs hand the request to a task. The HSM SO
    initializes; an initialized partition's own SO may re-initialize it.

    Args:
        hsmid (int):
        partitionid (int):
        body (InitializePartitionRequest): v15 parameters. `password` and `domain` are required on
            password-based
            HSMs and optional on PED-based ones. The vendor's character classes are
            written here as valid anchored regexes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription | Task]
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
    body: InitializePartitionRequest,
) -> Any | ErrorDescription | Task | None:
    """Initialize a partition

     Initializes (or re-initializes) the partition with a label and, on
    password-authenticated HSMs, the partition SO password and cloning
    domain. Re-initializing an existing partition wipes every object it
    holds. PED-authenticated HSMs hand the request to a task. The HSM SO
    initializes; an initialized partition's own SO may re-initialize it.

    Args:
        hsmid (int):
        partitionid (int):
        body (InitializePartitionRequest): v15 parameters. `password` and `domain` are required on
            password-based
            HSMs and optional on PED-based ones. The vendor's character classes are
            written here as valid anchored regexes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription | Task
    """

    return (
        await asyncio_detailed(
            hsmid=hsmid,
            partitionid=partitionid,
            client=client,
            body=body,
        )
    ).parsed
