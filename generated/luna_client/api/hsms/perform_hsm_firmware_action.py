from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.perform_hsm_firmware_action_request import (
    PerformHsmFirmwareActionRequest,
)
from ...models.task import Task
from ...types import UNSET, Response, Unset


def _get_kwargs(
    hsmid: int,
    actionid: str,
    *,
    body: PerformHsmFirmwareActionRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/lunasa/hsms/{hsmid}/firmware/actions/{actionid}".format(
            hsmid=quote(str(hsmid), safe=""),
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
) -> Any | ErrorDescription | Task | None:
    if response.status_code == 202:
        response_202 = Task.from_dict(response.json())

        return response_202

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
) -> Response[Any | ErrorDescription | Task]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    hsmid: int,
    actionid: str,
    *,
    client: AuthenticatedClient,
    body: PerformHsmFirmwareActionRequest | Unset = UNSET,
) -> Response[Any | ErrorDescription | Task]:
    """Upgrade or roll back the HSM firmware

     `upgrade` moves the HSM to a newer firmware release; `rollback`
    returns it to the previous firmware still resident on the HSM. Both
    are critical operations (they exclude the other critical operations
    of the appliance) and usually run as tasks that take minutes. Expect
    to need the HSM SO logged in. The request parameters are not in the
    public reference; the appliance answers 409 while another critical
    operation runs (status not documented for this resource).

    Args:
        hsmid (int):
        actionid (str):
        body (PerformHsmFirmwareActionRequest | Unset): Parameters of the firmware action; not
            documented in the public reference.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription | Task]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
        actionid=actionid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hsmid: int,
    actionid: str,
    *,
    client: AuthenticatedClient,
    body: PerformHsmFirmwareActionRequest | Unset = UNSET,
) -> Any | ErrorDescription | Task | None:
    """Upgrade or roll back the HSM firmware

     `upgrade` moves the HSM to a newer firmware release; `rollback`
    returns it to the previous firmware still resident on the HSM. Both
    are critical operations (they exclude the other critical operations
    of the appliance) and usually run as tasks that take minutes. Expect
    to need the HSM SO logged in. The request parameters are not in the
    public reference; the appliance answers 409 while another critical
    operation runs (status not documented for this resource).

    Args:
        hsmid (int):
        actionid (str):
        body (PerformHsmFirmwareActionRequest | Unset): Parameters of the firmware action; not
            documented in the public reference.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription | Task
    """

    return sync_detailed(
        hsmid=hsmid,
        actionid=actionid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    hsmid: int,
    actionid: str,
    *,
    client: AuthenticatedClient,
    body: PerformHsmFirmwareActionRequest | Unset = UNSET,
) -> Response[Any | ErrorDescription | Task]:
    """Upgrade or roll back the HSM firmware

     `upgrade` moves the HSM to a newer firmware release; `rollback`
    returns it to the previous firmware still resident on the HSM. Both
    are critical operations (they exclude the other critical operations
    of the appliance) and usually run as tasks that take minutes. Expect
    to need the HSM SO logged in. The request parameters are not in the
    public reference; the appliance answers 409 while another critical
    operation runs (status not documented for this resource).

    Args:
        hsmid (int):
        actionid (str):
        body (PerformHsmFirmwareActionRequest | Unset): Parameters of the firmware action; not
            documented in the public reference.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription | Task]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
        actionid=actionid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hsmid: int,
    actionid: str,
    *,
    client: AuthenticatedClient,
    body: PerformHsmFirmwareActionRequest | Unset = UNSET,
) -> Any | ErrorDescription | Task | None:
    """Upgrade or roll back the HSM firmware

     `upgrade` moves the HSM to a newer firmware release; `rollback`
    returns it to the previous firmware still resident on the HSM. Both
    are critical operations (they exclude the other critical operations
    of the appliance) and usually run as tasks that take minutes. Expect
    to need the HSM SO logged in. The request parameters are not in the
    public reference; the appliance answers 409 while another critical
    operation runs (status not documented for this resource).

    Args:
        hsmid (int):
        actionid (str):
        body (PerformHsmFirmwareActionRequest | Unset): Parameters of the firmware action; not
            documented in the public reference.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription | Task
    """

    return (
        await asyncio_detailed(
            hsmid=hsmid,
            actionid=actionid,
            client=client,
            body=body,
        )
    ).parsed
