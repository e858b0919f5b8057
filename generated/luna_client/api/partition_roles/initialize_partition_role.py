from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.initialize_partition_role_request import InitializePartitionRoleRequest
from ...models.task import Task
from ...types import UNSET, Response


def _get_kwargs(
    hsmid: int,
    partitionid: int,
    roleid: str,
    *,
    body: InitializePartitionRoleRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/lunasa/hsms/{hsmid}/partitions/{partitionid}/roles/{roleid}".format(
            hsmid=quote(str(hsmid), safe=""),
            partitionid=quote(str(partitionid), safe=""),
            roleid=quote(str(roleid), safe=""),
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
    roleid: str,
    *,
    client: AuthenticatedClient,
    body: InitializePartitionRoleRequest,
) -> Response[Any | ErrorDescription | Task]:
    """Initialize a partition role

     Initializes a partition role (typically the Crypto Officer, then the
    Crypto User) with its password or, on PED-based partitions, through the
    PED, in which case the request becomes a task. Set `defaultChallenge`
    to false on password-based partitions. The role that administers the
    new role (the partition SO for the CO, the CO for the CU) must be
    logged in, on an initialized partition.

    Args:
        hsmid (int):
        partitionid (int):
        roleid (str):
        body (InitializePartitionRoleRequest): v17 parameters (reference 002). The vendor's
            password pattern leaves
            its `[` and `]` unescaped; the same character set is written here as a
            valid regex.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription | Task]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
        partitionid=partitionid,
        roleid=roleid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hsmid: int,
    partitionid: int,
    roleid: str,
    *,
    client: AuthenticatedClient,
    body: InitializePartitionRoleRequest,
) -> Any | ErrorDescription | Task | None:
    """Initialize a partition role

     Initializes a partition role (typically the Crypto Officer, then the
    Crypto User) with its password or, on PED-based partitions, through the
    PED, in which case the request becomes a task. Set `defaultChallenge`
    to false on password-based partitions. The role that administers the
    new role (the partition SO for the CO, the CO for the CU) must be
    logged in, on an initialized partition.

    Args:
        hsmid (int):
        partitionid (int):
        roleid (str):
        body (InitializePartitionRoleRequest): v17 parameters (reference 002). The vendor's
            password pattern leaves
            its `[` and `]` unescaped; the same character set is written here as a
            valid regex.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription | Task
    """

    return sync_detailed(
        hsmid=hsmid,
        partitionid=partitionid,
        roleid=roleid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    hsmid: int,
    partitionid: int,
    roleid: str,
    *,
    client: AuthenticatedClient,
    body: InitializePartitionRoleRequest,
) -> Response[Any | ErrorDescription | Task]:
    """Initialize a partition role

     Initializes a partition role (typically the Crypto Officer, then the
    Crypto User) with its password or, on PED-based partitions, through the
    PED, in which case the request becomes a task. Set `defaultChallenge`
    to false on password-based partitions. The role that administers the
    new role (the partition SO for the CO, the CO for the CU) must be
    logged in, on an initialized partition.

    Args:
        hsmid (int):
        partitionid (int):
        roleid (str):
        body (InitializePartitionRoleRequest): v17 parameters (reference 002). The vendor's
            password pattern leaves
            its `[` and `]` unescaped; the same character set is written here as a
            valid regex.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription | Task]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
        partitionid=partitionid,
        roleid=roleid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hsmid: int,
    partitionid: int,
    roleid: str,
    *,
    client: AuthenticatedClient,
    body: InitializePartitionRoleRequest,
) -> Any | ErrorDescription | Task | None:
    """Initialize a partition role

     Initializes a partition role (typically the Crypto Officer, then the
    Crypto User) with its password or, on PED-based partitions, through the
    PED, in which case the request becomes a task. Set `defaultChallenge`
    to false on password-based partitions. The role that administers the
    new role (the partition SO for the CO, the CO for the CU) must be
    logged in, on an initialized partition.

    Args:
        hsmid (int):
        partitionid (int):
        roleid (str):
        body (InitializePartitionRoleRequest): v17 parameters (reference 002). The vendor's
            password pattern leaves
            its `[` and `]` unescaped; the same character set is written here as a
            valid regex.

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
            roleid=roleid,
            client=client,
            body=body,
        )
    ).parsed
