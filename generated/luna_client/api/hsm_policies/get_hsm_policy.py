from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.hsm_policy import HsmPolicy
from ...types import UNSET, Response


def _get_kwargs(
    hsmid: int,
    policyid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/lunasa/hsms/{hsmid}/policies/{policyid}".format(
            hsmid=quote(str(hsmid), safe=""),
            policyid=quote(str(policyid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDescription | HsmPolicy | None:
    if response.status_code == 200:
        response_200 = HsmPolicy.from_dict(response.json())

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
) -> Response[ErrorDescription | HsmPolicy]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    hsmid: int,
    policyid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | HsmPolicy]:
    """Get an HSM policy

     Returns one HSM policy, addressed by its policy number, with its
    current value. No reference page was found; the fields are not
    documented.

    Args:
        hsmid (int):
        policyid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | HsmPolicy]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
        policyid=policyid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hsmid: int,
    policyid: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | HsmPolicy | None:
    """Get an HSM policy

     Returns one HSM policy, addressed by its policy number, with its
    current value. No reference page was found; the fields are not
    documented.

    Args:
        hsmid (int):
        policyid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | HsmPolicy
    """

    return sync_detailed(
        hsmid=hsmid,
        policyid=policyid,
        client=client,
    ).parsed


async def asyncio_detailed(
    hsmid: int,
    policyid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | HsmPolicy]:
    """Get an HSM policy

     Returns one HSM policy, addressed by its policy number, with its
    current value. No reference page was found; the fields are not
    documented.

    Args:
        hsmid (int):
        policyid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | HsmPolicy]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
        policyid=policyid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hsmid: int,
    policyid: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | HsmPolicy | None:
    """Get an HSM policy

     Returns one HSM policy, addressed by its policy number, with its
    current value. No reference page was found; the fields are not
    documented.

    Args:
        hsmid (int):
        policyid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | HsmPolicy
    """

    return (
        await asyncio_detailed(
            hsmid=hsmid,
            policyid=policyid,
            client=client,
        )
    ).parsed
