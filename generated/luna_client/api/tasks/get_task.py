from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.task import Task
from ...types import UNSET, Response


def _get_kwargs(
    taskid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tasks/{taskid}".format(
            taskid=quote(str(taskid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDescription | Task | None:
    if response.status_code == 200:
        response_200 = Task.from_dict(response.json())

        return response_200

    if response.status_code == 303:
        response_303 = Task.from_dict(response.json())

        return response_303

    if response.status_code == 400:
        response_400 = ErrorDescription.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorDescription.from_dict(response.json())

        return response_401

    if response.status_code == 410:
        response_410 = ErrorDescription.from_dict(response.json())

        return response_410

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDescription | Task]:
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
) -> Response[ErrorDescription | Task]:
    """Get a task's state

     Answers 200 while the task is Waiting or Running, 303 once it has
    finished (successfully or with an error; the body is the task and
    `responseUrl` names its result) and 410 when the task does not exist.
    Clients must not follow the 303 automatically.

    Args:
        taskid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | Task]
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
) -> ErrorDescription | Task | None:
    """Get a task's state

     Answers 200 while the task is Waiting or Running, 303 once it has
    finished (successfully or with an error; the body is the task and
    `responseUrl` names its result) and 410 when the task does not exist.
    Clients must not follow the 303 automatically.

    Args:
        taskid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | Task
    """

    return sync_detailed(
        taskid=taskid,
        client=client,
    ).parsed


async def asyncio_detailed(
    taskid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | Task]:
    """Get a task's state

     Answers 200 while the task is Waiting or Running, 303 once it has
    finished (successfully or with an error; the body is the task and
    `responseUrl` names its result) and 410 when the task does not exist.
    Clients must not follow the 303 automatically.

    Args:
        taskid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | Task]
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
) -> ErrorDescription | Task | None:
    """Get a task's state

     Answers 200 while the task is Waiting or Running, 303 once it has
    finished (successfully or with an error; the body is the task and
    `responseUrl` names its result) and 410 when the task does not exist.
    Clients must not follow the 303 automatically.

    Args:
        taskid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | Task
    """

    return (
        await asyncio_detailed(
            taskid=taskid,
            client=client,
        )
    ).parsed
