from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.hsm_indirect_challenge import HsmIndirectChallenge
from ...types import UNSET, Response


def _get_kwargs(
    hsmid: int,
    challengeid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/lunasa/hsms/{hsmid}/indirect/challenges/{challengeid}".format(
            hsmid=quote(str(hsmid), safe=""),
            challengeid=quote(str(challengeid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDescription | HsmIndirectChallenge | None:
    if response.status_code == 200:
        response_200 = HsmIndirectChallenge.from_dict(response.json())

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
) -> Response[ErrorDescription | HsmIndirectChallenge]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    hsmid: int,
    challengeid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | HsmIndirectChallenge]:
    """Get a stored indirect-login challenge

     Returns a challenge created earlier in the same session. Challenges
    live only for the session and cannot be listed.

    Args:
        hsmid (int):
        challengeid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | HsmIndirectChallenge]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
        challengeid=challengeid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hsmid: int,
    challengeid: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | HsmIndirectChallenge | None:
    """Get a stored indirect-login challenge

     Returns a challenge created earlier in the same session. Challenges
    live only for the session and cannot be listed.

    Args:
        hsmid (int):
        challengeid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | HsmIndirectChallenge
    """

    return sync_detailed(
        hsmid=hsmid,
        challengeid=challengeid,
        client=client,
    ).parsed


async def asyncio_detailed(
    hsmid: int,
    challengeid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | HsmIndirectChallenge]:
    """Get a stored indirect-login challenge

     Returns a challenge created earlier in the same session. Challenges
    live only for the session and cannot be listed.

    Args:
        hsmid (int):
        challengeid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | HsmIndirectChallenge]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
        challengeid=challengeid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hsmid: int,
    challengeid: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | HsmIndirectChallenge | None:
    """Get a stored indirect-login challenge

     Returns a challenge created earlier in the same session. Challenges
    live only for the session and cannot be listed.

    Args:
        hsmid (int):
        challengeid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | HsmIndirectChallenge
    """

    return (
        await asyncio_detailed(
            hsmid=hsmid,
            challengeid=challengeid,
            client=client,
        )
    ).parsed
