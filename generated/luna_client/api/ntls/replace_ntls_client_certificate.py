from http import HTTPStatus
from io import BytesIO
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.replace_ntls_client_certificate_request import (
    ReplaceNtlsClientCertificateRequest,
)
from ...types import UNSET, File, FileTypes, Response, Unset


def _get_kwargs(
    clientid: str,
    *,
    body: File | ReplaceNtlsClientCertificateRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/lunasa/ntls/clients/{clientid}".format(
            clientid=quote(str(clientid), safe=""),
        ),
    }

    if isinstance(body, File):
        if not isinstance(body, Unset):
            _kwargs["content"] = body.payload
        headers["Content-Type"] = (
            "application/vnd.safenetinc.lunasa+octet-stream;version=17"
        )
    if isinstance(body, ReplaceNtlsClientCertificateRequest):
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

    if response.status_code == 404:
        response_404 = ErrorDescription.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorDescription.from_dict(response.json())

        return response_500

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
    clientid: str,
    *,
    client: AuthenticatedClient,
    body: File | ReplaceNtlsClientCertificateRequest | Unset = UNSET,
) -> Response[Any | ErrorDescription]:
    """Add or replace an NTLS client's certificate

     Sets the certificate of an already registered client (self-signed or
    CA-signed; a CA-signed one also needs its CA certificate added).
    Three ways: upload the PEM as the octet-stream body, send its content
    in `certificate`, or name a file already in the caller's file area in
    `file`.

    Args:
        clientid (str):
        body (File | Unset):
        body (ReplaceNtlsClientCertificateRequest | Unset): Exactly one of `certificate` (PEM
            content) and `file` (name of an uploaded file).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription]
    """

    kwargs = _get_kwargs(
        clientid=clientid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    clientid: str,
    *,
    client: AuthenticatedClient,
    body: File | ReplaceNtlsClientCertificateRequest | Unset = UNSET,
) -> Any | ErrorDescription | None:
    """Add or replace an NTLS client's certificate

     Sets the certificate of an already registered client (self-signed or
    CA-signed; a CA-signed one also needs its CA certificate added).
    Three ways: upload the PEM as the octet-stream body, send its content
    in `certificate`, or name a file already in the caller's file area in
    `file`.

    Args:
        clientid (str):
        body (File | Unset):
        body (ReplaceNtlsClientCertificateRequest | Unset): Exactly one of `certificate` (PEM
            content) and `file` (name of an uploaded file).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription
    """

    return sync_detailed(
        clientid=clientid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    clientid: str,
    *,
    client: AuthenticatedClient,
    body: File | ReplaceNtlsClientCertificateRequest | Unset = UNSET,
) -> Response[Any | ErrorDescription]:
    """Add or replace an NTLS client's certificate

     Sets the certificate of an already registered client (self-signed or
    CA-signed; a CA-signed one also needs its CA certificate added).
    Three ways: upload the PEM as the octet-stream body, send its content
    in `certificate`, or name a file already in the caller's file area in
    `file`.

    Args:
        clientid (str):
        body (File | Unset):
        body (ReplaceNtlsClientCertificateRequest | Unset): Exactly one of `certificate` (PEM
            content) and `file` (name of an uploaded file).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription]
    """

    kwargs = _get_kwargs(
        clientid=clientid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    clientid: str,
    *,
    client: AuthenticatedClient,
    body: File | ReplaceNtlsClientCertificateRequest | Unset = UNSET,
) -> Any | ErrorDescription | None:
    """Add or replace an NTLS client's certificate

     Sets the certificate of an already registered client (self-signed or
    CA-signed; a CA-signed one also needs its CA certificate added).
    Three ways: upload the PEM as the octet-stream body, send its content
    in `certificate`, or name a file already in the caller's file area in
    `file`.

    Args:
        clientid (str):
        body (File | Unset):
        body (ReplaceNtlsClientCertificateRequest | Unset): Exactly one of `certificate` (PEM
            content) and `file` (name of an uploaded file).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription
    """

    return (
        await asyncio_detailed(
            clientid=clientid,
            client=client,
            body=body,
        )
    ).parsed
