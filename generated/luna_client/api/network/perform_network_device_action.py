from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.perform_network_device_action_request import (
    PerformNetworkDeviceActionRequest,
)
from ...models.perform_network_device_action_response_200 import (
    PerformNetworkDeviceActionResponse200,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    deviceid: str,
    actionid: str,
    *,
    body: PerformNetworkDeviceActionRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/lunasa/network/devices/{deviceid}/actions/{actionid}".format(
            deviceid=quote(str(deviceid), safe=""),
            actionid=quote(str(actionid), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.safenetinc.lunasa+json;version=17"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDescription | PerformNetworkDeviceActionResponse200 | None:
    if response.status_code == 200:
        response_200 = PerformNetworkDeviceActionResponse200.from_dict(response.json())

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
) -> Response[ErrorDescription | PerformNetworkDeviceActionResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    deviceid: str,
    actionid: str,
    *,
    client: AuthenticatedClient,
    body: PerformNetworkDeviceActionRequest | Unset = UNSET,
) -> Response[ErrorDescription | PerformNetworkDeviceActionResponse200]:
    """Enable or disable a bond device

     `enable` brings a configured bond device (`bond0`, `bond1`) up;
    `disable` takes it down, keeping its non-default routes when
    `keepRoutes` is true and deleting them otherwise (`keepRoutes` is
    required with `disable`). The vendor advises doing this over the
    serial console: the change can cut the caller's connection. Only
    bond devices have actions.

    Args:
        deviceid (str):
        actionid (str):
        body (PerformNetworkDeviceActionRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | PerformNetworkDeviceActionResponse200]
    """

    kwargs = _get_kwargs(
        deviceid=deviceid,
        actionid=actionid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    deviceid: str,
    actionid: str,
    *,
    client: AuthenticatedClient,
    body: PerformNetworkDeviceActionRequest | Unset = UNSET,
) -> ErrorDescription | PerformNetworkDeviceActionResponse200 | None:
    """Enable or disable a bond device

     `enable` brings a configured bond device (`bond0`, `bond1`) up;
    `disable` takes it down, keeping its non-default routes when
    `keepRoutes` is true and deleting them otherwise (`keepRoutes` is
    required with `disable`). The vendor advises doing this over the
    serial console: the change can cut the caller's connection. Only
    bond devices have actions.

    Args:
        deviceid (str):
        actionid (str):
        body (PerformNetworkDeviceActionRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | PerformNetworkDeviceActionResponse200
    """

    return sync_detailed(
        deviceid=deviceid,
        actionid=actionid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    deviceid: str,
    actionid: str,
    *,
    client: AuthenticatedClient,
    body: PerformNetworkDeviceActionRequest | Unset = UNSET,
) -> Response[ErrorDescription | PerformNetworkDeviceActionResponse200]:
    """Enable or disable a bond device

     `enable` brings a configured bond device (`bond0`, `bond1`) up;
    `disable` takes it down, keeping its non-default routes when
    `keepRoutes` is true and deleting them otherwise (`keepRoutes` is
    required with `disable`). The vendor advises doing this over the
    serial console: the change can cut the caller's connection. Only
    bond devices have actions.

    Args:
        deviceid (str):
        actionid (str):
        body (PerformNetworkDeviceActionRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | PerformNetworkDeviceActionResponse200]
    """

    kwargs = _get_kwargs(
        deviceid=deviceid,
        actionid=actionid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    deviceid: str,
    actionid: str,
    *,
    client: AuthenticatedClient,
    body: PerformNetworkDeviceActionRequest | Unset = UNSET,
) -> ErrorDescription | PerformNetworkDeviceActionResponse200 | None:
    """Enable or disable a bond device

     `enable` brings a configured bond device (`bond0`, `bond1`) up;
    `disable` takes it down, keeping its non-default routes when
    `keepRoutes` is true and deleting them otherwise (`keepRoutes` is
    required with `disable`). The vendor advises doing this over the
    serial console: the change can cut the caller's connection. Only
    bond devices have actions.

    Args:
        deviceid (str):
        actionid (str):
        body (PerformNetworkDeviceActionRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | PerformNetworkDeviceActionResponse200
    """

    return (
        await asyncio_detailed(
            deviceid=deviceid,
            actionid=actionid,
            client=client,
            body=body,
        )
    ).parsed
