from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.certificate_signing_request import CertificateSigningRequest
from ...models.create_web_server_csr_request import CreateWebServerCsrRequest
from ...models.error_description import ErrorDescription
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: CreateWebServerCsrRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/lunasa/webServer/csr",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.safenetinc.lunasa+json;version=17"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CertificateSigningRequest | ErrorDescription | None:
    if response.status_code == 200:
        response_200 = CertificateSigningRequest.from_dict(response.json())

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
) -> Response[CertificateSigningRequest | ErrorDescription]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateWebServerCsrRequest,
) -> Response[CertificateSigningRequest | ErrorDescription]:
    """Generate a key and CSR for the web server's certificate

     Makes a new key for the REST web server (`keyType` `rsa` with
    `keySize` 2048, 3072 or 4096 bits, or `ecc` with `curveName`
    `prime256v1`, `secp384r1` or `secp521r1`) and answers a certificate
    signing request for it with the given subject (`cn` required). The
    web server keeps serving its current certificate until a CA-signed
    certificate for the new key is installed with
    `PUT /api/lunasa/webServer/config/certificate`;
    `GET /api/lunasa/webServer/config/csr` downloads the same request as
    a file.

    The path question: the reference page's file name says
    `web_server_config_csr`, but the page itself documents
    `POST /api/lunasa/webServer/csr`, with no `/config/` segment; the
    `/config/csr` and `/config/certificate` paths come from the guide's
    file-transfer code samples only. Both are kept: this operation makes
    the request, the guide's GET downloads it.

    Args:
        body (CreateWebServerCsrRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CertificateSigningRequest | ErrorDescription]
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
    body: CreateWebServerCsrRequest,
) -> CertificateSigningRequest | ErrorDescription | None:
    """Generate a key and CSR for the web server's certificate

     Makes a new key for the REST web server (`keyType` `rsa` with
    `keySize` 2048, 3072 or 4096 bits, or `ecc` with `curveName`
    `prime256v1`, `secp384r1` or `secp521r1`) and answers a certificate
    signing request for it with the given subject (`cn` required). The
    web server keeps serving its current certificate until a CA-signed
    certificate for the new key is installed with
    `PUT /api/lunasa/webServer/config/certificate`;
    `GET /api/lunasa/webServer/config/csr` downloads the same request as
    a file.

    The path question: the reference page's file name says
    `web_server_config_csr`, but the page itself documents
    `POST /api/lunasa/webServer/csr`, with no `/config/` segment; the
    `/config/csr` and `/config/certificate` paths come from the guide's
    file-transfer code samples only. Both are kept: this operation makes
    the request, the guide's GET downloads it.

    Args:
        body (CreateWebServerCsrRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CertificateSigningRequest | ErrorDescription
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateWebServerCsrRequest,
) -> Response[CertificateSigningRequest | ErrorDescription]:
    """Generate a key and CSR for the web server's certificate

     Makes a new key for the REST web server (`keyType` `rsa` with
    `keySize` 2048, 3072 or 4096 bits, or `ecc` with `curveName`
    `prime256v1`, `secp384r1` or `secp521r1`) and answers a certificate
    signing request for it with the given subject (`cn` required). The
    web server keeps serving its current certificate until a CA-signed
    certificate for the new key is installed with
    `PUT /api/lunasa/webServer/config/certificate`;
    `GET /api/lunasa/webServer/config/csr` downloads the same request as
    a file.

    The path question: the reference page's file name says
    `web_server_config_csr`, but the page itself documents
    `POST /api/lunasa/webServer/csr`, with no `/config/` segment; the
    `/config/csr` and `/config/certificate` paths come from the guide's
    file-transfer code samples only. Both are kept: this operation makes
    the request, the guide's GET downloads it.

    Args:
        body (CreateWebServerCsrRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CertificateSigningRequest | ErrorDescription]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateWebServerCsrRequest,
) -> CertificateSigningRequest | ErrorDescription | None:
    """Generate a key and CSR for the web server's certificate

     Makes a new key for the REST web server (`keyType` `rsa` with
    `keySize` 2048, 3072 or 4096 bits, or `ecc` with `curveName`
    `prime256v1`, `secp384r1` or `secp521r1`) and answers a certificate
    signing request for it with the given subject (`cn` required). The
    web server keeps serving its current certificate until a CA-signed
    certificate for the new key is installed with
    `PUT /api/lunasa/webServer/config/certificate`;
    `GET /api/lunasa/webServer/config/csr` downloads the same request as
    a file.

    The path question: the reference page's file name says
    `web_server_config_csr`, but the page itself documents
    `POST /api/lunasa/webServer/csr`, with no `/config/` segment; the
    `/config/csr` and `/config/certificate` paths come from the guide's
    file-transfer code samples only. Both are kept: this operation makes
    the request, the guide's GET downloads it.

    Args:
        body (CreateWebServerCsrRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CertificateSigningRequest | ErrorDescription
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
