from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_description import ErrorDescription
from ...models.sensor import Sensor
from ...models.sensor_readings_pending import SensorReadingsPending
from ...types import UNSET, Response


def _get_kwargs(
    sensorid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/lunasa/sensors/{sensorid}".format(
            sensorid=quote(str(sensorid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDescription | Sensor | SensorReadingsPending | None:
    if response.status_code == 200:
        response_200 = Sensor.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = SensorReadingsPending.from_dict(response.json())

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

    if response.status_code == 503:
        response_503 = ErrorDescription.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDescription | Sensor | SensorReadingsPending]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sensorid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | Sensor | SensorReadingsPending]:
    """Get a hardware sensor's reading

     Returns one sensor's current reading. Like the list, it may answer 202
    or 503 while the readings are being collected after start-up; retry
    later. Seen only in public client code.

    Args:
        sensorid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | Sensor | SensorReadingsPending]
    """

    kwargs = _get_kwargs(
        sensorid=sensorid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sensorid: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | Sensor | SensorReadingsPending | None:
    """Get a hardware sensor's reading

     Returns one sensor's current reading. Like the list, it may answer 202
    or 503 while the readings are being collected after start-up; retry
    later. Seen only in public client code.

    Args:
        sensorid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | Sensor | SensorReadingsPending
    """

    return sync_detailed(
        sensorid=sensorid,
        client=client,
    ).parsed


async def asyncio_detailed(
    sensorid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDescription | Sensor | SensorReadingsPending]:
    """Get a hardware sensor's reading

     Returns one sensor's current reading. Like the list, it may answer 202
    or 503 while the readings are being collected after start-up; retry
    later. Seen only in public client code.

    Args:
        sensorid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDescription | Sensor | SensorReadingsPending]
    """

    kwargs = _get_kwargs(
        sensorid=sensorid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sensorid: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDescription | Sensor | SensorReadingsPending | None:
    """Get a hardware sensor's reading

     Returns one sensor's current reading. Like the list, it may answer 202
    or 503 while the readings are being collected after start-up; retry
    later. Seen only in public client code.

    Args:
        sensorid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDescription | Sensor | SensorReadingsPending
    """

    return (
        await asyncio_detailed(
            sensorid=sensorid,
            client=client,
        )
    ).parsed
