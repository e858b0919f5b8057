from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.login_hsm_request import LoginHsmRequest
from ...models.task import Task
from ...types import UNSET, Response


def _get_kwargs(
    hsmid: int,
    *,
    body: LoginHsmRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/lunasa/hsms/{hsmid}/login".format(
            hsmid=quote(str(hsmid), safe=""),
        ),
    }

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
    *,
    client: AuthenticatedClient,
    body: LoginHsmRequest,
) -> Response[Any | ErrorDescription | Task]:
    """Log in to the HSM (SO or auditor)

     Logs a HSM role (`role`, e.g. `so`) in within the caller's REST
    session, with a password on password-authenticated HSMs or through the
    PED named by `ped` (tasked). For indirect login send only `response`,
    obtained from the admin HSM (see the indirectLogin operations). Each
    failed SO login uses up one of `soLoginsLeft`; running out zeroizes
    the HSM.

    Args:
        hsmid (int):
        body (LoginHsmRequest): Direct login: `role` with `password` (password HSMs) or `ped`
            (PED HSMs). Indirect login: `response` alone. The v17 constraints of
            these fields are not published; the 4.0.0 page types them all as
            strings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription | Task]
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
    body: LoginHsmRequest,
) -> Any | ErrorDescription | Task | None:
    """Log in to the HSM (SO or auditor)

     Logs a HSM role (`role`, e.g. `so`) in within the caller's REST
    session, with a password on password-authenticated HSMs or through the
    PED named by `ped` (tasked). For indirect login send only `response`,
    obtained from the admin HSM (see the indirectLogin operations). Each
    failed SO login uses up one of `soLoginsLeft`; running out zeroizes
    the HSM.

    Args:
        hsmid (int):
        body (LoginHsmRequest): Direct login: `role` with `password` (password HSMs) or `ped`
            (PED HSMs). Indirect login: `response` alone. The v17 constraints of
            these fields are not published; the 4.0.0 page types them all as
            strings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription | Task
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
    body: LoginHsmRequest,
) -> Response[Any | ErrorDescription | Task]:
    """Log in to the HSM (SO or auditor)

     Logs a HSM role (`role`, e.g. `so`) in within the caller's REST
    session, with a password on password-authenticated HSMs or through the
    PED named by `ped` (tasked). For indirect login send only `response`,
    obtained from the admin HSM (see the indirectLogin operations). Each
    failed SO login uses up one of `soLoginsLeft`; running out zeroizes
    the HSM.

    Args:
        hsmid (int):
        body (LoginHsmRequest): Direct login: `role` with `password` (password HSMs) or `ped`
            (PED HSMs). Indirect login: `response` alone. The v17 constraints of
            these fields are not published; the 4.0.0 page types them all as
            strings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription | Task]
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
    body: LoginHsmRequest,
) -> Any | ErrorDescription | Task | None:
    """Log in to the HSM (SO or auditor)

     Logs a HSM role (`role`, e.g. `so`) in within the caller's REST
    session, with a password on password-authenticated HSMs or through the
    PED named by `ped` (tasked). For indirect login send only `response`,
    obtained from the admin HSM (see the indirectLogin operations). Each
    failed SO login uses up one of `soLoginsLeft`; running out zeroizes
    the HSM.

    Args:
        hsmid (int):
        body (LoginHsmRequest): Direct login: `role` with `password` (password HSMs) or `ped`
            (PED HSMs). Indirect login: `response` alone. The v17 constraints of
            these fields are not published; the 4.0.0 page types them all as
            strings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription | Task
    """

    return (
        await asyncio_detailed(
            hsmid=hsmid,
            client=client,
            body=body,
        )
    ).parsed
