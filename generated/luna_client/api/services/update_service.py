from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty import Empty
from ...models.error_description import ErrorDescription
from ...models.update_service_request import UpdateServiceRequest
from ...types import UNSET, Response


def _get_kwargs(
    serviceid: str,
    *,
    body: UpdateServiceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/lunasa/services/{serviceid}".format(
            serviceid=quote(str(serviceid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.safenetinc.lunasa+json;version=17"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Empty | ErrorDescription | None:
    if response.status_code == 200:
        response_200 = Empty.from_dict(response.json())

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
) -> Response[Empty | ErrorDescription]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    serviceid: str,
    *,
    client: AuthenticatedClient,
    body: UpdateServiceRequest,
) -> Response[Empty | ErrorDescription]:
    """Set whether a service starts at boot

     Changes the service's `onBoot` setting. For the `ctc` service this
    enables or disables it on the active interfaces.

    Args:
        serviceid (str):
        body (UpdateServiceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty | ErrorDescription]
    """

    kwargs = _get_kwargs(
        serviceid=serviceid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    serviceid: str,
    *,
    client: AuthenticatedClient,
    body: UpdateServiceRequest,
) -> Empty | ErrorDescription | None:
    """Set whether a service starts at boot

     Changes the service's `onBoot` setting. For the `ctc` service this
    enables or disables it on the active interfaces.

    Args:
        serviceid (str):
        body (UpdateServiceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty | ErrorDescription
    """

    return sync_detailed(
        serviceid=serviceid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    serviceid: str,
    *,
    client: AuthenticatedClient,
    body: UpdateServiceRequest,
) -> Response[Empty | ErrorDescription]:
    """Set whether a service starts at boot

     Changes the service's `onBoot` setting. For the `ctc` service this
    enables or disables it on the active interfaces.

    Args:
        serviceid (str):
        body (UpdateServiceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty | ErrorDescription]
    """

    kwargs = _get_kwargs(
        serviceid=serviceid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    serviceid: str,
    *,
    client: AuthenticatedClient,
    body: UpdateServiceRequest,
) -> Empty | ErrorDescription | None:
    """Set whether a service starts at boot

     Changes the service's `onBoot` setting. For the `ctc` service this
    enables or disables it on the active interfaces.

    Args:
        serviceid (str):
        body (UpdateServiceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty | ErrorDescription
    """

    return (
        await asyncio_detailed(
            serviceid=serviceid,
            client=client,
            body=body,
        )
    ).parsed
