from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.snmp_notification import SnmpNotification
from ...types import UNSET, Response


def _get_kwargs(
    userid: str,
    notificationid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/lunasa/snmp/users/{userid}/notifications/{notificationid}".format(
            userid=quote(str(userid), safe=""),
            notificationid=quote(str(notificationid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDescription | SnmpNotification | None:
    if response.status_code == 200:
        response_200 = SnmpNotification.from_dict(response.json())

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
) -> Response[ErrorDescription | SnmpNotification]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    userid: str,
    notificationid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | SnmpNotification]:
    """Get an SNMPv3 user's notification

     Returns one notification destination of an SNMP user. Passwords are
    never returned. The body is not documented and is described loosely.

    Args:
        userid (str):
        notificationid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | SnmpNotification]
    """

    kwargs = _get_kwargs(
        userid=userid,
        notificationid=notificationid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    userid: str,
    notificationid: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | SnmpNotification | None:
    """Get an SNMPv3 user's notification

     Returns one notification destination of an SNMP user. Passwords are
    never returned. The body is not documented and is described loosely.

    Args:
        userid (str):
        notificationid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | SnmpNotification
    """

    return sync_detailed(
        userid=userid,
        notificationid=notificationid,
        client=client,
    ).parsed


async def asyncio_detailed(
    userid: str,
    notificationid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | SnmpNotification]:
    """Get an SNMPv3 user's notification

     Returns one notification destination of an SNMP user. Passwords are
    never returned. The body is not documented and is described loosely.

    Args:
        userid (str):
        notificationid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | SnmpNotification]
    """

    kwargs = _get_kwargs(
        userid=userid,
        notificationid=notificationid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    userid: str,
    notificationid: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | SnmpNotification | None:
    """Get an SNMPv3 user's notification

     Returns one notification destination of an SNMP user. Passwords are
    never returned. The body is not documented and is described loosely.

    Args:
        userid (str):
        notificationid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | SnmpNotification
    """

    return (
        await asyncio_detailed(
            userid=userid,
            notificationid=notificationid,
            client=client,
        )
    ).parsed
