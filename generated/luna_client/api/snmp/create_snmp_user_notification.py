from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_snmp_user_notification_request import (
    CreateSnmpUserNotificationRequest,
)
from ...models.error_description import ErrorDescription
from ...types import UNSET, Response


def _get_kwargs(
    userid: str,
    *,
    body: CreateSnmpUserNotificationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/lunasa/snmp/users/{userid}/notifications".format(
            userid=quote(str(userid), safe=""),
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
    userid: str,
    *,
    client: AuthenticatedClient,
    body: CreateSnmpUserNotificationRequest,
) -> Response[Any | ErrorDescription]:
    """Add a notification to an SNMPv3 user

     Defines where and how the appliance notifies an SNMP manager for this
    user: address and UDP port, `trap` (unacknowledged) or `inform`
    (acknowledged and resent), and the SNMPv3 credentials. `engineId` is
    needed for traps but not for informs. `Location` names the new
    notification (the 4.0.0 page's status code is cut off; 204 assumed).

    Args:
        userid (str):
        body (CreateSnmpUserNotificationRequest): A notification destination (4.0.0 page; the
            guide's ch.12 bodies).
            `engineId` is required for `trap` and not for `inform`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription]
    """

    kwargs = _get_kwargs(
        userid=userid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    userid: str,
    *,
    client: AuthenticatedClient,
    body: CreateSnmpUserNotificationRequest,
) -> Any | ErrorDescription | None:
    """Add a notification to an SNMPv3 user

     Defines where and how the appliance notifies an SNMP manager for this
    user: address and UDP port, `trap` (unacknowledged) or `inform`
    (acknowledged and resent), and the SNMPv3 credentials. `engineId` is
    needed for traps but not for informs. `Location` names the new
    notification (the 4.0.0 page's status code is cut off; 204 assumed).

    Args:
        userid (str):
        body (CreateSnmpUserNotificationRequest): A notification destination (4.0.0 page; the
            guide's ch.12 bodies).
            `engineId` is required for `trap` and not for `inform`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription
    """

    return sync_detailed(
        userid=userid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    userid: str,
    *,
    client: AuthenticatedClient,
    body: CreateSnmpUserNotificationRequest,
) -> Response[Any | ErrorDescription]:
    """Add a notification to an SNMPv3 user

     Defines where and how the appliance notifies an SNMP manager for this
    user: address and UDP port, `trap` (unacknowledged) or `inform`
    (acknowledged and resent), and the SNMPv3 credentials. `engineId` is
    needed for traps but not for informs. `Location` names the new
    notification (the 4.0.0 page's status code is cut off; 204 assumed).

    Args:
        userid (str):
        body (CreateSnmpUserNotificationRequest): A notification destination (4.0.0 page; the
            guide's ch.12 bodies).
            `engineId` is required for `trap` and not for `inform`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription]
    """

    kwargs = _get_kwargs(
        userid=userid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    userid: str,
    *,
    client: AuthenticatedClient,
    body: CreateSnmpUserNotificationRequest,
) -> Any | ErrorDescription | None:
    """Add a notification to an SNMPv3 user

     Defines where and how the appliance notifies an SNMP manager for this
    user: address and UDP port, `trap` (unacknowledged) or `inform`
    (acknowledged and resent), and the SNMPv3 credentials. `engineId` is
    needed for traps but not for informs. `Location` names the new
    notification (the 4.0.0 page's status code is cut off; 204 assumed).

    Args:
        userid (str):
        body (CreateSnmpUserNotificationRequest): A notification destination (4.0.0 page; the
            guide's ch.12 bodies).
            `engineId` is required for `trap` and not for `inform`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription
    """

    return (
        await asyncio_detailed(
            userid=userid,
            client=client,
            body=body,
        )
    ).parsed
