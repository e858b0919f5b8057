from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.hsm_role import HsmRole
from ...types import UNSET, Response


def _get_kwargs(
    hsmid: int,
    roleid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/lunasa/hsms/{hsmid}/roles/{roleid}".format(
            hsmid=quote(str(hsmid), safe=""),
            roleid=quote(str(roleid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDescription | HsmRole | None:
    if response.status_code == 200:
        response_200 = HsmRole.from_dict(response.json())

        return response_200

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
) -> Response[ErrorDescription | HsmRole]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    hsmid: int,
    roleid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | HsmRole]:
    """Get an HSM role

     Returns the role's state: whether it is initialized, activated or
    locked out, its login and password-change attempts left, its primary
    and secondary authentication, and the indirect-login protocol it is
    set up for.

    Args:
        hsmid (int):
        roleid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | HsmRole]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
        roleid=roleid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hsmid: int,
    roleid: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | HsmRole | None:
    """Get an HSM role

     Returns the role's state: whether it is initialized, activated or
    locked out, its login and password-change attempts left, its primary
    and secondary authentication, and the indirect-login protocol it is
    set up for.

    Args:
        hsmid (int):
        roleid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | HsmRole
    """

    return sync_detailed(
        hsmid=hsmid,
        roleid=roleid,
        client=client,
    ).parsed


async def asyncio_detailed(
    hsmid: int,
    roleid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | HsmRole]:
    """Get an HSM role

     Returns the role's state: whether it is initialized, activated or
    locked out, its login and password-change attempts left, its primary
    and secondary authentication, and the indirect-login protocol it is
    set up for.

    Args:
        hsmid (int):
        roleid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | HsmRole]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
        roleid=roleid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hsmid: int,
    roleid: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | HsmRole | None:
    """Get an HSM role

     Returns the role's state: whether it is initialized, activated or
    locked out, its login and password-change attempts left, its primary
    and secondary authentication, and the indirect-login protocol it is
    set up for.

    Args:
        hsmid (int):
        roleid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | HsmRole
    """

    return (
        await asyncio_detailed(
            hsmid=hsmid,
            roleid=roleid,
            client=client,
        )
    ).parsed
