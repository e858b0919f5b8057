from http import HTTPStatus
from io import BytesIO
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...types import UNSET, File, FileTypes, Response


def _get_kwargs(
    userid: str,
    fileid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users/{userid}/files/{fileid}/download".format(
            userid=quote(str(userid), safe=""),
            fileid=quote(str(fileid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDescription | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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
) -> Response[ErrorDescription | File]:
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
) -> Response[ErrorDescription | File]:
    """Download a file from a user's file area

     Streams the file packed in a compressed tar archive (tgz); unpack it
    to get the original file. Each user may download only its own files.

    Args:
        userid (str):
        fileid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | File]
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
) -> ErrorDescription | File | None:
    """Download a file from a user's file area

     Streams the file packed in a compressed tar archive (tgz); unpack it
    to get the original file. Each user may download only its own files.

    Args:
        userid (str):
        fileid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | File
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
) -> Response[ErrorDescription | File]:
    """Download a file from a user's file area

     Streams the file packed in a compressed tar archive (tgz); unpack it
    to get the original file. Each user may download only its own files.

    Args:
        userid (str):
        fileid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | File]
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
) -> ErrorDescription | File | None:
    """Download a file from a user's file area

     Streams the file packed in a compressed tar archive (tgz); unpack it
    to get the original file. Each user may download only its own files.

    Args:
        userid (str):
        fileid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | File
    """

    return (
        await asyncio_detailed(
            userid=userid,
            fileid=fileid,
            client=client,
        )
    ).parsed
