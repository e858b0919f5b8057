from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.network_ping_result import NetworkPingResult
from ...models.perform_network_action_request import PerformNetworkActionRequest
from ...types import UNSET, Response


def _get_kwargs(
    actionid: str,
    *,
    body: PerformNetworkActionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/lunasa/network/actions/{actionid}".format(
            actionid=quote(str(actionid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.safenetinc.lunasa+json;version=17"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDescription | NetworkPingResult | None:
    if response.status_code == 200:
        response_200 = NetworkPingResult.from_dict(response.json())

        return response_200

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
) -> Response[ErrorDescription | NetworkPingResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    actionid: str,
    *,
    client: AuthenticatedClient,
    body: PerformNetworkActionRequest,
) -> Response[ErrorDescription | NetworkPingResult]:
    """Run a network diagnostic (ping)

     `ping` sends one packet from the appliance to `address` (IP address
    or hostname) and returns the round-trip time in `time`; 0 means the
    ping failed. The reference page calls the unit both seconds and
    milliseconds.

    Args:
        actionid (str):
        body (PerformNetworkActionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | NetworkPingResult]
    """

    kwargs = _get_kwargs(
        actionid=actionid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    actionid: str,
    *,
    client: AuthenticatedClient,
    body: PerformNetworkActionRequest,
) -> ErrorDescription | NetworkPingResult | None:
    """Run a network diagnostic (ping)

     `ping` sends one packet from the appliance to `address` (IP address
    or hostname) and returns the round-trip time in `time`; 0 means the
    ping failed. The reference page calls the unit both seconds and
    milliseconds.

    Args:
        actionid (str):
        body (PerformNetworkActionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | NetworkPingResult
    """

    return sync_detailed(
        actionid=actionid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    actionid: str,
    *,
    client: AuthenticatedClient,
    body: PerformNetworkActionRequest,
) -> Response[ErrorDescription | NetworkPingResult]:
    """Run a network diagnostic (ping)

     `ping` sends one packet from the appliance to `address` (IP address
    or hostname) and returns the round-trip time in `time`; 0 means the
    ping failed. The reference page calls the unit both seconds and
    milliseconds.

    Args:
        actionid (str):
        body (PerformNetworkActionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | NetworkPingResult]
    """

    kwargs = _get_kwargs(
        actionid=actionid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    actionid: str,
    *,
    client: AuthenticatedClient,
    body: PerformNetworkActionRequest,
) -> ErrorDescription | NetworkPingResult | None:
    """Run a network diagnostic (ping)

     `ping` sends one packet from the appliance to `address` (IP address
    or hostname) and returns the round-trip time in `time`; 0 means the
    ping failed. The reference page calls the unit both seconds and
    milliseconds.

    Args:
        actionid (str):
        body (PerformNetworkActionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | NetworkPingResult
    """

    return (
        await asyncio_detailed(
            actionid=actionid,
            client=client,
            body=body,
        )
    ).parsed
