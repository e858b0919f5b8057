from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.perform_user_action_request import PerformUserActionRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    userid: str,
    actionid: str,
    *,
    body: PerformUserActionRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/users/{userid}/actions/{actionid}".format(
            userid=quote(str(userid), safe=""),
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
    userid: str,
    actionid: str,
    *,
    client: AuthenticatedClient,
    body: PerformUserActionRequest | Unset = UNSET,
) -> Response[Any | ErrorDescription]:
    """Perform an action on an appliance user

     `changePassword` sets a new `password`; a user changing its own
    password also sends `currentPassword`. This is the one self-service
    action: non-admin users may only change their own password.
    `enable`, `disable` and `roleClear` (remove the user's role) are for
    admin-level users and take an empty body.

    Args:
        userid (str):
        actionid (str):
        body (PerformUserActionRequest | Unset): `changePassword`: `password`, plus
            `currentPassword` when users change
            their own. `enable`, `disable`, `roleClear`: empty object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription]
    """

    kwargs = _get_kwargs(
        userid=userid,
        actionid=actionid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    userid: str,
    actionid: str,
    *,
    client: AuthenticatedClient,
    body: PerformUserActionRequest | Unset = UNSET,
) -> Any | ErrorDescription | None:
    """Perform an action on an appliance user

     `changePassword` sets a new `password`; a user changing its own
    password also sends `currentPassword`. This is the one self-service
    action: non-admin users may only change their own password.
    `enable`, `disable` and `roleClear` (remove the user's role) are for
    admin-level users and take an empty body.

    Args:
        userid (str):
        actionid (str):
        body (PerformUserActionRequest | Unset): `changePassword`: `password`, plus
            `currentPassword` when users change
            their own. `enable`, `disable`, `roleClear`: empty object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription
    """

    return sync_detailed(
        userid=userid,
        actionid=actionid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    userid: str,
    actionid: str,
    *,
    client: AuthenticatedClient,
    body: PerformUserActionRequest | Unset = UNSET,
) -> Response[Any | ErrorDescription]:
    """Perform an action on an appliance user

     `changePassword` sets a new `password`; a user changing its own
    password also sends `currentPassword`. This is the one self-service
    action: non-admin users may only change their own password.
    `enable`, `disable` and `roleClear` (remove the user's role) are for
    admin-level users and take an empty body.

    Args:
        userid (str):
        actionid (str):
        body (PerformUserActionRequest | Unset): `changePassword`: `password`, plus
            `currentPassword` when users change
            their own. `enable`, `disable`, `roleClear`: empty object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription]
    """

    kwargs = _get_kwargs(
        userid=userid,
        actionid=actionid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    userid: str,
    actionid: str,
    *,
    client: AuthenticatedClient,
    body: PerformUserActionRequest | Unset = UNSET,
) -> Any | ErrorDescription | None:
    """Perform an action on an appliance user

     `changePassword` sets a new `password`; a user changing its own
    password also sends `currentPassword`. This is the one self-service
    action: non-admin users may only change their own password.
    `enable`, `disable` and `roleClear` (remove the user's role) are for
    admin-level users and take an empty body.

    Args:
        userid (str):
        actionid (str):
        body (PerformUserActionRequest | Unset): `changePassword`: `password`, plus
            `currentPassword` when users change
            their own. `enable`, `disable`, `roleClear`: empty object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription
    """

    return (
        await asyncio_detailed(
            userid=userid,
            actionid=actionid,
            client=client,
            body=body,
        )
    ).parsed
