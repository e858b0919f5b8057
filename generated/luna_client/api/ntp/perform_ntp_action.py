from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.ntp_sync_result import NtpSyncResult
from ...models.perform_ntp_action_request import PerformNtpActionRequest
from ...types import UNSET, Response


def _get_kwargs(
    actionid: str,
    *,
    body: PerformNtpActionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/lunasa/ntp/actions/{actionid}".format(
            actionid=quote(str(actionid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.safenetinc.lunasa+json;version=17"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorDescription | NtpSyncResult | None:
    if response.status_code == 200:
        response_200 = NtpSyncResult.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = ErrorDescription.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorDescription.from_dict(response.json())

        return response_409

    if response.status_code == 500:
        response_500 = ErrorDescription.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorDescription | NtpSyncResult]:
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
    body: PerformNtpActionRequest,
) -> Response[Any | ErrorDescription | NtpSyncResult]:
    """Synchronize the clock once with an NTP server

     `synchronize` sets the clock once from `server` and, in the v14
    reference, returns the measured `offset` (200); the v16 page
    documents a bare 204 and optional NTS/key settings instead. The NTP
    service must be stopped first (409 otherwise).

    Args:
        actionid (str):
        body (PerformNtpActionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription | NtpSyncResult]
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
    body: PerformNtpActionRequest,
) -> Any | ErrorDescription | NtpSyncResult | None:
    """Synchronize the clock once with an NTP server

     `synchronize` sets the clock once from `server` and, in the v14
    reference, returns the measured `offset` (200); the v16 page
    documents a bare 204 and optional NTS/key settings instead. The NTP
    service must be stopped first (409 otherwise).

    Args:
        actionid (str):
        body (PerformNtpActionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription | NtpSyncResult
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
    body: PerformNtpActionRequest,
) -> Response[Any | ErrorDescription | NtpSyncResult]:
    """Synchronize the clock once with an NTP server

     `synchronize` sets the clock once from `server` and, in the v14
    reference, returns the measured `offset` (200); the v16 page
    documents a bare 204 and optional NTS/key settings instead. The NTP
    service must be stopped first (409 otherwise).

    Args:
        actionid (str):
        body (PerformNtpActionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription | NtpSyncResult]
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
    body: PerformNtpActionRequest,
) -> Any | ErrorDescription | NtpSyncResult | None:
    """Synchronize the clock once with an NTP server

     `synchronize` sets the clock once from `server` and, in the v14
    reference, returns the measured `offset` (200); the v16 page
    documents a bare 204 and optional NTS/key settings instead. The NTP
    service must be stopped first (409 otherwise).

    Args:
        actionid (str):
        body (PerformNtpActionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription | NtpSyncResult
    """

    return (
        await asyncio_detailed(
            actionid=actionid,
            client=client,
            body=body,
        )
    ).parsed
