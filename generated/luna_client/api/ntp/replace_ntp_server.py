from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.replace_ntp_server_request import ReplaceNtpServerRequest
from ...types import UNSET, Response


def _get_kwargs(
    serverid: str,
    *,
    body: ReplaceNtpServerRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/lunasa/ntp/servers/{serverid}".format(
            serverid=quote(str(serverid), safe=""),
        ),
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
    serverid: str,
    *,
    client: AuthenticatedClient,
    body: ReplaceNtpServerRequest,
) -> Response[Any | ErrorDescription]:
    """Change an NTP server's settings

     Replaces the settings of a server already added (burst, initial
    burst, preferred server, protocol version, symmetric key, NTS and its
    NTS-KE port), with the rules of `POST /api/lunasa/ntp/servers`: NTS
    needs protocol version 4 and excludes `keyId`, and `port` is only
    allowed with NTS. Settings left out return to their defaults. Needs
    the HSM SO logged in when `forceSoLogin` is on. The page is from API
    4.0.0 (its `isAutokeyEnabled` flag became `nts` in later versions);
    no later page was found.

    Args:
        serverid (str):
        body (ReplaceNtpServerRequest): The settings of `CreateNtpServerRequest` other than the
            address, which names the server.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription]
    """

    kwargs = _get_kwargs(
        serverid=serverid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    serverid: str,
    *,
    client: AuthenticatedClient,
    body: ReplaceNtpServerRequest,
) -> Any | ErrorDescription | None:
    """Change an NTP server's settings

     Replaces the settings of a server already added (burst, initial
    burst, preferred server, protocol version, symmetric key, NTS and its
    NTS-KE port), with the rules of `POST /api/lunasa/ntp/servers`: NTS
    needs protocol version 4 and excludes `keyId`, and `port` is only
    allowed with NTS. Settings left out return to their defaults. Needs
    the HSM SO logged in when `forceSoLogin` is on. The page is from API
    4.0.0 (its `isAutokeyEnabled` flag became `nts` in later versions);
    no later page was found.

    Args:
        serverid (str):
        body (ReplaceNtpServerRequest): The settings of `CreateNtpServerRequest` other than the
            address, which names the server.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription
    """

    return sync_detailed(
        serverid=serverid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    serverid: str,
    *,
    client: AuthenticatedClient,
    body: ReplaceNtpServerRequest,
) -> Response[Any | ErrorDescription]:
    """Change an NTP server's settings

     Replaces the settings of a server already added (burst, initial
    burst, preferred server, protocol version, symmetric key, NTS and its
    NTS-KE port), with the rules of `POST /api/lunasa/ntp/servers`: NTS
    needs protocol version 4 and excludes `keyId`, and `port` is only
    allowed with NTS. Settings left out return to their defaults. Needs
    the HSM SO logged in when `forceSoLogin` is on. The page is from API
    4.0.0 (its `isAutokeyEnabled` flag became `nts` in later versions);
    no later page was found.

    Args:
        serverid (str):
        body (ReplaceNtpServerRequest): The settings of `CreateNtpServerRequest` other than the
            address, which names the server.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription]
    """

    kwargs = _get_kwargs(
        serverid=serverid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    serverid: str,
    *,
    client: AuthenticatedClient,
    body: ReplaceNtpServerRequest,
) -> Any | ErrorDescription | None:
    """Change an NTP server's settings

     Replaces the settings of a server already added (burst, initial
    burst, preferred server, protocol version, symmetric key, NTS and its
    NTS-KE port), with the rules of `POST /api/lunasa/ntp/servers`: NTS
    needs protocol version 4 and excludes `keyId`, and `port` is only
    allowed with NTS. Settings left out return to their defaults. Needs
    the HSM SO logged in when `forceSoLogin` is on. The page is from API
    4.0.0 (its `isAutokeyEnabled` flag became `nts` in later versions);
    no later page was found.

    Args:
        serverid (str):
        body (ReplaceNtpServerRequest): The settings of `CreateNtpServerRequest` other than the
            address, which names the server.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription
    """

    return (
        await asyncio_detailed(
            serverid=serverid,
            client=client,
            body=body,
        )
    ).parsed
