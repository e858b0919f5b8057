from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_config_backup_request import CreateConfigBackupRequest
from ...models.error_description import ErrorDescription
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateConfigBackupRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/lunasa/config/backups",
    }

    if not isinstance(body, Unset):
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
    *,
    client: AuthenticatedClient,
    body: CreateConfigBackupRequest | Unset = UNSET,
) -> Response[Any | ErrorDescription]:
    """Back up the system configuration

     Writes a backup file of the appliance's service configurations
    (network, SSH, NTLS, syslog, NTP, SNMP, users, webserver, ...) to the
    appliance; HSM and partition contents are not included. This is one of
    the critical operations, which the appliance runs one at a time. No
    reference page was found: the parameters and the success status are
    not documented (an empty body and 204 are assumed).

    Args:
        body (CreateConfigBackupRequest | Unset): No parameters are documented; send `{}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateConfigBackupRequest | Unset = UNSET,
) -> Any | ErrorDescription | None:
    """Back up the system configuration

     Writes a backup file of the appliance's service configurations
    (network, SSH, NTLS, syslog, NTP, SNMP, users, webserver, ...) to the
    appliance; HSM and partition contents are not included. This is one of
    the critical operations, which the appliance runs one at a time. No
    reference page was found: the parameters and the success status are
    not documented (an empty body and 204 are assumed).

    Args:
        body (CreateConfigBackupRequest | Unset): No parameters are documented; send `{}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateConfigBackupRequest | Unset = UNSET,
) -> Response[Any | ErrorDescription]:
    """Back up the system configuration

     Writes a backup file of the appliance's service configurations
    (network, SSH, NTLS, syslog, NTP, SNMP, users, webserver, ...) to the
    appliance; HSM and partition contents are not included. This is one of
    the critical operations, which the appliance runs one at a time. No
    reference page was found: the parameters and the success status are
    not documented (an empty body and 204 are assumed).

    Args:
        body (CreateConfigBackupRequest | Unset): No parameters are documented; send `{}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateConfigBackupRequest | Unset = UNSET,
) -> Any | ErrorDescription | None:
    """Back up the system configuration

     Writes a backup file of the appliance's service configurations
    (network, SSH, NTLS, syslog, NTP, SNMP, users, webserver, ...) to the
    appliance; HSM and partition contents are not included. This is one of
    the critical operations, which the appliance runs one at a time. No
    reference page was found: the parameters and the success status are
    not documented (an empty body and 204 are assumed).

    Args:
        body (CreateConfigBackupRequest | Unset): No parameters are documented; send `{}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
