from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.user_file import UserFile
from ...types import UNSET, Response


def _get_kwargs(
    userid: str,
    fileid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users/{userid}/files/{fileid}".format(
            userid=quote(str(userid), safe=""),
            fileid=quote(str(fileid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDescription | UserFile | None:
    if response.status_code == 200:
        response_200 = UserFile.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorDescription.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorDescription.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorDescription.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorDescription.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDescription | UserFile]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    userid: str,
    fileid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | UserFile]:
    """Describe a file in a user's file area

     Returns a file's size, last modification time and download URL. Each
    user may read only its own files. The reference page lists the
    success status as 204 although it returns a body; 200 is declared
    here.

    Args:
        userid (str):
        fileid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | UserFile]
    """

    kwargs = _get_kwargs(
        userid=userid,
        fileid=fileid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    userid: str,
    fileid: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | UserFile | None:
    """Describe a file in a user's file area

     Returns a file's size, last modification time and download URL. Each
    user may read only its own files. The reference page lists the
    success status as 204 although it returns a body; 200 is declared
    here.

    Args:
        userid (str):
        fileid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | UserFile
    """

    return sync_detailed(
        userid=userid,
        fileid=fileid,
        client=client,
    ).parsed


async def asyncio_detailed(
    userid: str,
    fileid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | UserFile]:
    """Describe a file in a user's file area

     Returns a file's size, last modification time and download URL. Each
    user may read only its own files. The reference page lists the
    success status as 204 although it returns a body; 200 is declared
    here.

    Args:
        userid (str):
        fileid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | UserFile]
    """

    kwargs = _get_kwargs(
        userid=userid,
        fileid=fileid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    userid: str,
    fileid: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | UserFile | None:
    """Describe a file in a user's file area

     Returns a file's size, last modification time and download URL. Each
    user may read only its own files. The reference page lists the
    success status as 204 although it returns a body; 200 is declared
    here.

    Args:
        userid (str):
        fileid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | UserFile
    """

    return (
        await asyncio_detailed(
            userid=userid,
            fileid=fileid,
            client=client,
        )
    ).parsed
