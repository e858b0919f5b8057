from http import HTTPStatus
from io import BytesIO
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...types import UNSET, File, FileTypes, Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/lunasa/webServer/config/csr",
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
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | File]:
    """Download the web server's certificate signing request

     Returns, as a file, a certificate signing request for the REST web
    server's key, to be signed by a CA and installed with
    `PUT /api/lunasa/webServer/config/certificate`: the request the last
    `POST /api/lunasa/webServer/csr` made (the reference's generator),
    or, before any, one for the web server's current key. The path comes
    from the guide's code sample only (see `createWebServerCsr`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | File]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | File | None:
    """Download the web server's certificate signing request

     Returns, as a file, a certificate signing request for the REST web
    server's key, to be signed by a CA and installed with
    `PUT /api/lunasa/webServer/config/certificate`: the request the last
    `POST /api/lunasa/webServer/csr` made (the reference's generator),
    or, before any, one for the web server's current key. The path comes
    from the guide's code sample only (see `createWebServerCsr`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | File
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | File]:
    """Download the web server's certificate signing request

     Returns, as a file, a certificate signing request for the REST web
    server's key, to be signed by a CA and installed with
    `PUT /api/lunasa/webServer/config/certificate`: the request the last
    `POST /api/lunasa/webServer/csr` made (the reference's generator),
    or, before any, one for the web server's current key. The path comes
    from the guide's code sample only (see `createWebServerCsr`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | File]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | File | None:
    """Download the web server's certificate signing request

     Returns, as a file, a certificate signing request for the REST web
    server's key, to be signed by a CA and installed with
    `PUT /api/lunasa/webServer/config/certificate`: the request the last
    `POST /api/lunasa/webServer/csr` made (the reference's generator),
    or, before any, one for the web server's current key. The path comes
    from the guide's code sample only (see `createWebServerCsr`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | File
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
