from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cipher_trust_error import CipherTrustError
from ...models.job_status import JobStatus
from ...models.refresh_job_list import RefreshJobList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: str | Unset = UNSET,
    overall_status: JobStatus | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    json_overall_status: str | Unset = UNSET
    if not isinstance(overall_status, Unset):
        json_overall_status = overall_status.value

    params["overall_status"] = json_overall_status

    params["skip"] = skip

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/cckm/hsm/luna/refresh",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CipherTrustError | RefreshJobList | None:
    if response.status_code == 401:
        response_401 = CipherTrustError.from_dict(response.json())

        return response_401

    if 200 <= response.status_code <= 299:
        response_2xx = RefreshJobList.from_dict(response.json())

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
) -> Response[Any | CipherTrustError | RefreshJobList]:
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
    overall_status: JobStatus | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[Any | CipherTrustError | RefreshJobList]:
    """List refresh jobs and their status

     Lists refresh jobs, filtered by id or overall status.

    Args:
        id (str | Unset):
        overall_status (JobStatus | Unset):
        skip (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CipherTrustError | RefreshJobList]
    """

    kwargs = _get_kwargs(
        id=id,
        overall_status=overall_status,
        skip=skip,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    id: str | Unset = UNSET,
    overall_status: JobStatus | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Any | CipherTrustError | RefreshJobList | None:
    """List refresh jobs and their status

     Lists refresh jobs, filtered by id or overall status.

    Args:
        id (str | Unset):
        overall_status (JobStatus | Unset):
        skip (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CipherTrustError | RefreshJobList
    """

    return sync_detailed(
        client=client,
        id=id,
        overall_status=overall_status,
        skip=skip,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    id: str | Unset = UNSET,
    overall_status: JobStatus | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[Any | CipherTrustError | RefreshJobList]:
    """List refresh jobs and their status

     Lists refresh jobs, filtered by id or overall status.

    Args:
        id (str | Unset):
        overall_status (JobStatus | Unset):
        skip (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CipherTrustError | RefreshJobList]
    """

    kwargs = _get_kwargs(
        id=id,
        overall_status=overall_status,
        skip=skip,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    id: str | Unset = UNSET,
    overall_status: JobStatus | Unset = UNSET,
    skip: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Any | CipherTrustError | RefreshJobList | None:
    """List refresh jobs and their status

     Lists refresh jobs, filtered by id or overall status.

    Args:
        id (str | Unset):
        overall_status (JobStatus | Unset):
        skip (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CipherTrustError | RefreshJobList
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            overall_status=overall_status,
            skip=skip,
            limit=limit,
        )
    ).parsed
