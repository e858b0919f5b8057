from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.user_certificate import UserCertificate
from ...types import UNSET, Response


def _get_kwargs(
    userid: str,
    certificateid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users/{userid}/certificates/{certificateid}".format(
            userid=quote(str(userid), safe=""),
            certificateid=quote(str(certificateid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDescription | UserCertificate | None:
    if response.status_code == 200:
        response_200 = UserCertificate.from_dict(response.json())

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
) -> Response[ErrorDescription | UserCertificate]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    userid: str,
    certificateid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | UserCertificate]:
    """Get one of a user's login certificates

     Returns one registered login certificate of the user. Neither a
    reference page nor client code was found for this resource: it is
    inferred from the collection, and its shape is a guess.

    Args:
        userid (str):
        certificateid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | UserCertificate]
    """

    kwargs = _get_kwargs(
        userid=userid,
        certificateid=certificateid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    userid: str,
    certificateid: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | UserCertificate | None:
    """Get one of a user's login certificates

     Returns one registered login certificate of the user. Neither a
    reference page nor client code was found for this resource: it is
    inferred from the collection, and its shape is a guess.

    Args:
        userid (str):
        certificateid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | UserCertificate
    """

    return sync_detailed(
        userid=userid,
        certificateid=certificateid,
        client=client,
    ).parsed


async def asyncio_detailed(
    userid: str,
    certificateid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | UserCertificate]:
    """Get one of a user's login certificates

     Returns one registered login certificate of the user. Neither a
    reference page nor client code was found for this resource: it is
    inferred from the collection, and its shape is a guess.

    Args:
        userid (str):
        certificateid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | UserCertificate]
    """

    kwargs = _get_kwargs(
        userid=userid,
        certificateid=certificateid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    userid: str,
    certificateid: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | UserCertificate | None:
    """Get one of a user's login certificates

     Returns one registered login certificate of the user. Neither a
    reference page nor client code was found for this resource: it is
    inferred from the collection, and its shape is a guess.

    Args:
        userid (str):
        certificateid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | UserCertificate
    """

    return (
        await asyncio_detailed(
            userid=userid,
            certificateid=certificateid,
            client=client,
        )
    ).parsed
