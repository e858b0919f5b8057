from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_snmp_trap_request import CreateSnmpTrapRequest
from ...models.error_description import ErrorDescription
from ...models.snmp_trap_created import SnmpTrapCreated
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: CreateSnmpTrapRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/lunasa/snmp/traps",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.safenetinc.lunasa+json;version=17"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDescription | SnmpTrapCreated | None:
    if response.status_code == 200:
        response_200 = SnmpTrapCreated.from_dict(response.json())

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
) -> Response[ErrorDescription | SnmpTrapCreated]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateSnmpTrapRequest,
) -> Response[ErrorDescription | SnmpTrapCreated]:
    """Create an SNMP trap destination

     Creates a trap agent: the SNMP manager's address, the SNMPv3 user and
    credentials (SHA authentication, AES privacy), the manager's engine id
    and whether to send plain traps (`trap`: every attempt counts as
    delivered) or `inform`s (the appliance waits for the manager's
    acknowledgement). The reference says the answer carries the new trap's
    id but the excerpt does not show the status or field name: 200 with
    an `id` is assumed.

    Args:
        body (CreateSnmpTrapRequest): A new trap destination (v17 constraints).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | SnmpTrapCreated]
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
    body: CreateSnmpTrapRequest,
) -> ErrorDescription | SnmpTrapCreated | None:
    """Create an SNMP trap destination

     Creates a trap agent: the SNMP manager's address, the SNMPv3 user and
    credentials (SHA authentication, AES privacy), the manager's engine id
    and whether to send plain traps (`trap`: every attempt counts as
    delivered) or `inform`s (the appliance waits for the manager's
    acknowledgement). The reference says the answer carries the new trap's
    id but the excerpt does not show the status or field name: 200 with
    an `id` is assumed.

    Args:
        body (CreateSnmpTrapRequest): A new trap destination (v17 constraints).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | SnmpTrapCreated
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateSnmpTrapRequest,
) -> Response[ErrorDescription | SnmpTrapCreated]:
    """Create an SNMP trap destination

     Creates a trap agent: the SNMP manager's address, the SNMPv3 user and
    credentials (SHA authentication, AES privacy), the manager's engine id
    and whether to send plain traps (`trap`: every attempt counts as
    delivered) or `inform`s (the appliance waits for the manager's
    acknowledgement). The reference says the answer carries the new trap's
    id but the excerpt does not show the status or field name: 200 with
    an `id` is assumed.

    Args:
        body (CreateSnmpTrapRequest): A new trap destination (v17 constraints).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | SnmpTrapCreated]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateSnmpTrapRequest,
) -> ErrorDescription | SnmpTrapCreated | None:
    """Create an SNMP trap destination

     Creates a trap agent: the SNMP manager's address, the SNMPv3 user and
    credentials (SHA authentication, AES privacy), the manager's engine id
    and whether to send plain traps (`trap`: every attempt counts as
    delivered) or `inform`s (the appliance waits for the manager's
    acknowledgement). The reference says the answer carries the new trap's
    id but the excerpt does not show the status or field name: 200 with
    an `id` is assumed.

    Args:
        body (CreateSnmpTrapRequest): A new trap destination (v17 constraints).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | SnmpTrapCreated
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
