from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.factory_reset_config_request import FactoryResetConfigRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: FactoryResetConfigRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/lunasa/config/factoryReset",
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

    if response.status_code == 409:
        response_409 = ErrorDescription.from_dict(response.json())

        return response_409

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
    *,
    client: AuthenticatedClient,
    body: FactoryResetConfigRequest | Unset = UNSET,
) -> Response[Any | ErrorDescription]:
    """Reset the system configuration to factory defaults

     Returns the appliance's service configuration to its factory
    defaults. A critical operation, run alone. No reference page was
    found: the parameters and status are assumptions (LunaSH's equivalent
    takes a service name, hence the optional `service`; success 204).

    Args:
        body (FactoryResetConfigRequest | Unset): Undocumented parameters; `service` is assumed
            from LunaSH's equivalent command.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription]
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
    body: FactoryResetConfigRequest | Unset = UNSET,
) -> Any | ErrorDescription | None:
    """Reset the system configuration to factory defaults

     Returns the appliance's service configuration to its factory
    defaults. A critical operation, run alone. No reference page was
    found: the parameters and status are assumptions (LunaSH's equivalent
    takes a service name, hence the optional `service`; success 204).

    Args:
        body (FactoryResetConfigRequest | Unset): Undocumented parameters; `service` is assumed
            from LunaSH's equivalent command.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FactoryResetConfigRequest | Unset = UNSET,
) -> Response[Any | ErrorDescription]:
    """Reset the system configuration to factory defaults

     Returns the appliance's service configuration to its factory
    defaults. A critical operation, run alone. No reference page was
    found: the parameters and status are assumptions (LunaSH's equivalent
    takes a service name, hence the optional `service`; success 204).

    Args:
        body (FactoryResetConfigRequest | Unset): Undocumented parameters; `service` is assumed
            from LunaSH's equivalent command.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FactoryResetConfigRequest | Unset = UNSET,
) -> Any | ErrorDescription | None:
    """Reset the system configuration to factory defaults

     Returns the appliance's service configuration to its factory
    defaults. A critical operation, run alone. No reference page was
    found: the parameters and status are assumptions (LunaSH's equivalent
    takes a service name, hence the optional `service`; success 204).

    Args:
        body (FactoryResetConfigRequest | Unset): Undocumented parameters; `service` is assumed
            from LunaSH's equivalent command.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
