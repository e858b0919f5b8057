from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.task import Task
from ...models.update_hsm_role_request import UpdateHsmRoleRequest
from ...types import UNSET, Response


def _get_kwargs(
    hsmid: int,
    roleid: str,
    *,
    body: UpdateHsmRoleRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/lunasa/hsms/{hsmid}/roles/{roleid}".format(
            hsmid=quote(str(hsmid), safe=""),
            roleid=quote(str(roleid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.safenetinc.lunasa+json;version=17"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorDescription | Task | None:
    if response.status_code == 202:
        response_202 = Task.from_dict(response.json())

        return response_202

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
) -> Response[Any | ErrorDescription | Task]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    hsmid: int,
    roleid: str,
    *,
    client: AuthenticatedClient,
    body: UpdateHsmRoleRequest,
) -> Response[Any | ErrorDescription | Task]:
    """Change an HSM role's password

     Changes the role's password from `oldPassword` to `newPassword`. The
    role changes its own credential: the HSM SO must be logged in as SO
    first (the guide: "Changing the HSM SO Credential"), the auditor as
    auditor. On a password-authenticated HSM the answer is 204 with
    `Location` the role; on a PED-authenticated HSM the PED takes part and
    the request is a task (202, `Location: /tasks/N`). `changeSecret` asks
    for a new PED secret.

    Args:
        hsmid (int):
        roleid (str):
        body (UpdateHsmRoleRequest): The reference lists both passwords as required;
            `changeSecret` is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription | Task]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
        roleid=roleid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hsmid: int,
    roleid: str,
    *,
    client: AuthenticatedClient,
    body: UpdateHsmRoleRequest,
) -> Any | ErrorDescription | Task | None:
    """Change an HSM role's password

     Changes the role's password from `oldPassword` to `newPassword`. The
    role changes its own credential: the HSM SO must be logged in as SO
    first (the guide: "Changing the HSM SO Credential"), the auditor as
    auditor. On a password-authenticated HSM the answer is 204 with
    `Location` the role; on a PED-authenticated HSM the PED takes part and
    the request is a task (202, `Location: /tasks/N`). `changeSecret` asks
    for a new PED secret.

    Args:
        hsmid (int):
        roleid (str):
        body (UpdateHsmRoleRequest): The reference lists both passwords as required;
            `changeSecret` is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription | Task
    """

    return sync_detailed(
        hsmid=hsmid,
        roleid=roleid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    hsmid: int,
    roleid: str,
    *,
    client: AuthenticatedClient,
    body: UpdateHsmRoleRequest,
) -> Response[Any | ErrorDescription | Task]:
    """Change an HSM role's password

     Changes the role's password from `oldPassword` to `newPassword`. The
    role changes its own credential: the HSM SO must be logged in as SO
    first (the guide: "Changing the HSM SO Credential"), the auditor as
    auditor. On a password-authenticated HSM the answer is 204 with
    `Location` the role; on a PED-authenticated HSM the PED takes part and
    the request is a task (202, `Location: /tasks/N`). `changeSecret` asks
    for a new PED secret.

    Args:
        hsmid (int):
        roleid (str):
        body (UpdateHsmRoleRequest): The reference lists both passwords as required;
            `changeSecret` is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription | Task]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
        roleid=roleid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hsmid: int,
    roleid: str,
    *,
    client: AuthenticatedClient,
    body: UpdateHsmRoleRequest,
) -> Any | ErrorDescription | Task | None:
    """Change an HSM role's password

     Changes the role's password from `oldPassword` to `newPassword`. The
    role changes its own credential: the HSM SO must be logged in as SO
    first (the guide: "Changing the HSM SO Credential"), the auditor as
    auditor. On a password-authenticated HSM the answer is 204 with
    `Location` the role; on a PED-authenticated HSM the PED takes part and
    the request is a task (202, `Location: /tasks/N`). `changeSecret` asks
    for a new PED secret.

    Args:
        hsmid (int):
        roleid (str):
        body (UpdateHsmRoleRequest): The reference lists both passwords as required;
            `changeSecret` is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription | Task
    """

    return (
        await asyncio_detailed(
            hsmid=hsmid,
            roleid=roleid,
            client=client,
            body=body,
        )
    ).parsed
