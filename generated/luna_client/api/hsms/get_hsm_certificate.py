from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.get_hsm_certificate_type import GetHsmCertificateType
from ...models.hsm_certificate import HsmCertificate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    hsmid: int,
    *,
    type_: GetHsmCertificateType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/lunasa/hsms/{hsmid}/certificate".format(
            hsmid=quote(str(hsmid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDescription | HsmCertificate | None:
    if response.status_code == 200:
        response_200 = HsmCertificate.from_dict(response.json())

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
) -> Response[ErrorDescription | HsmCertificate]:
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
    type_: GetHsmCertificateType | Unset = UNSET,
) -> Response[ErrorDescription | HsmCertificate]:
    """Get the HSM's token-wrapping certificate (indirect login)

     Returns the token-wrapping certificate used in indirect login. `type`
    selects the protocol of the partition being logged in to:
    `legacyKey` for firmware 7.4 and older, `key` for firmware 7.7+
    (protocol v1.1), `pkc` for firmware 7.7+ (protocol v2.0, the
    default when `type` is omitted).

    Args:
        hsmid (int):
        type_ (GetHsmCertificateType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | HsmCertificate]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hsmid: int,
    *,
    client: AuthenticatedClient,
    type_: GetHsmCertificateType | Unset = UNSET,
) -> ErrorDescription | HsmCertificate | None:
    """Get the HSM's token-wrapping certificate (indirect login)

     Returns the token-wrapping certificate used in indirect login. `type`
    selects the protocol of the partition being logged in to:
    `legacyKey` for firmware 7.4 and older, `key` for firmware 7.7+
    (protocol v1.1), `pkc` for firmware 7.7+ (protocol v2.0, the
    default when `type` is omitted).

    Args:
        hsmid (int):
        type_ (GetHsmCertificateType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | HsmCertificate
    """

    return sync_detailed(
        hsmid=hsmid,
        client=client,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    hsmid: int,
    *,
    client: AuthenticatedClient,
    type_: GetHsmCertificateType | Unset = UNSET,
) -> Response[ErrorDescription | HsmCertificate]:
    """Get the HSM's token-wrapping certificate (indirect login)

     Returns the token-wrapping certificate used in indirect login. `type`
    selects the protocol of the partition being logged in to:
    `legacyKey` for firmware 7.4 and older, `key` for firmware 7.7+
    (protocol v1.1), `pkc` for firmware 7.7+ (protocol v2.0, the
    default when `type` is omitted).

    Args:
        hsmid (int):
        type_ (GetHsmCertificateType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | HsmCertificate]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hsmid: int,
    *,
    client: AuthenticatedClient,
    type_: GetHsmCertificateType | Unset = UNSET,
) -> ErrorDescription | HsmCertificate | None:
    """Get the HSM's token-wrapping certificate (indirect login)

     Returns the token-wrapping certificate used in indirect login. `type`
    selects the protocol of the partition being logged in to:
    `legacyKey` for firmware 7.4 and older, `key` for firmware 7.7+
    (protocol v1.1), `pkc` for firmware 7.7+ (protocol v2.0, the
    default when `type` is omitted).

    Args:
        hsmid (int):
        type_ (GetHsmCertificateType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | HsmCertificate
    """

    return (
        await asyncio_detailed(
            hsmid=hsmid,
            client=client,
            type_=type_,
        )
    ).parsed
