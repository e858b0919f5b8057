from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_hsm_indirect_challenge_request import (
    CreateHsmIndirectChallengeRequest,
)
from ...models.error_description import ErrorDescription
from ...models.hsm_indirect_challenge import HsmIndirectChallenge
from ...types import UNSET, Response


def _get_kwargs(
    hsmid: int,
    *,
    body: CreateHsmIndirectChallengeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/lunasa/hsms/{hsmid}/indirect/challenges".format(
            hsmid=quote(str(hsmid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.safenetinc.lunasa+json;version=17"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDescription | HsmIndirectChallenge | None:
    if response.status_code == 200:
        response_200 = HsmIndirectChallenge.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = HsmIndirectChallenge.from_dict(response.json())

        return response_201

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
    *,
    client: AuthenticatedClient,
    body: CreateHsmIndirectChallengeRequest,
) -> Response[ErrorDescription | HsmIndirectChallenge]:
    """Get an indirect-login challenge from the service HSM

     Asks the service HSM for an indirect-login challenge for `role`
    (e.g. `so`), given the token-wrapping `certificate` obtained from the
    admin HSM's partition and the `ped` to use. The challenge is kept for
    the session and can be read again at the returned `Location`.

    Args:
        hsmid (int):
        body (CreateHsmIndirectChallengeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | HsmIndirectChallenge]
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
    body: CreateHsmIndirectChallengeRequest,
) -> ErrorDescription | HsmIndirectChallenge | None:
    """Get an indirect-login challenge from the service HSM

     Asks the service HSM for an indirect-login challenge for `role`
    (e.g. `so`), given the token-wrapping `certificate` obtained from the
    admin HSM's partition and the `ped` to use. The challenge is kept for
    the session and can be read again at the returned `Location`.

    Args:
        hsmid (int):
        body (CreateHsmIndirectChallengeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | HsmIndirectChallenge
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
    body: CreateHsmIndirectChallengeRequest,
) -> Response[ErrorDescription | HsmIndirectChallenge]:
    """Get an indirect-login challenge from the service HSM

     Asks the service HSM for an indirect-login challenge for `role`
    (e.g. `so`), given the token-wrapping `certificate` obtained from the
    admin HSM's partition and the `ped` to use. The challenge is kept for
    the session and can be read again at the returned `Location`.

    Args:
        hsmid (int):
        body (CreateHsmIndirectChallengeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | HsmIndirectChallenge]
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
    body: CreateHsmIndirectChallengeRequest,
) -> ErrorDescription | HsmIndirectChallenge | None:
    """Get an indirect-login challenge from the service HSM

     Asks the service HSM for an indirect-login challenge for `role`
    (e.g. `so`), given the token-wrapping `certificate` obtained from the
    admin HSM's partition and the `ped` to use. The challenge is kept for
    the session and can be read again at the returned `Location`.

    Args:
        hsmid (int):
        body (CreateHsmIndirectChallengeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | HsmIndirectChallenge
    """

    return (
        await asyncio_detailed(
            hsmid=hsmid,
            client=client,
            body=body,
        )
    ).parsed
