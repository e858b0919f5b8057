from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.perform_appliance_action_request import PerformApplianceActionRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    actionid: str,
    *,
    body: PerformApplianceActionRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/lunasa/actions/{actionid}".format(
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
    actionid: str,
    *,
    client: AuthenticatedClient,
    body: PerformApplianceActionRequest | Unset = UNSET,
) -> Response[Any | ErrorDescription]:
    """Reboot, power off, or regenerate the appliance certificate

     `reboot` restarts and `powerOff` shuts down the appliance: the
    service goes down and every session is lost, and after a reboot the
    REST server only returns if the webserver service starts on boot.
    Both are critical operations, refused while another one runs.
    `regenerateCertificate` makes a new appliance certificate, by default
    for the appliance hostname, valid from now for 365 days (`address`,
    `startDate`, `days` override this); it needs an HSM SO login when
    `forceSoLogin` is on. Under API 4.0.0 a reboot created a Waiting task.

    Args:
        actionid (str):
        body (PerformApplianceActionRequest | Unset): Parameters of `regenerateCertificate`;
            `reboot` and `powerOff` take an empty object.

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
    body: PerformApplianceActionRequest | Unset = UNSET,
) -> Any | ErrorDescription | None:
    """Reboot, power off, or regenerate the appliance certificate

     `reboot` restarts and `powerOff` shuts down the appliance: the
    service goes down and every session is lost, and after a reboot the
    REST server only returns if the webserver service starts on boot.
    Both are critical operations, refused while another one runs.
    `regenerateCertificate` makes a new appliance certificate, by default
    for the appliance hostname, valid from now for 365 days (`address`,
    `startDate`, `days` override this); it needs an HSM SO login when
    `forceSoLogin` is on. Under API 4.0.0 a reboot created a Waiting task.

    Args:
        actionid (str):
        body (PerformApplianceActionRequest | Unset): Parameters of `regenerateCertificate`;
            `reboot` and `powerOff` take an empty object.

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
    body: PerformApplianceActionRequest | Unset = UNSET,
) -> Response[Any | ErrorDescription]:
    """Reboot, power off, or regenerate the appliance certificate

     `reboot` restarts and `powerOff` shuts down the appliance: the
    service goes down and every session is lost, and after a reboot the
    REST server only returns if the webserver service starts on boot.
    Both are critical operations, refused while another one runs.
    `regenerateCertificate` makes a new appliance certificate, by default
    for the appliance hostname, valid from now for 365 days (`address`,
    `startDate`, `days` override this); it needs an HSM SO login when
    `forceSoLogin` is on. Under API 4.0.0 a reboot created a Waiting task.

    Args:
        actionid (str):
        body (PerformApplianceActionRequest | Unset): Parameters of `regenerateCertificate`;
            `reboot` and `powerOff` take an empty object.

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
    body: PerformApplianceActionRequest | Unset = UNSET,
) -> Any | ErrorDescription | None:
    """Reboot, power off, or regenerate the appliance certificate

     `reboot` restarts and `powerOff` shuts down the appliance: the
    service goes down and every session is lost, and after a reboot the
    REST server only returns if the webserver service starts on boot.
    Both are critical operations, refused while another one runs.
    `regenerateCertificate` makes a new appliance certificate, by default
    for the appliance hostname, valid from now for 365 days (`address`,
    `startDate`, `days` override this); it needs an HSM SO login when
    `forceSoLogin` is on. Under API 4.0.0 a reboot created a Waiting task.

    Args:
        actionid (str):
        body (PerformApplianceActionRequest | Unset): Parameters of `regenerateCertificate`;
            `reboot` and `powerOff` take an empty object.

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
