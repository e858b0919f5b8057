from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.certificate_signing_request import CertificateSigningRequest
from ...models.create_ntls_csr_request import CreateNtlsCsrRequest
from ...models.error_description import ErrorDescription
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateNtlsCsrRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/lunasa/ntls/csr",
    }

    if not isinstance(body, Unset):
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
    body: CreateNtlsCsrRequest | Unset = UNSET,
) -> Response[CertificateSigningRequest | ErrorDescription]:
    """Generate a CSR for the NTLS certificate

     Answers a certificate signing request for the NTLS server key, to be
    signed by a CA and installed with `PUT /api/lunasa/ntls/certificate`.
    Subject fields default to the appliance hostname (`cn`), CA, Ontario,
    Ottawa and Thales; `subjectAltName` holds up to 10 `IP:` or `DNS:`
    entries; `keySize` is 2048, 3072 or 4096. The page does not show the
    answer's shape; it is the PEM in `csr`, like the syslog CSR.

    Args:
        body (CreateNtlsCsrRequest | Unset):

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
    body: CreateNtlsCsrRequest | Unset = UNSET,
) -> CertificateSigningRequest | ErrorDescription | None:
    """Generate a CSR for the NTLS certificate

     Answers a certificate signing request for the NTLS server key, to be
    signed by a CA and installed with `PUT /api/lunasa/ntls/certificate`.
    Subject fields default to the appliance hostname (`cn`), CA, Ontario,
    Ottawa and Thales; `subjectAltName` holds up to 10 `IP:` or `DNS:`
    entries; `keySize` is 2048, 3072 or 4096. The page does not show the
    answer's shape; it is the PEM in `csr`, like the syslog CSR.

    Args:
        body (CreateNtlsCsrRequest | Unset):

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
    body: CreateNtlsCsrRequest | Unset = UNSET,
) -> Response[CertificateSigningRequest | ErrorDescription]:
    """Generate a CSR for the NTLS certificate

     Answers a certificate signing request for the NTLS server key, to be
    signed by a CA and installed with `PUT /api/lunasa/ntls/certificate`.
    Subject fields default to the appliance hostname (`cn`), CA, Ontario,
    Ottawa and Thales; `subjectAltName` holds up to 10 `IP:` or `DNS:`
    entries; `keySize` is 2048, 3072 or 4096. The page does not show the
    answer's shape; it is the PEM in `csr`, like the syslog CSR.

    Args:
        body (CreateNtlsCsrRequest | Unset):

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
    body: CreateNtlsCsrRequest | Unset = UNSET,
) -> CertificateSigningRequest | ErrorDescription | None:
    """Generate a CSR for the NTLS certificate

     Answers a certificate signing request for the NTLS server key, to be
    signed by a CA and installed with `PUT /api/lunasa/ntls/certificate`.
    Subject fields default to the appliance hostname (`cn`), CA, Ontario,
    Ottawa and Thales; `subjectAltName` holds up to 10 `IP:` or `DNS:`
    entries; `keySize` is 2048, 3072 or 4096. The page does not show the
    answer's shape; it is the PEM in `csr`, like the syslog CSR.

    Args:
        body (CreateNtlsCsrRequest | Unset):

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
