from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.hsm_action_result import HsmActionResult
from ...models.perform_hsm_action_request import PerformHsmActionRequest
from ...models.task import Task
from ...types import UNSET, Response, Unset


def _get_kwargs(
    hsmid: int,
    actionid: str,
    *,
    body: PerformHsmActionRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/lunasa/hsms/{hsmid}/actions/{actionid}".format(
            hsmid=quote(str(hsmid), safe=""),
            actionid=quote(str(actionid), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.safenetinc.lunasa+json;version=17"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDescription | HsmActionResult | Task | None:
    if response.status_code == 200:
        response_200 = HsmActionResult.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = Task.from_dict(response.json())

        return response_202

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
) -> Response[ErrorDescription | HsmActionResult | Task]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    hsmid: int,
    actionid: str,
    *,
    client: AuthenticatedClient,
    body: PerformHsmActionRequest | Unset = UNSET,
) -> Response[ErrorDescription | HsmActionResult | Task]:
    """Perform an HSM action (self test, zeroize, factory reset, STM)

     `selfTest` runs the HSM self tests. `zeroize` erases every partition
    and all key material; it is a protected resource, so the answer is a
    Waiting task that only runs after `POST /tasks/{taskid}/actions/start`.
    `factoryReset` returns the HSM to its factory state. `stmTransport`
    puts the HSM in Secure Transport Mode and returns a `randomUserString`
    and `verification` string; `stmRecover` takes that `randomUserString`
    back and returns the `verification` string to compare. Log in as HSM
    SO first.

    Args:
        hsmid (int):
        actionid (str):
        body (PerformHsmActionRequest | Unset): Action parameters; `{}` for actions without any.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | HsmActionResult | Task]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
        actionid=actionid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hsmid: int,
    actionid: str,
    *,
    client: AuthenticatedClient,
    body: PerformHsmActionRequest | Unset = UNSET,
) -> ErrorDescription | HsmActionResult | Task | None:
    """Perform an HSM action (self test, zeroize, factory reset, STM)

     `selfTest` runs the HSM self tests. `zeroize` erases every partition
    and all key material; it is a protected resource, so the answer is a
    Waiting task that only runs after `POST /tasks/{taskid}/actions/start`.
    `factoryReset` returns the HSM to its factory state. `stmTransport`
    puts the HSM in Secure Transport Mode and returns a `randomUserString`
    and `verification` string; `stmRecover` takes that `randomUserString`
    back and returns the `verification` string to compare. Log in as HSM
    SO first.

    Args:
        hsmid (int):
        actionid (str):
        body (PerformHsmActionRequest | Unset): Action parameters; `{}` for actions without any.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | HsmActionResult | Task
    """

    return sync_detailed(
        hsmid=hsmid,
        actionid=actionid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    hsmid: int,
    actionid: str,
    *,
    client: AuthenticatedClient,
    body: PerformHsmActionRequest | Unset = UNSET,
) -> Response[ErrorDescription | HsmActionResult | Task]:
    """Perform an HSM action (self test, zeroize, factory reset, STM)

     `selfTest` runs the HSM self tests. `zeroize` erases every partition
    and all key material; it is a protected resource, so the answer is a
    Waiting task that only runs after `POST /tasks/{taskid}/actions/start`.
    `factoryReset` returns the HSM to its factory state. `stmTransport`
    puts the HSM in Secure Transport Mode and returns a `randomUserString`
    and `verification` string; `stmRecover` takes that `randomUserString`
    back and returns the `verification` string to compare. Log in as HSM
    SO first.

    Args:
        hsmid (int):
        actionid (str):
        body (PerformHsmActionRequest | Unset): Action parameters; `{}` for actions without any.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | HsmActionResult | Task]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
        actionid=actionid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hsmid: int,
    actionid: str,
    *,
    client: AuthenticatedClient,
    body: PerformHsmActionRequest | Unset = UNSET,
) -> ErrorDescription | HsmActionResult | Task | None:
    """Perform an HSM action (self test, zeroize, factory reset, STM)

     `selfTest` runs the HSM self tests. `zeroize` erases every partition
    and all key material; it is a protected resource, so the answer is a
    Waiting task that only runs after `POST /tasks/{taskid}/actions/start`.
    `factoryReset` returns the HSM to its factory state. `stmTransport`
    puts the HSM in Secure Transport Mode and returns a `randomUserString`
    and `verification` string; `stmRecover` takes that `randomUserString`
    back and returns the `verification` string to compare. Log in as HSM
    SO first.

    Args:
        hsmid (int):
        actionid (str):
        body (PerformHsmActionRequest | Unset): Action parameters; `{}` for actions without any.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | HsmActionResult | Task
    """

    return (
        await asyncio_detailed(
            hsmid=hsmid,
            actionid=actionid,
            client=client,
            body=body,
        )
    ).parsed
