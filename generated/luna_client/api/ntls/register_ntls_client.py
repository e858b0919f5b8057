from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.ntls_client_registration import NtlsClientRegistration
from ...models.register_ntls_client_request import RegisterNtlsClientRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: RegisterNtlsClientRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/lunasa/ntls/clients",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.safenetinc.lunasa+json;version=17"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorDescription | NtlsClientRegistration | None:
    if response.status_code == 200:
        response_200 = NtlsClientRegistration.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ErrorDescription | NtlsClientRegistration]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RegisterNtlsClientRequest,
) -> Response[Any | ErrorDescription | NtlsClientRegistration]:
    """Register an NTLS client

     Registers a client under `clientName` (anything but `server`) with
    either `ip` or `hostname`, never both. Three ways: send the PEM in
    `certificate` (newlines escaped as `\\n`); omit it when a file named
    after the ip/hostname (`<ip or hostname>.pem`) was uploaded to the
    caller's file area beforehand; or omit it and add the certificate
    later with `PUT /api/lunasa/ntls/clients/{clientid}`. When the
    appliance's `forceSoLogin` flag is on (see `GET /api/lunasa`), the
    HSM SO must be logged in within the session.

    Args:
        body (RegisterNtlsClientRequest): `clientName` plus exactly one of `ip` and `hostname`.
            With
            `certificate` the PEM is registered directly; without it the appliance
            uses `<ip or hostname>.pem` from the caller's file area if present, or
            registers the client without a certificate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription | NtlsClientRegistration]
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
    body: RegisterNtlsClientRequest,
) -> Any | ErrorDescription | NtlsClientRegistration | None:
    """Register an NTLS client

     Registers a client under `clientName` (anything but `server`) with
    either `ip` or `hostname`, never both. Three ways: send the PEM in
    `certificate` (newlines escaped as `\\n`); omit it when a file named
    after the ip/hostname (`<ip or hostname>.pem`) was uploaded to the
    caller's file area beforehand; or omit it and add the certificate
    later with `PUT /api/lunasa/ntls/clients/{clientid}`. When the
    appliance's `forceSoLogin` flag is on (see `GET /api/lunasa`), the
    HSM SO must be logged in within the session.

    Args:
        body (RegisterNtlsClientRequest): `clientName` plus exactly one of `ip` and `hostname`.
            With
            `certificate` the PEM is registered directly; without it the appliance
            uses `<ip or hostname>.pem` from the caller's file area if present, or
            registers the client without a certificate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription | NtlsClientRegistration
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RegisterNtlsClientRequest,
) -> Response[Any | ErrorDescription | NtlsClientRegistration]:
    """Register an NTLS client

     Registers a client under `clientName` (anything but `server`) with
    either `ip` or `hostname`, never both. Three ways: send the PEM in
    `certificate` (newlines escaped as `\\n`); omit it when a file named
    after the ip/hostname (`<ip or hostname>.pem`) was uploaded to the
    caller's file area beforehand; or omit it and add the certificate
    later with `PUT /api/lunasa/ntls/clients/{clientid}`. When the
    appliance's `forceSoLogin` flag is on (see `GET /api/lunasa`), the
    HSM SO must be logged in within the session.

    Args:
        body (RegisterNtlsClientRequest): `clientName` plus exactly one of `ip` and `hostname`.
            With
            `certificate` the PEM is registered directly; without it the appliance
            uses `<ip or hostname>.pem` from the caller's file area if present, or
            registers the client without a certificate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription | NtlsClientRegistration]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RegisterNtlsClientRequest,
) -> Any | ErrorDescription | NtlsClientRegistration | None:
    """Register an NTLS client

     Registers a client under `clientName` (anything but `server`) with
    either `ip` or `hostname`, never both. Three ways: send the PEM in
    `certificate` (newlines escaped as `\\n`); omit it when a file named
    after the ip/hostname (`<ip or hostname>.pem`) was uploaded to the
    caller's file area beforehand; or omit it and add the certificate
    later with `PUT /api/lunasa/ntls/clients/{clientid}`. When the
    appliance's `forceSoLogin` flag is on (see `GET /api/lunasa`), the
    HSM SO must be logged in within the session.

    Args:
        body (RegisterNtlsClientRequest): `clientName` plus exactly one of `ip` and `hostname`.
            With
            `certificate` the PEM is registered directly; without it the appliance
            uses `<ip or hostname>.pem` from the caller's file area if present, or
            registers the client without a certificate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription | NtlsClientRegistration
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
