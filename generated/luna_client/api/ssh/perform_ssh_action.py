from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.perform_ssh_action_body import PerformSshActionBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    actionid: str,
    *,
    body: PerformSshActionBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/lunasa/ssh/actions/{actionid}".format(
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
    actionid: str,
    *,
    client: AuthenticatedClient,
    body: PerformSshActionBody | Unset = UNSET,
) -> Response[Any | ErrorDescription]:
    """Regenerate the SSH host key or reset the SSH ciphers

     `keyRegenerate` makes a new SSH host key (clients that pinned the old
    one refuse the appliance until they accept the new one);
    `resetCiphers` sets the SSH cipher list back to its default,
    `aes192-ctr:aes256-ctr`.

    Args:
        actionid (str):
        body (PerformSshActionBody | Unset):

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
    body: PerformSshActionBody | Unset = UNSET,
) -> Any | ErrorDescription | None:
    """Regenerate the SSH host key or reset the SSH ciphers

     `keyRegenerate` makes a new SSH host key (clients that pinned the old
    one refuse the appliance until they accept the new one);
    `resetCiphers` sets the SSH cipher list back to its default,
    `aes192-ctr:aes256-ctr`.

    Args:
        actionid (str):
        body (PerformSshActionBody | Unset):

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
    body: PerformSshActionBody | Unset = UNSET,
) -> Response[Any | ErrorDescription]:
    """Regenerate the SSH host key or reset the SSH ciphers

     `keyRegenerate` makes a new SSH host key (clients that pinned the old
    one refuse the appliance until they accept the new one);
    `resetCiphers` sets the SSH cipher list back to its default,
    `aes192-ctr:aes256-ctr`.

    Args:
        actionid (str):
        body (PerformSshActionBody | Unset):

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
    body: PerformSshActionBody | Unset = UNSET,
) -> Any | ErrorDescription | None:
    """Regenerate the SSH host key or reset the SSH ciphers

     `keyRegenerate` makes a new SSH host key (clients that pinned the old
    one refuse the appliance until they accept the new one);
    `resetCiphers` sets the SSH cipher list back to its default,
    `aes192-ctr:aes256-ctr`.

    Args:
        actionid (str):
        body (PerformSshActionBody | Unset):

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
