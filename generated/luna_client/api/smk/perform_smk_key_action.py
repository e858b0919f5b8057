from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty import Empty
from ...models.error_description import ErrorDescription
from ...models.smk_key import SmkKey
from ...types import UNSET, Response, Unset


def _get_kwargs(
    hsmid: int,
    partitionid: int,
    smkid: str,
    actionid: str,
    *,
    body: Empty | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/lunasa/hsms/{hsmid}/partitions/{partitionid}/smk/{smkid}/actions/{actionid}".format(
            hsmid=quote(str(hsmid), safe=""),
            partitionid=quote(str(partitionid), safe=""),
            smkid=quote(str(smkid), safe=""),
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
) -> ErrorDescription | SmkKey | None:
    if response.status_code == 200:
        response_200 = SmkKey.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorDescription.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorDescription.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorDescription.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorDescription.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorDescription.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = ErrorDescription.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDescription | SmkKey]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    hsmid: int,
    partitionid: int,
    smkid: str,
    actionid: str,
    *,
    client: AuthenticatedClient,
    body: Empty | Unset = UNSET,
) -> Response[ErrorDescription | SmkKey]:
    """Start or end an SMK rollover

     `start` begins an SMK rollover and `end` finishes it; both are accepted
    only on `smk-fw7-rollover` (422 otherwise), need a logged-in partition
    user (401), need the FW7 primary key to be initialized (409), and
    `start` is refused while a rollover is already running (403).

    Args:
        hsmid (int):
        partitionid (int):
        smkid (str):
        actionid (str):
        body (Empty | Unset): An empty JSON object (`{}`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | SmkKey]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
        partitionid=partitionid,
        smkid=smkid,
        actionid=actionid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hsmid: int,
    partitionid: int,
    smkid: str,
    actionid: str,
    *,
    client: AuthenticatedClient,
    body: Empty | Unset = UNSET,
) -> ErrorDescription | SmkKey | None:
    """Start or end an SMK rollover

     `start` begins an SMK rollover and `end` finishes it; both are accepted
    only on `smk-fw7-rollover` (422 otherwise), need a logged-in partition
    user (401), need the FW7 primary key to be initialized (409), and
    `start` is refused while a rollover is already running (403).

    Args:
        hsmid (int):
        partitionid (int):
        smkid (str):
        actionid (str):
        body (Empty | Unset): An empty JSON object (`{}`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | SmkKey
    """

    return sync_detailed(
        hsmid=hsmid,
        partitionid=partitionid,
        smkid=smkid,
        actionid=actionid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    hsmid: int,
    partitionid: int,
    smkid: str,
    actionid: str,
    *,
    client: AuthenticatedClient,
    body: Empty | Unset = UNSET,
) -> Response[ErrorDescription | SmkKey]:
    """Start or end an SMK rollover

     `start` begins an SMK rollover and `end` finishes it; both are accepted
    only on `smk-fw7-rollover` (422 otherwise), need a logged-in partition
    user (401), need the FW7 primary key to be initialized (409), and
    `start` is refused while a rollover is already running (403).

    Args:
        hsmid (int):
        partitionid (int):
        smkid (str):
        actionid (str):
        body (Empty | Unset): An empty JSON object (`{}`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | SmkKey]
    """

    kwargs = _get_kwargs(
        hsmid=hsmid,
        partitionid=partitionid,
        smkid=smkid,
        actionid=actionid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hsmid: int,
    partitionid: int,
    smkid: str,
    actionid: str,
    *,
    client: AuthenticatedClient,
    body: Empty | Unset = UNSET,
) -> ErrorDescription | SmkKey | None:
    """Start or end an SMK rollover

     `start` begins an SMK rollover and `end` finishes it; both are accepted
    only on `smk-fw7-rollover` (422 otherwise), need a logged-in partition
    user (401), need the FW7 primary key to be initialized (409), and
    `start` is refused while a rollover is already running (403).

    Args:
        hsmid (int):
        partitionid (int):
        smkid (str):
        actionid (str):
        body (Empty | Unset): An empty JSON object (`{}`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | SmkKey
    """

    return (
        await asyncio_detailed(
            hsmid=hsmid,
            partitionid=partitionid,
            smkid=smkid,
            actionid=actionid,
            client=client,
            body=body,
        )
    ).parsed
