from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty import Empty
from ...models.error_description import ErrorDescription
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: Empty | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/session",
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
    body: Empty | Unset = UNSET,
) -> Response[Any | ErrorDescription]:
    """Open a private session

     Authenticates with HTTP Basic credentials and opens a private session,
    which only its creator can use and which some resources require (for
    example object details). The session is carried by the cookie
    returned in `Set-Cookie`; it expires after 10 minutes of inactivity
    by default. Plain Basic requests without it run in the user's shared
    session, which has limited access.

    Args:
        body (Empty | Unset): An empty JSON object (`{}`).

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
    body: Empty | Unset = UNSET,
) -> Any | ErrorDescription | None:
    """Open a private session

     Authenticates with HTTP Basic credentials and opens a private session,
    which only its creator can use and which some resources require (for
    example object details). The session is carried by the cookie
    returned in `Set-Cookie`; it expires after 10 minutes of inactivity
    by default. Plain Basic requests without it run in the user's shared
    session, which has limited access.

    Args:
        body (Empty | Unset): An empty JSON object (`{}`).

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
    body: Empty | Unset = UNSET,
) -> Response[Any | ErrorDescription]:
    """Open a private session

     Authenticates with HTTP Basic credentials and opens a private session,
    which only its creator can use and which some resources require (for
    example object details). The session is carried by the cookie
    returned in `Set-Cookie`; it expires after 10 minutes of inactivity
    by default. Plain Basic requests without it run in the user's shared
    session, which has limited access.

    Args:
        body (Empty | Unset): An empty JSON object (`{}`).

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
    body: Empty | Unset = UNSET,
) -> Any | ErrorDescription | None:
    """Open a private session

     Authenticates with HTTP Basic credentials and opens a private session,
    which only its creator can use and which some resources require (for
    example object details). The session is carried by the cookie
    returned in `Set-Cookie`; it expires after 10 minutes of inactivity
    by default. Plain Basic requests without it run in the user's shared
    session, which has limited access.

    Args:
        body (Empty | Unset): An empty JSON object (`{}`).

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
