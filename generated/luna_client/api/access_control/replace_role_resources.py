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
    roleid: str,
    *,
    body: File,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/roles/{roleid}/resources".format(
            roleid=quote(str(roleid), safe=""),
        ),
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
    if response.status_code == 202:
        response_202 = cast(Any, None)
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
) -> Response[Any | ErrorDescription]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    roleid: str,
    *,
    client: AuthenticatedClient,
    body: File,
) -> Response[Any | ErrorDescription]:
    """Set a role's allowed REST resources

     Replaces the role's REST access list with the uploaded text, one
    `METHOD:/path` entry per line (e.g. `GET:/api/lunasa/hsms`; the path
    may be the spec's template, `GET:/api/lunasa/hsms/{hsmid}`). A
    request to a path missing from the list later fails with 401
    `FRAMEWORK_NO_ACL_RULE`. The built-in roles are not changeable (400).
    Client code accepts 202 or 204; the emulator answers 204.

    Args:
        roleid (str):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription]
    """

    kwargs = _get_kwargs(
        roleid=roleid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    roleid: str,
    *,
    client: AuthenticatedClient,
    body: File,
) -> Any | ErrorDescription | None:
    """Set a role's allowed REST resources

     Replaces the role's REST access list with the uploaded text, one
    `METHOD:/path` entry per line (e.g. `GET:/api/lunasa/hsms`; the path
    may be the spec's template, `GET:/api/lunasa/hsms/{hsmid}`). A
    request to a path missing from the list later fails with 401
    `FRAMEWORK_NO_ACL_RULE`. The built-in roles are not changeable (400).
    Client code accepts 202 or 204; the emulator answers 204.

    Args:
        roleid (str):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription
    """

    return sync_detailed(
        roleid=roleid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    roleid: str,
    *,
    client: AuthenticatedClient,
    body: File,
) -> Response[Any | ErrorDescription]:
    """Set a role's allowed REST resources

     Replaces the role's REST access list with the uploaded text, one
    `METHOD:/path` entry per line (e.g. `GET:/api/lunasa/hsms`; the path
    may be the spec's template, `GET:/api/lunasa/hsms/{hsmid}`). A
    request to a path missing from the list later fails with 401
    `FRAMEWORK_NO_ACL_RULE`. The built-in roles are not changeable (400).
    Client code accepts 202 or 204; the emulator answers 204.

    Args:
        roleid (str):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription]
    """

    kwargs = _get_kwargs(
        roleid=roleid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    roleid: str,
    *,
    client: AuthenticatedClient,
    body: File,
) -> Any | ErrorDescription | None:
    """Set a role's allowed REST resources

     Replaces the role's REST access list with the uploaded text, one
    `METHOD:/path` entry per line (e.g. `GET:/api/lunasa/hsms`; the path
    may be the spec's template, `GET:/api/lunasa/hsms/{hsmid}`). A
    request to a path missing from the list later fails with 401
    `FRAMEWORK_NO_ACL_RULE`. The built-in roles are not changeable (400).
    Client code accepts 202 or 204; the emulator answers 204.

    Args:
        roleid (str):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription
    """

    return (
        await asyncio_detailed(
            roleid=roleid,
            client=client,
            body=body,
        )
    ).parsed
