from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.perform_hsm_ped_action_request import PerformHsmPedActionRequest
from ...models.task import Task
from ...types import UNSET, Response, Unset


def _get_kwargs(
    hsmid: int,
    pedid: str,
    actionid: str,
    *,
    body: PerformHsmPedActionRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/lunasa/hsms/{hsmid}/ped/peds/{pedid}/actions/{actionid}".format(
            hsmid=quote(str(hsmid), safe=""),
            pedid=quote(str(pedid), safe=""),
            actionid=quote(str(actionid), safe=""),
        ),
    }

    if not isinstance(body, Unset):
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
    pedid: str,
    actionid: str,
    *,
    client: AuthenticatedClient,
    body: PerformHsmPedActionRequest | Unset = UNSET,
) -> Response[Any | ErrorDescription | Task]:
    """Perform a PED action (connect, disconnect, vector erase/initialize)

     `connect` opens a path from the HSM to a remote PED server at
    `ipAddress`:`ipPort` (port 80-65535); `disconnect` closes it.
    `vectorInitialize` creates a new remote PED vector (the secret on the
    orange PED key) and `vectorErase` removes it from the HSM; either makes
    existing remote PED keys stop working. Usually runs as a task.

    Args:
        hsmid (int):
        pedid (str):
        actionid (str):
        body (PerformHsmPedActionRequest | Unset): Parameters of `connect`; `{}` for the other
            actions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription | Task]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
        pedid=pedid,
        actionid=actionid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hsmid: int,
    pedid: str,
    actionid: str,
    *,
    client: AuthenticatedClient,
    body: PerformHsmPedActionRequest | Unset = UNSET,
) -> Any | ErrorDescription | Task | None:
    """Perform a PED action (connect, disconnect, vector erase/initialize)

     `connect` opens a path from the HSM to a remote PED server at
    `ipAddress`:`ipPort` (port 80-65535); `disconnect` closes it.
    `vectorInitialize` creates a new remote PED vector (the secret on the
    orange PED key) and `vectorErase` removes it from the HSM; either makes
    existing remote PED keys stop working. Usually runs as a task.

    Args:
        hsmid (int):
        pedid (str):
        actionid (str):
        body (PerformHsmPedActionRequest | Unset): Parameters of `connect`; `{}` for the other
            actions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription | Task
    """

    return sync_detailed(
        hsmid=hsmid,
        pedid=pedid,
        actionid=actionid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    hsmid: int,
    pedid: str,
    actionid: str,
    *,
    client: AuthenticatedClient,
    body: PerformHsmPedActionRequest | Unset = UNSET,
) -> Response[Any | ErrorDescription | Task]:
    """Perform a PED action (connect, disconnect, vector erase/initialize)

     `connect` opens a path from the HSM to a remote PED server at
    `ipAddress`:`ipPort` (port 80-65535); `disconnect` closes it.
    `vectorInitialize` creates a new remote PED vector (the secret on the
    orange PED key) and `vectorErase` removes it from the HSM; either makes
    existing remote PED keys stop working. Usually runs as a task.

    Args:
        hsmid (int):
        pedid (str):
        actionid (str):
        body (PerformHsmPedActionRequest | Unset): Parameters of `connect`; `{}` for the other
            actions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription | Task]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
        pedid=pedid,
        actionid=actionid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hsmid: int,
    pedid: str,
    actionid: str,
    *,
    client: AuthenticatedClient,
    body: PerformHsmPedActionRequest | Unset = UNSET,
) -> Any | ErrorDescription | Task | None:
    """Perform a PED action (connect, disconnect, vector erase/initialize)

     `connect` opens a path from the HSM to a remote PED server at
    `ipAddress`:`ipPort` (port 80-65535); `disconnect` closes it.
    `vectorInitialize` creates a new remote PED vector (the secret on the
    orange PED key) and `vectorErase` removes it from the HSM; either makes
    existing remote PED keys stop working. Usually runs as a task.

    Args:
        hsmid (int):
        pedid (str):
        actionid (str):
        body (PerformHsmPedActionRequest | Unset): Parameters of `connect`; `{}` for the other
            actions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription | Task
    """

    return (
        await asyncio_detailed(
            hsmid=hsmid,
            pedid=pedid,
            actionid=actionid,
            client=client,
            body=body,
        )
    ).parsed
