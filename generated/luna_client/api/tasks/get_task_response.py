from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.task_result import TaskResult
from ...types import UNSET, Response


def _get_kwargs(
    taskid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tasks/{taskid}/response".format(
            taskid=quote(str(taskid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDescription | TaskResult | None:
    if response.status_code == 200:
        response_200 = TaskResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorDescription.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorDescription.from_dict(response.json())

        return response_401

    if response.status_code == 409:
        response_409 = ErrorDescription.from_dict(response.json())

        return response_409

    if response.status_code == 410:
        response_410 = ErrorDescription.from_dict(response.json())

        return response_410

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDescription | TaskResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    taskid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | TaskResult]:
    """Get a finished task's result

     Returns the body the originating request would have returned had it
    not been tasked (for example the new object handles after an object
    restore), or the appliance's error body when the task ended in Error.
    The result is only available once the task has finished.

    Args:
        taskid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | TaskResult]
    """

    kwargs = _get_kwargs(
        taskid=taskid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    taskid: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | TaskResult | None:
    """Get a finished task's result

     Returns the body the originating request would have returned had it
    not been tasked (for example the new object handles after an object
    restore), or the appliance's error body when the task ended in Error.
    The result is only available once the task has finished.

    Args:
        taskid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | TaskResult
    """

    return sync_detailed(
        taskid=taskid,
        client=client,
    ).parsed


async def asyncio_detailed(
    taskid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | TaskResult]:
    """Get a finished task's result

     Returns the body the originating request would have returned had it
    not been tasked (for example the new object handles after an object
    restore), or the appliance's error body when the task ended in Error.
    The result is only available once the task has finished.

    Args:
        taskid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | TaskResult]
    """

    kwargs = _get_kwargs(
        taskid=taskid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    taskid: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | TaskResult | None:
    """Get a finished task's result

     Returns the body the originating request would have returned had it
    not been tasked (for example the new object handles after an object
    restore), or the appliance's error body when the task ended in Error.
    The result is only available once the task has finished.

    Args:
        taskid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | TaskResult
    """

    return (
        await asyncio_detailed(
            taskid=taskid,
            client=client,
        )
    ).parsed
