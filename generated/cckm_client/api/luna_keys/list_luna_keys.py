from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cipher_trust_error import CipherTrustError
from ...models.luna_key_list import LunaKeyList
from ...models.luna_key_status import LunaKeyStatus
from ...models.luna_mechanism import LunaMechanism
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: str | Unset = UNSET,
    label: str | Unset = UNSET,
    algorithm: str | Unset = UNSET,
    mechanism: LunaMechanism | Unset = UNSET,
    size: int | Unset = UNSET,
    byok_key: bool | Unset = UNSET,
    partition_id: str | Unset = UNSET,
    partition_label: str | Unset = UNSET,
    status: LunaKeyStatus | Unset = UNSET,
    object_type: str | Unset = UNSET,
    origin: str | Unset = UNSET,
    sha_256_fingerprint: str | Unset = UNSET,
    modulus: str | Unset = UNSET,
    link_id: str | Unset = UNSET,
    replicated: bool | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["label"] = label

    params["algorithm"] = algorithm

    json_mechanism: str | Unset = UNSET
    if not isinstance(mechanism, Unset):
        json_mechanism = mechanism.value

    params["mechanism"] = json_mechanism

    params["size"] = size

    params["byok_key"] = byok_key

    params["partition_id"] = partition_id

    params["partition_label"] = partition_label

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["object_type"] = object_type

    params["origin"] = origin

    params["sha_256_fingerprint"] = sha_256_fingerprint

    params["modulus"] = modulus

    params["link_id"] = link_id

    params["replicated"] = replicated

    params["skip"] = skip

    params["limit"] = limit

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/cckm/hsm/luna/keys",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CipherTrustError | LunaKeyList | None:
    if response.status_code == 401:
        response_401 = CipherTrustError.from_dict(response.json())

        return response_401

    if 200 <= response.status_code <= 299:
        response_2xx = LunaKeyList.from_dict(response.json())

        return response_2xx

    if 400 <= response.status_code <= 499:
        response_4xx = CipherTrustError.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = cast(Any, None)
        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | CipherTrustError | LunaKeyList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    id: str | Unset = UNSET,
    label: str | Unset = UNSET,
    algorithm: str | Unset = UNSET,
    mechanism: LunaMechanism | Unset = UNSET,
    size: int | Unset = UNSET,
    byok_key: bool | Unset = UNSET,
    partition_id: str | Unset = UNSET,
    partition_label: str | Unset = UNSET,
    status: LunaKeyStatus | Unset = UNSET,
    object_type: str | Unset = UNSET,
    origin: str | Unset = UNSET,
    sha_256_fingerprint: str | Unset = UNSET,
    modulus: str | Unset = UNSET,
    link_id: str | Unset = UNSET,
    replicated: bool | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[Any | CipherTrustError | LunaKeyList]:
    """List Luna HSM keys

     Lists the Luna HSM keys CCKM knows, filtered by the query parameters.

    Args:
        id (str | Unset):
        label (str | Unset):
        algorithm (str | Unset):
        mechanism (LunaMechanism | Unset):
        size (int | Unset):
        byok_key (bool | Unset):
        partition_id (str | Unset):
        partition_label (str | Unset):
        status (LunaKeyStatus | Unset): The key's status (mixed case as documented).
        object_type (str | Unset):
        origin (str | Unset):
        sha_256_fingerprint (str | Unset):
        modulus (str | Unset):
        link_id (str | Unset):
        replicated (bool | Unset):
        skip (int | Unset):
        limit (int | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CipherTrustError | LunaKeyList]
    """

    kwargs = _get_kwargs(
        id=id,
        label=label,
        algorithm=algorithm,
        mechanism=mechanism,
        size=size,
        byok_key=byok_key,
        partition_id=partition_id,
        partition_label=partition_label,
        status=status,
        object_type=object_type,
        origin=origin,
        sha_256_fingerprint=sha_256_fingerprint,
        modulus=modulus,
        link_id=link_id,
        replicated=replicated,
        skip=skip,
        limit=limit,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    id: str | Unset = UNSET,
    label: str | Unset = UNSET,
    algorithm: str | Unset = UNSET,
    mechanism: LunaMechanism | Unset = UNSET,
    size: int | Unset = UNSET,
    byok_key: bool | Unset = UNSET,
    partition_id: str | Unset = UNSET,
    partition_label: str | Unset = UNSET,
    status: LunaKeyStatus | Unset = UNSET,
    object_type: str | Unset = UNSET,
    origin: str | Unset = UNSET,
    sha_256_fingerprint: str | Unset = UNSET,
    modulus: str | Unset = UNSET,
    link_id: str | Unset = UNSET,
    replicated: bool | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Any | CipherTrustError | LunaKeyList | None:
    """List Luna HSM keys

     Lists the Luna HSM keys CCKM knows, filtered by the query parameters.

    Args:
        id (str | Unset):
        label (str | Unset):
        algorithm (str | Unset):
        mechanism (LunaMechanism | Unset):
        size (int | Unset):
        byok_key (bool | Unset):
        partition_id (str | Unset):
        partition_label (str | Unset):
        status (LunaKeyStatus | Unset): The key's status (mixed case as documented).
        object_type (str | Unset):
        origin (str | Unset):
        sha_256_fingerprint (str | Unset):
        modulus (str | Unset):
        link_id (str | Unset):
        replicated (bool | Unset):
        skip (int | Unset):
        limit (int | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CipherTrustError | LunaKeyList
    """

    return sync_detailed(
        client=client,
        id=id,
        label=label,
        algorithm=algorithm,
        mechanism=mechanism,
        size=size,
        byok_key=byok_key,
        partition_id=partition_id,
        partition_label=partition_label,
        status=status,
        object_type=object_type,
        origin=origin,
        sha_256_fingerprint=sha_256_fingerprint,
        modulus=modulus,
        link_id=link_id,
        replicated=replicated,
        skip=skip,
        limit=limit,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    id: str | Unset = UNSET,
    label: str | Unset = UNSET,
    algorithm: str | Unset = UNSET,
    mechanism: LunaMechanism | Unset = UNSET,
    size: int | Unset = UNSET,
    byok_key: bool | Unset = UNSET,
    partition_id: str | Unset = UNSET,
    partition_label: str | Unset = UNSET,
    status: LunaKeyStatus | Unset = UNSET,
    object_type: str | Unset = UNSET,
    origin: str | Unset = UNSET,
    sha_256_fingerprint: str | Unset = UNSET,
    modulus: str | Unset = UNSET,
    link_id: str | Unset = UNSET,
    replicated: bool | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[Any | CipherTrustError | LunaKeyList]:
    """List Luna HSM keys

     Lists the Luna HSM keys CCKM knows, filtered by the query parameters.

    Args:
        id (str | Unset):
        label (str | Unset):
        algorithm (str | Unset):
        mechanism (LunaMechanism | Unset):
        size (int | Unset):
        byok_key (bool | Unset):
        partition_id (str | Unset):
        partition_label (str | Unset):
        status (LunaKeyStatus | Unset): The key's status (mixed case as documented).
        object_type (str | Unset):
        origin (str | Unset):
        sha_256_fingerprint (str | Unset):
        modulus (str | Unset):
        link_id (str | Unset):
        replicated (bool | Unset):
        skip (int | Unset):
        limit (int | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CipherTrustError | LunaKeyList]
    """

    kwargs = _get_kwargs(
        id=id,
        label=label,
        algorithm=algorithm,
        mechanism=mechanism,
        size=size,
        byok_key=byok_key,
        partition_id=partition_id,
        partition_label=partition_label,
        status=status,
        object_type=object_type,
        origin=origin,
        sha_256_fingerprint=sha_256_fingerprint,
        modulus=modulus,
        link_id=link_id,
        replicated=replicated,
        skip=skip,
        limit=limit,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    id: str | Unset = UNSET,
    label: str | Unset = UNSET,
    algorithm: str | Unset = UNSET,
    mechanism: LunaMechanism | Unset = UNSET,
    size: int | Unset = UNSET,
    byok_key: bool | Unset = UNSET,
    partition_id: str | Unset = UNSET,
    partition_label: str | Unset = UNSET,
    status: LunaKeyStatus | Unset = UNSET,
    object_type: str | Unset = UNSET,
    origin: str | Unset = UNSET,
    sha_256_fingerprint: str | Unset = UNSET,
    modulus: str | Unset = UNSET,
    link_id: str | Unset = UNSET,
    replicated: bool | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Any | CipherTrustError | LunaKeyList | None:
    """List Luna HSM keys

     Lists the Luna HSM keys CCKM knows, filtered by the query parameters.

    Args:
        id (str | Unset):
        label (str | Unset):
        algorithm (str | Unset):
        mechanism (LunaMechanism | Unset):
        size (int | Unset):
        byok_key (bool | Unset):
        partition_id (str | Unset):
        partition_label (str | Unset):
        status (LunaKeyStatus | Unset): The key's status (mixed case as documented).
        object_type (str | Unset):
        origin (str | Unset):
        sha_256_fingerprint (str | Unset):
        modulus (str | Unset):
        link_id (str | Unset):
        replicated (bool | Unset):
        skip (int | Unset):
        limit (int | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CipherTrustError | LunaKeyList
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            label=label,
            algorithm=algorithm,
            mechanism=mechanism,
            size=size,
            byok_key=byok_key,
            partition_id=partition_id,
            partition_label=partition_label,
            status=status,
            object_type=object_type,
            origin=origin,
            sha_256_fingerprint=sha_256_fingerprint,
            modulus=modulus,
            link_id=link_id,
            replicated=replicated,
            skip=skip,
            limit=limit,
            sort=sort,
        )
    ).parsed
