from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.perform_snmp_trap_action_body import PerformSnmpTrapActionBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    actionid: str,
    *,
    body: PerformSnmpTrapActionBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/lunasa/snmp/traps/actions/{actionid}".format(
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

    if response.status_code == 500:
        response_500 = ErrorDescription.from_dict(response.json())

        return response_500

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
    actionid: str,
    *,
    client: AuthenticatedClient,
    body: PerformSnmpTrapActionBody | Unset = UNSET,
) -> Response[Any | ErrorDescription]:
    """Enable or disable SNMP traps

     `enable` turns trap sending on (it needs at least one trap target,
    `POST /api/lunasa/snmp/traps`); `disable` turns it off. Traps are
    sent only while enabled. The `disable` action is not on the page
    (its example shows `enable`); it is the counterpart the action list
    offers.

    Args:
        actionid (str):
        body (PerformSnmpTrapActionBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription]
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
    body: PerformSnmpTrapActionBody | Unset = UNSET,
) -> Any | ErrorDescription | None:
    """Enable or disable SNMP traps

     `enable` turns trap sending on (it needs at least one trap target,
    `POST /api/lunasa/snmp/traps`); `disable` turns it off. Traps are
    sent only while enabled. The `disable` action is not on the page
    (its example shows `enable`); it is the counterpart the action list
    offers.

    Args:
        actionid (str):
        body (PerformSnmpTrapActionBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription
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
    body: PerformSnmpTrapActionBody | Unset = UNSET,
) -> Response[Any | ErrorDescription]:
    """Enable or disable SNMP traps

     `enable` turns trap sending on (it needs at least one trap target,
    `POST /api/lunasa/snmp/traps`); `disable` turns it off. Traps are
    sent only while enabled. The `disable` action is not on the page
    (its example shows `enable`); it is the counterpart the action list
    offers.

    Args:
        actionid (str):
        body (PerformSnmpTrapActionBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription]
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
    body: PerformSnmpTrapActionBody | Unset = UNSET,
) -> Any | ErrorDescription | None:
    """Enable or disable SNMP traps

     `enable` turns trap sending on (it needs at least one trap target,
    `POST /api/lunasa/snmp/traps`); `disable` turns it off. Traps are
    sent only while enabled. The `disable` action is not on the page
    (its example shows `enable`); it is the counterpart the action list
    offers.

    Args:
        actionid (str):
        body (PerformSnmpTrapActionBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription
    """

    return (
        await asyncio_detailed(
            actionid=actionid,
            client=client,
            body=body,
        )
    ).parsed
