from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.syslog_remote_host_certificate import SyslogRemoteHostCertificate
from ...types import UNSET, Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/lunasa/syslog/remoteHosts/certificate",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDescription | SyslogRemoteHostCertificate | None:
    if response.status_code == 200:
        response_200 = SyslogRemoteHostCertificate.from_dict(response.json())

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
) -> Response[ErrorDescription | SyslogRemoteHostCertificate]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | SyslogRemoteHostCertificate]:
    """Get the appliance's syslog TLS certificate

     Returns the certificate the appliance presents to remote log servers
    for mutual TLS. Inferred: no page or client code was found, so the
    body is described loosely.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | SyslogRemoteHostCertificate]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | SyslogRemoteHostCertificate | None:
    """Get the appliance's syslog TLS certificate

     Returns the certificate the appliance presents to remote log servers
    for mutual TLS. Inferred: no page or client code was found, so the
    body is described loosely.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | SyslogRemoteHostCertificate
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | SyslogRemoteHostCertificate]:
    """Get the appliance's syslog TLS certificate

     Returns the certificate the appliance presents to remote log servers
    for mutual TLS. Inferred: no page or client code was found, so the
    body is described loosely.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | SyslogRemoteHostCertificate]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | SyslogRemoteHostCertificate | None:
    """Get the appliance's syslog TLS certificate

     Returns the certificate the appliance presents to remote log servers
    for mutual TLS. Inferred: no page or client code was found, so the
    body is described loosely.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | SyslogRemoteHostCertificate
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
