from http import HTTPStatus
from io import BytesIO
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.replace_ntls_certificate_request import ReplaceNtlsCertificateRequest
from ...models.task import Task
from ...types import UNSET, File, FileTypes, Response, Unset


def _get_kwargs(
    *,
    body: File | ReplaceNtlsCertificateRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/lunasa/ntls/certificate",
    }

    if isinstance(body, File):
        if not isinstance(body, Unset):
            _kwargs["content"] = body.payload
        headers["Content-Type"] = (
            "application/vnd.safenetinc.lunasa+octet-stream;version=17"
        )
    if isinstance(body, ReplaceNtlsCertificateRequest):
        if not isinstance(body, Unset):
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
    *,
    client: AuthenticatedClient,
    body: File | ReplaceNtlsCertificateRequest | Unset = UNSET,
) -> Response[Any | ErrorDescription | Task]:
    """Install a new NTLS server certificate

     Replaces the NTLS server certificate, either with a certificate sent
    as the octet-stream body or with a `.pem` file already uploaded to the
    caller's file area (`{file}`). The appliance protects this resource:
    the answer's `Location` names a Waiting task that only runs after
    `POST /tasks/{taskid}/actions/start`. A certificate signed for the key
    of `POST /api/lunasa/ntls/csr` puts that key in service. v17 adds two
    400s whose ids were not readable: a certificate common name with
    invalid characters (the emulator answers its own
    `NTLS_CERTIFICATE_CN_INVALID`; the accepted characters are those of the
    CSR's `cn`) and an unexpected error (v15 calls it
    `NTLS_INTERNAL_ERROR`).

    Args:
        body (File | Unset):
        body (ReplaceNtlsCertificateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription | Task]
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
    body: File | ReplaceNtlsCertificateRequest | Unset = UNSET,
) -> Any | ErrorDescription | Task | None:
    """Install a new NTLS server certificate

     Replaces the NTLS server certificate, either with a certificate sent
    as the octet-stream body or with a `.pem` file already uploaded to the
    caller's file area (`{file}`). The appliance protects this resource:
    the answer's `Location` names a Waiting task that only runs after
    `POST /tasks/{taskid}/actions/start`. A certificate signed for the key
    of `POST /api/lunasa/ntls/csr` puts that key in service. v17 adds two
    400s whose ids were not readable: a certificate common name with
    invalid characters (the emulator answers its own
    `NTLS_CERTIFICATE_CN_INVALID`; the accepted characters are those of the
    CSR's `cn`) and an unexpected error (v15 calls it
    `NTLS_INTERNAL_ERROR`).

    Args:
        body (File | Unset):
        body (ReplaceNtlsCertificateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription | Task
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: File | ReplaceNtlsCertificateRequest | Unset = UNSET,
) -> Response[Any | ErrorDescription | Task]:
    """Install a new NTLS server certificate

     Replaces the NTLS server certificate, either with a certificate sent
    as the octet-stream body or with a `.pem` file already uploaded to the
    caller's file area (`{file}`). The appliance protects this resource:
    the answer's `Location` names a Waiting task that only runs after
    `POST /tasks/{taskid}/actions/start`. A certificate signed for the key
    of `POST /api/lunasa/ntls/csr` puts that key in service. v17 adds two
    400s whose ids were not readable: a certificate common name with
    invalid characters (the emulator answers its own
    `NTLS_CERTIFICATE_CN_INVALID`; the accepted characters are those of the
    CSR's `cn`) and an unexpected error (v15 calls it
    `NTLS_INTERNAL_ERROR`).

    Args:
        body (File | Unset):
        body (ReplaceNtlsCertificateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription | Task]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: File | ReplaceNtlsCertificateRequest | Unset = UNSET,
) -> Any | ErrorDescription | Task | None:
    """Install a new NTLS server certificate

     Replaces the NTLS server certificate, either with a certificate sent
    as the octet-stream body or with a `.pem` file already uploaded to the
    caller's file area (`{file}`). The appliance protects this resource:
    the answer's `Location` names a Waiting task that only runs after
    `POST /tasks/{taskid}/actions/start`. A certificate signed for the key
    of `POST /api/lunasa/ntls/csr` puts that key in service. v17 adds two
    400s whose ids were not readable: a certificate common name with
    invalid characters (the emulator answers its own
    `NTLS_CERTIFICATE_CN_INVALID`; the accepted characters are those of the
    CSR's `cn`) and an unexpected error (v15 calls it
    `NTLS_INTERNAL_ERROR`).

    Args:
        body (File | Unset):
        body (ReplaceNtlsCertificateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription | Task
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
