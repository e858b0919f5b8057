from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.hsm import Hsm
from ...types import UNSET, Response


def _get_kwargs(
    hsmid: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/lunasa/hsms/{hsmid}".format(
            hsmid=quote(str(hsmid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDescription | Hsm | None:
    if response.status_code == 200:
        response_200 = Hsm.from_dict(response.json())

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
) -> Response[ErrorDescription | Hsm]:
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
) -> Response[ErrorDescription | Hsm]:
    """Get an HSM

     Returns the HSM's description: its label, serial number, model and
    firmware, authentication method (password or PED), state and the
    number of SO login attempts left. Check `soLoginsLeft` before an SO
    login: when the failed SO logins run out the HSM zeroizes itself.

    Args:
        hsmid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | Hsm]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hsmid: int,
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | Hsm | None:
    """Get an HSM

     Returns the HSM's description: its label, serial number, model and
    firmware, authentication method (password or PED), state and the
    number of SO login attempts left. Check `soLoginsLeft` before an SO
    login: when the failed SO logins run out the HSM zeroizes itself.

    Args:
        hsmid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | Hsm
    """

    return sync_detailed(
        hsmid=hsmid,
        client=client,
    ).parsed


async def asyncio_detailed(
    hsmid: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | Hsm]:
    """Get an HSM

     Returns the HSM's description: its label, serial number, model and
    firmware, authentication method (password or PED), state and the
    number of SO login attempts left. Check `soLoginsLeft` before an SO
    login: when the failed SO logins run out the HSM zeroizes itself.

    Args:
        hsmid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | Hsm]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hsmid: int,
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | Hsm | None:
    """Get an HSM

     Returns the HSM's description: its label, serial number, model and
    firmware, authentication method (password or PED), state and the
    number of SO login attempts left. Check `soLoginsLeft` before an SO
    login: when the failed SO logins run out the HSM zeroizes itself.

    Args:
        hsmid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | Hsm
    """

    return (
        await asyncio_detailed(
            hsmid=hsmid,
            client=client,
        )
    ).parsed
