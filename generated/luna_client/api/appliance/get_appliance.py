from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.appliance_root import ApplianceRoot
from ...models.error_description import ErrorDescription
from ...types import UNSET, Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/lunasa",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApplianceRoot | ErrorDescription | None:
    if response.status_code == 200:
        response_200 = ApplianceRoot.from_dict(response.json())

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
) -> Response[ApplianceRoot | ErrorDescription]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ApplianceRoot | ErrorDescription]:
    """Get the appliance root resource

     The entry point of the appliance API: links to the top-level
    collections (hsms, ntls, network, services...), the appliance
    software `version`, its system status, and `forceSoLogin`, which when
    true makes some NTLS, NTP and time resources require an HSM SO login
    in the session. No reference page was found; the fields come from
    client code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplianceRoot | ErrorDescription]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ApplianceRoot | ErrorDescription | None:
    """Get the appliance root resource

     The entry point of the appliance API: links to the top-level
    collections (hsms, ntls, network, services...), the appliance
    software `version`, its system status, and `forceSoLogin`, which when
    true makes some NTLS, NTP and time resources require an HSM SO login
    in the session. No reference page was found; the fields come from
    client code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplianceRoot | ErrorDescription
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ApplianceRoot | ErrorDescription]:
    """Get the appliance root resource

     The entry point of the appliance API: links to the top-level
    collections (hsms, ntls, network, services...), the appliance
    software `version`, its system status, and `forceSoLogin`, which when
    true makes some NTLS, NTP and time resources require an HSM SO login
    in the session. No reference page was found; the fields come from
    client code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplianceRoot | ErrorDescription]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ApplianceRoot | ErrorDescription | None:
    """Get the appliance root resource

     The entry point of the appliance API: links to the top-level
    collections (hsms, ntls, network, services...), the appliance
    software `version`, its system status, and `forceSoLogin`, which when
    true makes some NTLS, NTP and time resources require an HSM SO login
    in the session. No reference page was found; the fields come from
    client code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplianceRoot | ErrorDescription
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
