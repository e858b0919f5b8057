from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.generate_syslog_remote_host_csr_request import (
    GenerateSyslogRemoteHostCsrRequest,
)
from ...models.syslog_csr import SyslogCsr
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: GenerateSyslogRemoteHostCsrRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/lunasa/syslog/remoteHosts/csr",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.safenetinc.lunasa+json;version=17"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDescription | SyslogCsr | None:
    if response.status_code == 200:
        response_200 = SyslogCsr.from_dict(response.json())

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
) -> Response[ErrorDescription | SyslogCsr]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GenerateSyslogRemoteHostCsrRequest,
) -> Response[ErrorDescription | SyslogCsr]:
    """Generate a syslog key and certificate signing request

     Creates a new private key for the appliance's syslog TLS client
    identity and returns a certificate signing request for it, built from
    the given subject fields (all optional, with defaults). Have a CA sign
    it, then install the result with `PUT .../remoteHosts/certificate`.
    The shape of the answer is not documented: it is declared as either
    the CSR file or a JSON object carrying it.

    Args:
        body (GenerateSyslogRemoteHostCsrRequest): Subject and key parameters of the CSR; every
            field is optional
            (defaults in the descriptions). v15 constraints. The v15 page lists no
            `startDate`, but the guide sends one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | SyslogCsr]
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
    body: GenerateSyslogRemoteHostCsrRequest,
) -> ErrorDescription | SyslogCsr | None:
    """Generate a syslog key and certificate signing request

     Creates a new private key for the appliance's syslog TLS client
    identity and returns a certificate signing request for it, built from
    the given subject fields (all optional, with defaults). Have a CA sign
    it, then install the result with `PUT .../remoteHosts/certificate`.
    The shape of the answer is not documented: it is declared as either
    the CSR file or a JSON object carrying it.

    Args:
        body (GenerateSyslogRemoteHostCsrRequest): Subject and key parameters of the CSR; every
            field is optional
            (defaults in the descriptions). v15 constraints. The v15 page lists no
            `startDate`, but the guide sends one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | SyslogCsr
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GenerateSyslogRemoteHostCsrRequest,
) -> Response[ErrorDescription | SyslogCsr]:
    """Generate a syslog key and certificate signing request

     Creates a new private key for the appliance's syslog TLS client
    identity and returns a certificate signing request for it, built from
    the given subject fields (all optional, with defaults). Have a CA sign
    it, then install the result with `PUT .../remoteHosts/certificate`.
    The shape of the answer is not documented: it is declared as either
    the CSR file or a JSON object carrying it.

    Args:
        body (GenerateSyslogRemoteHostCsrRequest): Subject and key parameters of the CSR; every
            field is optional
            (defaults in the descriptions). v15 constraints. The v15 page lists no
            `startDate`, but the guide sends one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | SyslogCsr]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GenerateSyslogRemoteHostCsrRequest,
) -> ErrorDescription | SyslogCsr | None:
    """Generate a syslog key and certificate signing request

     Creates a new private key for the appliance's syslog TLS client
    identity and returns a certificate signing request for it, built from
    the given subject fields (all optional, with defaults). Have a CA sign
    it, then install the result with `PUT .../remoteHosts/certificate`.
    The shape of the answer is not documented: it is declared as either
    the CSR file or a JSON object carrying it.

    Args:
        body (GenerateSyslogRemoteHostCsrRequest): Subject and key parameters of the CSR; every
            field is optional
            (defaults in the descriptions). v15 constraints. The v15 page lists no
            `startDate`, but the guide sends one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | SyslogCsr
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
