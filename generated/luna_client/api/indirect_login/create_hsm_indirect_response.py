from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_hsm_indirect_response_request import (
    CreateHsmIndirectResponseRequest,
)
from ...models.error_description import ErrorDescription
from ...models.hsm_indirect_response import HsmIndirectResponse
from ...types import UNSET, Response


def _get_kwargs(
    hsmid: int,
    *,
    body: CreateHsmIndirectResponseRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/lunasa/hsms/{hsmid}/indirect/responses".format(
            hsmid=quote(str(hsmid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.safenetinc.lunasa+json;version=17"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDescription | HsmIndirectResponse | None:
    if response.status_code == 200:
        response_200 = HsmIndirectResponse.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = HsmIndirectResponse.from_dict(response.json())

        return response_201

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
) -> Response[ErrorDescription | HsmIndirectResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    hsmid: int,
    *,
    client: AuthenticatedClient,
    body: CreateHsmIndirectResponseRequest,
) -> Response[ErrorDescription | HsmIndirectResponse]:
    """Compute an indirect-login response on the admin HSM

     Has the admin HSM compute the response to a service HSM's
    `challenge`; the response is then sent as `response` to the service
    HSM's login. The response is kept for the session and can be read
    again at the returned `Location`.

    Args:
        hsmid (int):
        body (CreateHsmIndirectResponseRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | HsmIndirectResponse]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hsmid: int,
    *,
    client: AuthenticatedClient,
    body: CreateHsmIndirectResponseRequest,
) -> ErrorDescription | HsmIndirectResponse | None:
    """Compute an indirect-login response on the admin HSM

     Has the admin HSM compute the response to a service HSM's
    `challenge`; the response is then sent as `response` to the service
    HSM's login. The response is kept for the session and can be read
    again at the returned `Location`.

    Args:
        hsmid (int):
        body (CreateHsmIndirectResponseRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | HsmIndirectResponse
    """

    return sync_detailed(
        hsmid=hsmid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    hsmid: int,
    *,
    client: AuthenticatedClient,
    body: CreateHsmIndirectResponseRequest,
) -> Response[ErrorDescription | HsmIndirectResponse]:
    """Compute an indirect-login response on the admin HSM

     Has the admin HSM compute the response to a service HSM's
    `challenge`; the response is then sent as `response` to the service
    HSM's login. The response is kept for the session and can be read
    again at the returned `Location`.

    Args:
        hsmid (int):
        body (CreateHsmIndirectResponseRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | HsmIndirectResponse]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hsmid: int,
    *,
    client: AuthenticatedClient,
    body: CreateHsmIndirectResponseRequest,
) -> ErrorDescription | HsmIndirectResponse | None:
    """Compute an indirect-login response on the admin HSM

     Has the admin HSM compute the response to a service HSM's
    `challenge`; the response is then sent as `response` to the service
    HSM's login. The response is kept for the session and can be read
    again at the returned `Location`.

    Args:
        hsmid (int):
        body (CreateHsmIndirectResponseRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | HsmIndirectResponse
    """

    return (
        await asyncio_detailed(
            hsmid=hsmid,
            client=client,
            body=body,
        )
    ).parsed
