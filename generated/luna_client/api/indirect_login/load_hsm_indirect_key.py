from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.load_hsm_indirect_key_request import LoadHsmIndirectKeyRequest
from ...models.load_hsm_indirect_key_type import LoadHsmIndirectKeyType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    hsmid: int,
    *,
    body: LoadHsmIndirectKeyRequest,
    type_: LoadHsmIndirectKeyType | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/lunasa/hsms/{hsmid}/indirect/key".format(
            hsmid=quote(str(hsmid), safe=""),
        ),
        "params": params,
    }

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
    hsmid: int,
    *,
    client: AuthenticatedClient,
    body: LoadHsmIndirectKeyRequest,
    type_: LoadHsmIndirectKeyType | Unset = UNSET,
) -> Response[Any | ErrorDescription]:
    """Load the indirect-login key onto the service HSM

     Sets up indirect login on the service HSM (logged in as HSM SO) with
    the material exported from a partition of the admin HSM. For
    `type=legacyKey` (default) and `type=key` send the public key as
    `exponent` and `modulus`; for `type=pkc` send the `pkcChain` and the
    comma-separated `roles` (e.g. `so,co,cu,lco`) to set up for HA login.
    `Location` then names the service HSM's challenges resource.

    Args:
        hsmid (int):
        type_ (LoadHsmIndirectKeyType | Unset):
        body (LoadHsmIndirectKeyRequest): `exponent` and `modulus` for `type=legacyKey` and
            `type=key`;
            `roles` and `pkcChain` for `type=pkc`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
        body=body,
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
    body: LoadHsmIndirectKeyRequest,
    type_: LoadHsmIndirectKeyType | Unset = UNSET,
) -> Any | ErrorDescription | None:
    """Load the indirect-login key onto the service HSM

     Sets up indirect login on the service HSM (logged in as HSM SO) with
    the material exported from a partition of the admin HSM. For
    `type=legacyKey` (default) and `type=key` send the public key as
    `exponent` and `modulus`; for `type=pkc` send the `pkcChain` and the
    comma-separated `roles` (e.g. `so,co,cu,lco`) to set up for HA login.
    `Location` then names the service HSM's challenges resource.

    Args:
        hsmid (int):
        type_ (LoadHsmIndirectKeyType | Unset):
        body (LoadHsmIndirectKeyRequest): `exponent` and `modulus` for `type=legacyKey` and
            `type=key`;
            `roles` and `pkcChain` for `type=pkc`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription
    """

    return sync_detailed(
        hsmid=hsmid,
        client=client,
        body=body,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    hsmid: int,
    *,
    client: AuthenticatedClient,
    body: LoadHsmIndirectKeyRequest,
    type_: LoadHsmIndirectKeyType | Unset = UNSET,
) -> Response[Any | ErrorDescription]:
    """Load the indirect-login key onto the service HSM

     Sets up indirect login on the service HSM (logged in as HSM SO) with
    the material exported from a partition of the admin HSM. For
    `type=legacyKey` (default) and `type=key` send the public key as
    `exponent` and `modulus`; for `type=pkc` send the `pkcChain` and the
    comma-separated `roles` (e.g. `so,co,cu,lco`) to set up for HA login.
    `Location` then names the service HSM's challenges resource.

    Args:
        hsmid (int):
        type_ (LoadHsmIndirectKeyType | Unset):
        body (LoadHsmIndirectKeyRequest): `exponent` and `modulus` for `type=legacyKey` and
            `type=key`;
            `roles` and `pkcChain` for `type=pkc`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
        body=body,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hsmid: int,
    *,
    client: AuthenticatedClient,
    body: LoadHsmIndirectKeyRequest,
    type_: LoadHsmIndirectKeyType | Unset = UNSET,
) -> Any | ErrorDescription | None:
    """Load the indirect-login key onto the service HSM

     Sets up indirect login on the service HSM (logged in as HSM SO) with
    the material exported from a partition of the admin HSM. For
    `type=legacyKey` (default) and `type=key` send the public key as
    `exponent` and `modulus`; for `type=pkc` send the `pkcChain` and the
    comma-separated `roles` (e.g. `so,co,cu,lco`) to set up for HA login.
    `Location` then names the service HSM's challenges resource.

    Args:
        hsmid (int):
        type_ (LoadHsmIndirectKeyType | Unset):
        body (LoadHsmIndirectKeyRequest): `exponent` and `modulus` for `type=legacyKey` and
            `type=key`;
            `roles` and `pkcChain` for `type=pkc`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription
    """

    return (
        await asyncio_detailed(
            hsmid=hsmid,
            client=client,
            body=body,
            type_=type_,
        )
    ).parsed
