from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cipher_trust_error import CipherTrustError
from ...models.job_request import JobRequest
from ...models.synchronize_job import SynchronizeJob
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: JobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/cckm/hsm/luna/synchronize",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CipherTrustError | SynchronizeJob | None:
    if response.status_code == 401:
        response_401 = CipherTrustError.from_dict(response.json())

        return response_401

    if 200 <= response.status_code <= 299:
        response_2xx = SynchronizeJob.from_dict(response.json())

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
) -> Response[Any | CipherTrustError | SynchronizeJob]:
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
) -> Response[Any | CipherTrustError | SynchronizeJob]:
    """Start synchronizing keys of partitions

     Starts a job (`job_type` `ha_synchronize`) that synchronizes the keys
    of the given partitions (or of all, with `synchronize_all`) in CCKM.
    `partitions` and `synchronize_all` are mutually exclusive. Poll
    `GET .../synchronize/{synchronizeJobId}` until `overall_status` is no longer
    `in_progress`.

    Args:
        body (JobRequest): Give `partitions` or `synchronize_all`, not both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CipherTrustError | SynchronizeJob]
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
) -> Any | CipherTrustError | SynchronizeJob | None:
    """Start synchronizing keys of partitions

     Starts a job (`job_type` `ha_synchronize`) that synchronizes the keys
    of the given partitions (or of all, with `synchronize_all`) in CCKM.
    `partitions` and `synchronize_all` are mutually exclusive. Poll
    `GET .../synchronize/{synchronizeJobId}` until `overall_status` is no longer
    `in_progress`.

    Args:
        body (JobRequest): Give `partitions` or `synchronize_all`, not both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CipherTrustError | SynchronizeJob
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: JobRequest,
) -> Response[Any | CipherTrustError | SynchronizeJob]:
    """Start synchronizing keys of partitions

     Starts a job (`job_type` `ha_synchronize`) that synchronizes the keys
    of the given partitions (or of all, with `synchronize_all`) in CCKM.
    `partitions` and `synchronize_all` are mutually exclusive. Poll
    `GET .../synchronize/{synchronizeJobId}` until `overall_status` is no longer
    `in_progress`.

    Args:
        body (JobRequest): Give `partitions` or `synchronize_all`, not both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CipherTrustError | SynchronizeJob]
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
) -> Any | CipherTrustError | SynchronizeJob | None:
    """Start synchronizing keys of partitions

     Starts a job (`job_type` `ha_synchronize`) that synchronizes the keys
    of the given partitions (or of all, with `synchronize_all`) in CCKM.
    `partitions` and `synchronize_all` are mutually exclusive. Poll
    `GET .../synchronize/{synchronizeJobId}` until `overall_status` is no longer
    `in_progress`.

    Args:
        body (JobRequest): Give `partitions` or `synchronize_all`, not both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CipherTrustError | SynchronizeJob
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
