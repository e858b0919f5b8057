from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.perform_config_backup_action_request import (
    PerformConfigBackupActionRequest,
)
from ...types import UNSET, Response


def _get_kwargs(
    backupid: str,
    actionid: str,
    *,
    body: PerformConfigBackupActionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/lunasa/config/backups/{backupid}/actions/{actionid}".format(
            backupid=quote(str(backupid), safe=""),
            actionid=quote(str(actionid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.safenetinc.lunasa+json;version=17"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorDescription | None:
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

    if response.status_code == 409:
        response_409 = ErrorDescription.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorDescription]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    backupid: str,
    actionid: str,
    *,
    client: AuthenticatedClient,
    body: PerformConfigBackupActionRequest,
) -> Response[Any | ErrorDescription]:
    """Restore a configuration backup

     `restore` puts back the configuration of one service (or `all`) from
    the stored backup. Stop the service(s) first; HSM and partition
    configuration is not restored; the appliance first saves the current
    configuration as a new backup; the change takes effect after a
    reboot. Restoring `webserver` or `all` restarts the web server, so
    the caller must open a new session. A critical operation.

    Args:
        backupid (str):
        actionid (str):
        body (PerformConfigBackupActionRequest): Parameters of the `restore` action.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription]
    """

    kwargs = _get_kwargs(
        backupid=backupid,
        actionid=actionid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    backupid: str,
    actionid: str,
    *,
    client: AuthenticatedClient,
    body: PerformConfigBackupActionRequest,
) -> Any | ErrorDescription | None:
    """Restore a configuration backup

     `restore` puts back the configuration of one service (or `all`) from
    the stored backup. Stop the service(s) first; HSM and partition
    configuration is not restored; the appliance first saves the current
    configuration as a new backup; the change takes effect after a
    reboot. Restoring `webserver` or `all` restarts the web server, so
    the caller must open a new session. A critical operation.

    Args:
        backupid (str):
        actionid (str):
        body (PerformConfigBackupActionRequest): Parameters of the `restore` action.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription
    """

    return sync_detailed(
        backupid=backupid,
        actionid=actionid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    backupid: str,
    actionid: str,
    *,
    client: AuthenticatedClient,
    body: PerformConfigBackupActionRequest,
) -> Response[Any | ErrorDescription]:
    """Restore a configuration backup

     `restore` puts back the configuration of one service (or `all`) from
    the stored backup. Stop the service(s) first; HSM and partition
    configuration is not restored; the appliance first saves the current
    configuration as a new backup; the change takes effect after a
    reboot. Restoring `webserver` or `all` restarts the web server, so
    the caller must open a new session. A critical operation.

    Args:
        backupid (str):
        actionid (str):
        body (PerformConfigBackupActionRequest): Parameters of the `restore` action.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription]
    """

    kwargs = _get_kwargs(
        backupid=backupid,
        actionid=actionid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    backupid: str,
    actionid: str,
    *,
    client: AuthenticatedClient,
    body: PerformConfigBackupActionRequest,
) -> Any | ErrorDescription | None:
    """Restore a configuration backup

     `restore` puts back the configuration of one service (or `all`) from
    the stored backup. Stop the service(s) first; HSM and partition
    configuration is not restored; the appliance first saves the current
    configuration as a new backup; the change takes effect after a
    reboot. Restoring `webserver` or `all` restarts the web server, so
    the caller must open a new session. A critical operation.

    Args:
        backupid (str):
        actionid (str):
        body (PerformConfigBackupActionRequest): Parameters of the `restore` action.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription
    """

    return (
        await asyncio_detailed(
            backupid=backupid,
            actionid=actionid,
            client=client,
            body=body,
        )
    ).parsed
