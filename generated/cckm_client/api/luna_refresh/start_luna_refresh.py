from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cipher_trust_error import CipherTrustError
from ...models.job_request import JobRequest
from ...models.refresh_job import RefreshJob
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: JobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/cckm/hsm/luna/refresh",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CipherTrustError | RefreshJob | None:
    if response.status_code == 401:
        response_401 = CipherTrustError.from_dict(response.json())

        return response_401

    if 200 <= response.status_code <= 299:
        response_2xx = RefreshJob.from_dict(response.json())

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
) -> Response[Any | CipherTrustError | RefreshJob]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: JobRequest,
) -> Response[Any | CipherTrustError | RefreshJob]:
    """Start refreshing keys from partitions

     Starts a job that downloads the keys present on the given partitions
    (or on all, with `synchronize_all`) into CCKM. `partitions` and
    `synchronize_all` are mutually exclusive. Poll
    `GET .../refresh/{refreshJobId}` until `overall_status` is no longer
    `in_progress`.

    Args:
        body (JobRequest): Give `partitions` or `synchronize_all`, not both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CipherTrustError | RefreshJob]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: JobRequest,
) -> Any | CipherTrustError | RefreshJob | None:
    """Start refreshing keys from partitions

     Starts a job that downloads the keys present on the given partitions
    (or on all, with `synchronize_all`) into CCKM. `partitions` and
    `synchronize_all` are mutually exclusive. Poll
    `GET .../refresh/{refreshJobId}` until `overall_status` is no longer
    `in_progress`.

    Args:
        body (JobRequest): Give `partitions` or `synchronize_all`, not both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CipherTrustError | RefreshJob
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: JobRequest,
) -> Response[Any | CipherTrustError | RefreshJob]:
    """Start refreshing keys from partitions

     Starts a job that downloads the keys present on the given partitions
    (or on all, with `synchronize_all`) into CCKM. `partitions` and
    `synchronize_all` are mutually exclusive. Poll
    `GET .../refresh/{refreshJobId}` until `overall_status` is no longer
    `in_progress`.

    Args:
        body (JobRequest): Give `partitions` or `synchronize_all`, not both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CipherTrustError | RefreshJob]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: JobRequest,
) -> Any | CipherTrustError | RefreshJob | None:
    """Start refreshing keys from partitions

     Starts a job that downloads the keys present on the given partitions
    (or on all, with `synchronize_all`) into CCKM. `partitions` and
    `synchronize_all` are mutually exclusive. Poll
    `GET .../refresh/{refreshJobId}` until `overall_status` is no longer
    `in_progress`.

    Args:
        body (JobRequest): Give `partitions` or `synchronize_all`, not both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CipherTrustError | RefreshJob
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
