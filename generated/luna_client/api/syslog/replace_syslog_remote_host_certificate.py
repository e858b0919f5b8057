from http import HTTPStatus
from io import BytesIO
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.replace_syslog_remote_host_certificate_request import (
    ReplaceSyslogRemoteHostCertificateRequest,
)
from ...types import UNSET, File, FileTypes, Response, Unset


def _get_kwargs(
    *,
    body: ReplaceSyslogRemoteHostCertificateRequest | File | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/lunasa/syslog/remoteHosts/certificate",
    }

    if isinstance(body, ReplaceSyslogRemoteHostCertificateRequest):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/vnd.safenetinc.lunasa+json;version=17"
    if isinstance(body, File):
        if not isinstance(body, Unset):
            _kwargs["content"] = body.payload
        headers["Content-Type"] = (
            "application/vnd.safenetinc.lunasa+octet-stream;version=17"
        )

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
    body: ReplaceSyslogRemoteHostCertificateRequest | File | Unset = UNSET,
) -> Response[Any | ErrorDescription]:
    """Install a signed syslog TLS certificate

     Installs a CA-signed certificate (for the key made by
    `POST .../remoteHosts/csr`) as the appliance's syslog client
    certificate. Send the PEM file itself as an octet-stream upload, or a
    JSON `{file}` naming a `.pem` file uploaded before to the caller's file
    area. Restart the syslog service afterwards.

    Args:
        body (ReplaceSyslogRemoteHostCertificateRequest | Unset): Names a CA-signed `.pem`
            certificate already uploaded to the caller's file area.
        body (File | Unset):

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
    body: ReplaceSyslogRemoteHostCertificateRequest | File | Unset = UNSET,
) -> Any | ErrorDescription | None:
    """Install a signed syslog TLS certificate

     Installs a CA-signed certificate (for the key made by
    `POST .../remoteHosts/csr`) as the appliance's syslog client
    certificate. Send the PEM file itself as an octet-stream upload, or a
    JSON `{file}` naming a `.pem` file uploaded before to the caller's file
    area. Restart the syslog service afterwards.

    Args:
        body (ReplaceSyslogRemoteHostCertificateRequest | Unset): Names a CA-signed `.pem`
            certificate already uploaded to the caller's file area.
        body (File | Unset):

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
    body: ReplaceSyslogRemoteHostCertificateRequest | File | Unset = UNSET,
) -> Response[Any | ErrorDescription]:
    """Install a signed syslog TLS certificate

     Installs a CA-signed certificate (for the key made by
    `POST .../remoteHosts/csr`) as the appliance's syslog client
    certificate. Send the PEM file itself as an octet-stream upload, or a
    JSON `{file}` naming a `.pem` file uploaded before to the caller's file
    area. Restart the syslog service afterwards.

    Args:
        body (ReplaceSyslogRemoteHostCertificateRequest | Unset): Names a CA-signed `.pem`
            certificate already uploaded to the caller's file area.
        body (File | Unset):

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
    body: ReplaceSyslogRemoteHostCertificateRequest | File | Unset = UNSET,
) -> Any | ErrorDescription | None:
    """Install a signed syslog TLS certificate

     Installs a CA-signed certificate (for the key made by
    `POST .../remoteHosts/csr`) as the appliance's syslog client
    certificate. Send the PEM file itself as an octet-stream upload, or a
    JSON `{file}` naming a `.pem` file uploaded before to the caller's file
    area. Restart the syslog service afterwards.

    Args:
        body (ReplaceSyslogRemoteHostCertificateRequest | Unset): Names a CA-signed `.pem`
            certificate already uploaded to the caller's file area.
        body (File | Unset):

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
