from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.config_backup import ConfigBackup
from ...models.error_description import ErrorDescription
from ...types import UNSET, Response


def _get_kwargs(
    backupid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/lunasa/config/backups/{backupid}".format(
            backupid=quote(str(backupid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConfigBackup | ErrorDescription | None:
    if response.status_code == 200:
        response_200 = ConfigBackup.from_dict(response.json())

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
) -> Response[ConfigBackup | ErrorDescription]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    backupid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ConfigBackup | ErrorDescription]:
    """Get a configuration backup

     Returns one stored configuration backup and a link to its actions
    (`restore`). No reference page was found: the body is described
    loosely. This is a JSON description, not the backup file: the
    reference keeps backup files in the appliance's local file system
    (the restore action works "on a backup file stored in local file
    system") and documents no REST resource that hands one out, so a
    backup cannot be downloaded over REST (luna_ext's download refuses a
    JSON answer with NotAFileError instead of writing it to a file).

    Args:
        backupid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfigBackup | ErrorDescription]
    """

    kwargs = _get_kwargs(
        backupid=backupid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    backupid: str,
    *,
    client: AuthenticatedClient,
) -> ConfigBackup | ErrorDescription | None:
    """Get a configuration backup

     Returns one stored configuration backup and a link to its actions
    (`restore`). No reference page was found: the body is described
    loosely. This is a JSON description, not the backup file: the
    reference keeps backup files in the appliance's local file system
    (the restore action works "on a backup file stored in local file
    system") and documents no REST resource that hands one out, so a
    backup cannot be downloaded over REST (luna_ext's download refuses a
    JSON answer with NotAFileError instead of writing it to a file).

    Args:
        backupid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfigBackup | ErrorDescription
    """

    return sync_detailed(
        backupid=backupid,
        client=client,
    ).parsed


async def asyncio_detailed(
    backupid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ConfigBackup | ErrorDescription]:
    """Get a configuration backup

     Returns one stored configuration backup and a link to its actions
    (`restore`). No reference page was found: the body is described
    loosely. This is a JSON description, not the backup file: the
    reference keeps backup files in the appliance's local file system
    (the restore action works "on a backup file stored in local file
    system") and documents no REST resource that hands one out, so a
    backup cannot be downloaded over REST (luna_ext's download refuses a
    JSON answer with NotAFileError instead of writing it to a file).

    Args:
        backupid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfigBackup | ErrorDescription]
    """

    kwargs = _get_kwargs(
        backupid=backupid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    backupid: str,
    *,
    client: AuthenticatedClient,
) -> ConfigBackup | ErrorDescription | None:
    """Get a configuration backup

     Returns one stored configuration backup and a link to its actions
    (`restore`). No reference page was found: the body is described
    loosely. This is a JSON description, not the backup file: the
    reference keeps backup files in the appliance's local file system
    (the restore action works "on a backup file stored in local file
    system") and documents no REST resource that hands one out, so a
    backup cannot be downloaded over REST (luna_ext's download refuses a
    JSON answer with NotAFileError instead of writing it to a file).

    Args:
        backupid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfigBackup | ErrorDescription
    """

    return (
        await asyncio_detailed(
            backupid=backupid,
            client=client,
        )
    ).parsed
