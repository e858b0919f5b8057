from http import HTTPStatus
from io import BytesIO
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...types import UNSET, File, FileTypes, Response


def _get_kwargs(
    *,
    body: File,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/acl",
    }

    _kwargs["content"] = body.payload
    headers["Content-Type"] = (
        "application/vnd.safenetinc.lunasa+octet-stream;version=17"
    )

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
    body: File,
) -> Response[Any | ErrorDescription]:
    """Replace the whole REST access-control list

     Uploads a complete ACL (CSV in the `GET /acl` format); every entry
    absent from the file is removed. Only changeable users and roles are
    affected: rows of admin, operator and monitor are ignored, so the
    built-in accounts keep their access whatever the file holds. A file
    with one malformed row is refused whole (400, nothing changes).
    Adding a user here does not create its system account: create users
    with `POST /users`.

    Args:
        body (File):

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
    body: File,
) -> Any | ErrorDescription | None:
    """Replace the whole REST access-control list

     Uploads a complete ACL (CSV in the `GET /acl` format); every entry
    absent from the file is removed. Only changeable users and roles are
    affected: rows of admin, operator and monitor are ignored, so the
    built-in accounts keep their access whatever the file holds. A file
    with one malformed row is refused whole (400, nothing changes).
    Adding a user here does not create its system account: create users
    with `POST /users`.

    Args:
        body (File):

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
    body: File,
) -> Response[Any | ErrorDescription]:
    """Replace the whole REST access-control list

     Uploads a complete ACL (CSV in the `GET /acl` format); every entry
    absent from the file is removed. Only changeable users and roles are
    affected: rows of admin, operator and monitor are ignored, so the
    built-in accounts keep their access whatever the file holds. A file
    with one malformed row is refused whole (400, nothing changes).
    Adding a user here does not create its system account: create users
    with `POST /users`.

    Args:
        body (File):

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
    body: File,
) -> Any | ErrorDescription | None:
    """Replace the whole REST access-control list

     Uploads a complete ACL (CSV in the `GET /acl` format); every entry
    absent from the file is removed. Only changeable users and roles are
    affected: rows of admin, operator and monitor are ignored, so the
    built-in accounts keep their access whatever the file holds. A file
    with one malformed row is refused whole (400, nothing changes).
    Adding a user here does not create its system account: create users
    with `POST /users`.

    Args:
        body (File):

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
