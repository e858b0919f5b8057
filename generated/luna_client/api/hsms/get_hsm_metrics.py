from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.hsm_metrics import HsmMetrics
from ...types import UNSET, Response, Unset


def _get_kwargs(
    hsmid: int,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/lunasa/hsms/{hsmid}/metrics".format(
            hsmid=quote(str(hsmid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDescription | HsmMetrics | None:
    if response.status_code == 200:
        response_200 = HsmMetrics.from_dict(response.json())

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
) -> Response[ErrorDescription | HsmMetrics]:
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
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ErrorDescription | HsmMetrics]:
    """Get the HSM's metrics

     Returns the partition utilization metrics: for each partition the
    requests counted in each category bin (sign, verify, encrypt,
    decrypt, key generation, key derivation) since `resetTime`, the last
    counter reset or power cycle. Counting needs HSM policy 49 (Allow
    Partition Utilization Metrics); while it is off `metrics` is empty,
    and turning it on restarts the counters. Client code treats 404 or 501
    as "not available on this HSM" (firmware before 7.3.0).

    Args:
        hsmid (int):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | HsmMetrics]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hsmid: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> ErrorDescription | HsmMetrics | None:
    """Get the HSM's metrics

     Returns the partition utilization metrics: for each partition the
    requests counted in each category bin (sign, verify, encrypt,
    decrypt, key generation, key derivation) since `resetTime`, the last
    counter reset or power cycle. Counting needs HSM policy 49 (Allow
    Partition Utilization Metrics); while it is off `metrics` is empty,
    and turning it on restarts the counters. Client code treats 404 or 501
    as "not available on this HSM" (firmware before 7.3.0).

    Args:
        hsmid (int):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | HsmMetrics
    """

    return sync_detailed(
        hsmid=hsmid,
        client=client,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    hsmid: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ErrorDescription | HsmMetrics]:
    """Get the HSM's metrics

     Returns the partition utilization metrics: for each partition the
    requests counted in each category bin (sign, verify, encrypt,
    decrypt, key generation, key derivation) since `resetTime`, the last
    counter reset or power cycle. Counting needs HSM policy 49 (Allow
    Partition Utilization Metrics); while it is off `metrics` is empty,
    and turning it on restarts the counters. Client code treats 404 or 501
    as "not available on this HSM" (firmware before 7.3.0).

    Args:
        hsmid (int):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | HsmMetrics]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hsmid: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> ErrorDescription | HsmMetrics | None:
    """Get the HSM's metrics

     Returns the partition utilization metrics: for each partition the
    requests counted in each category bin (sign, verify, encrypt,
    decrypt, key generation, key derivation) since `resetTime`, the last
    counter reset or power cycle. Counting needs HSM policy 49 (Allow
    Partition Utilization Metrics); while it is off `metrics` is empty,
    and turning it on restarts the counters. Client code treats 404 or 501
    as "not available on this HSM" (firmware before 7.3.0).

    Args:
        hsmid (int):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | HsmMetrics
    """

    return (
        await asyncio_detailed(
            hsmid=hsmid,
            client=client,
            limit=limit,
            offset=offset,
        )
    ).parsed
