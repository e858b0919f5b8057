from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.install_package_file_request import InstallPackageFileRequest
from ...models.install_package_file_upload import InstallPackageFileUpload
from ...models.task import Task
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: InstallPackageFileRequest | InstallPackageFileUpload | Unset = UNSET,
    verify_only: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["VerifyOnly"] = verify_only

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/lunasa/packageFiles",
        "params": params,
    }

    if isinstance(body, InstallPackageFileRequest):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/vnd.safenetinc.lunasa+json;version=17"
    if isinstance(body, InstallPackageFileUpload):
        if not isinstance(body, Unset):
            _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = (
            "application/vnd.safenetinc.lunasa+multipart;version=17"
        )

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

    if response.status_code == 409:
        response_409 = ErrorDescription.from_dict(response.json())

        return response_409

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
    body: InstallPackageFileRequest | InstallPackageFileUpload | Unset = UNSET,
    verify_only: bool | Unset = UNSET,
) -> Response[Any | ErrorDescription | Task]:
    """Verify or install a secure package

     Verifies a secure package (`.spkg`) with its authorization code and,
    unless `VerifyOnly=true`, installs it on the appliance. Send the
    package as a multipart upload with the other fields, or JSON naming a
    file uploaded before to the caller's file area. HSM SO login is
    required unless `useEvp` is set; `useDes3` and `useEvp` exclude each
    other. Check the web server's `maxFileSize` before uploading. A
    critical operation; the reference excerpt shows no status codes.

    Args:
        verify_only (bool | Unset):
        body (InstallPackageFileRequest | Unset): A secure package already uploaded to the
            caller's file area, with its authorization code.
        body (InstallPackageFileUpload | Unset): Multipart form carrying the package file itself
            and its authorization code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription | Task]
    """

    kwargs = _get_kwargs(
        body=body,
        verify_only=verify_only,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: InstallPackageFileRequest | InstallPackageFileUpload | Unset = UNSET,
    verify_only: bool | Unset = UNSET,
) -> Any | ErrorDescription | Task | None:
    """Verify or install a secure package

     Verifies a secure package (`.spkg`) with its authorization code and,
    unless `VerifyOnly=true`, installs it on the appliance. Send the
    package as a multipart upload with the other fields, or JSON naming a
    file uploaded before to the caller's file area. HSM SO login is
    required unless `useEvp` is set; `useDes3` and `useEvp` exclude each
    other. Check the web server's `maxFileSize` before uploading. A
    critical operation; the reference excerpt shows no status codes.

    Args:
        verify_only (bool | Unset):
        body (InstallPackageFileRequest | Unset): A secure package already uploaded to the
            caller's file area, with its authorization code.
        body (InstallPackageFileUpload | Unset): Multipart form carrying the package file itself
            and its authorization code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDescription | Task
    """

    return sync_detailed(
        client=client,
        body=body,
        verify_only=verify_only,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: InstallPackageFileRequest | InstallPackageFileUpload | Unset = UNSET,
    verify_only: bool | Unset = UNSET,
) -> Response[Any | ErrorDescription | Task]:
    """Verify or install a secure package

     Verifies a secure package (`.spkg`) with its authorization code and,
    unless `VerifyOnly=true`, installs it on the appliance. Send the
    package as a multipart upload with the other fields, or JSON naming a
    file uploaded before to the caller's file area. HSM SO login is
    required unless `useEvp` is set; `useDes3` and `useEvp` exclude each
    other. Check the web server's `maxFileSize` before uploading. A
    critical operation; the reference excerpt shows no status codes.

    Args:
        verify_only (bool | Unset):
        body (InstallPackageFileRequest | Unset): A secure package already uploaded to the
            caller's file area, with its authorization code.
        body (InstallPackageFileUpload | Unset): Multipart form carrying the package file itself
            and its authorization code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDescription | Task]
    """

    kwargs = _get_kwargs(
        body=body,
        verify_only=verify_only,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: InstallPackageFileRequest | InstallPackageFileUpload | Unset = UNSET,
    verify_only: bool | Unset = UNSET,
) -> Any | ErrorDescription | Task | None:
    """Verify or install a secure package

     Verifies a secure package (`.spkg`) with its authorization code and,
    unless `VerifyOnly=true`, installs it on the appliance. Send the
    package as a multipart upload with the other fields, or JSON naming a
    file uploaded before to the caller's file area. HSM SO login is
    required unless `useEvp` is set; `useDes3` and `useEvp` exclude each
    other. Check the web server's `maxFileSize` before uploading. A
    critical operation; the reference excerpt shows no status codes.

    Args:
        verify_only (bool | Unset):
        body (InstallPackageFileRequest | Unset): A secure package already uploaded to the
            caller's file area, with its authorization code.
        body (InstallPackageFileUpload | Unset): Multipart form carrying the package file itself
            and its authorization code.

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
            verify_only=verify_only,
        )
    ).parsed
