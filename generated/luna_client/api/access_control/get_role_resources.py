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
    roleid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/roles/{roleid}/resources".format(
            roleid=quote(str(roleid), safe=""),
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
    roleid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | File]:
    """Get a role's allowed REST resources

     Returns, as a text file, the REST resources the role may call: one
    `METHOD:/path` entry per line. Known only from client code.

    Args:
        roleid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | File]
    """

    kwargs = _get_kwargs(
        roleid=roleid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    roleid: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | File | None:
    """Get a role's allowed REST resources

     Returns, as a text file, the REST resources the role may call: one
    `METHOD:/path` entry per line. Known only from client code.

    Args:
        roleid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | File
    """

    return sync_detailed(
        roleid=roleid,
        client=client,
    ).parsed


async def asyncio_detailed(
    roleid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | File]:
    """Get a role's allowed REST resources

     Returns, as a text file, the REST resources the role may call: one
    `METHOD:/path` entry per line. Known only from client code.

    Args:
        roleid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | File]
    """

    kwargs = _get_kwargs(
        roleid=roleid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    roleid: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | File | None:
    """Get a role's allowed REST resources

     Returns, as a text file, the REST resources the role may call: one
    `METHOD:/path` entry per line. Known only from client code.

    Args:
        roleid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | File
    """

    return (
        await asyncio_detailed(
            roleid=roleid,
            client=client,
        )
    ).parsed
