from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_ntp_server_request import CreateNtpServerRequest
from ...models.error_description import ErrorDescription
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: CreateNtpServerRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/lunasa/ntp/servers",
    }

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
    body: CreateNtpServerRequest,
) -> Response[Any | ErrorDescription]:
    """Add an NTP server

     Adds an NTP server by IP address or hostname (`address`), with
    optional burst, preferred-server, symmetric key (`keyId`) and NTS
    settings. NTS needs protocol version 4; `port` (NTS-KE, default
    4460) is only allowed with NTS. Needs the HSM SO logged in when
    `forceSoLogin` is on. The v17 page documents five further 400
    conditions (invalid NTP authentication parameters, a protocol version
    NTS does not support, an NTS-KE port without NTS, an invalid server, a
    server that already exists) whose error ids were not readable; they
    are answered as `FRAMEWORK_BAD_REQUEST` here until the ids are known.

    Args:
        body (CreateNtpServerRequest):

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
    body: CreateNtpServerRequest,
) -> Any | ErrorDescription | None:
    """Add an NTP server

     Adds an NTP server by IP address or hostname (`address`), with
    optional burst, preferred-server, symmetric key (`keyId`) and NTS
    settings. NTS needs protocol version 4; `port` (NTS-KE, default
    4460) is only allowed with NTS. Needs the HSM SO logged in when
    `forceSoLogin` is on. The v17 page documents five further 400
    conditions (invalid NTP authentication parameters, a protocol version
    NTS does not support, an NTS-KE port without NTS, an invalid server, a
    server that already exists) whose error ids were not readable; they
    are answered as `FRAMEWORK_BAD_REQUEST` here until the ids are known.

    Args:
        body (CreateNtpServerRequest):

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
    body: CreateNtpServerRequest,
) -> Response[Any | ErrorDescription]:
    """Add an NTP server

     Adds an NTP server by IP address or hostname (`address`), with
    optional burst, preferred-server, symmetric key (`keyId`) and NTS
    settings. NTS needs protocol version 4; `port` (NTS-KE, default
    4460) is only allowed with NTS. Needs the HSM SO logged in when
    `forceSoLogin` is on. The v17 page documents five further 400
    conditions (invalid NTP authentication parameters, a protocol version
    NTS does not support, an NTS-KE port without NTS, an invalid server, a
    server that already exists) whose error ids were not readable; they
    are answered as `FRAMEWORK_BAD_REQUEST` here until the ids are known.

    Args:
        body (CreateNtpServerRequest):

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
    body: CreateNtpServerRequest,
) -> Any | ErrorDescription | None:
    """Add an NTP server

     Adds an NTP server by IP address or hostname (`address`), with
    optional burst, preferred-server, symmetric key (`keyId`) and NTS
    settings. NTS needs protocol version 4; `port` (NTS-KE, default
    4460) is only allowed with NTS. Needs the HSM SO logged in when
    `forceSoLogin` is on. The v17 page documents five further 400
    conditions (invalid NTP authentication parameters, a protocol version
    NTS does not support, an NTS-KE port without NTS, an invalid server, a
    server that already exists) whose error ids were not readable; they
    are answered as `FRAMEWORK_BAD_REQUEST` here until the ids are known.

    Args:
        body (CreateNtpServerRequest):

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
