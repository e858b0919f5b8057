from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NtpServer")


@_attrs_define
class NtpServer:
    """An NTP server (fields assumed from the POST body).

    Attributes:
        address (str | Unset):  Example: example.com.
        is_burst_enabled (bool | Unset):
        is_initial_burst_enabled (bool | Unset):
        is_preferred_server (bool | Unset):
        key_id (int | Unset):
        nts (bool | Unset):
        protocol_version (int | Unset):  Example: 4.
        port (int | Unset):  Example: 4460.
    """

    address: str | Unset = UNSET
    is_burst_enabled: bool | Unset = UNSET
    is_initial_burst_enabled: bool | Unset = UNSET
    is_preferred_server: bool | Unset = UNSET
    key_id: int | Unset = UNSET
    nts: bool | Unset = UNSET
    protocol_version: int | Unset = UNSET
    port: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        is_burst_enabled = self.is_burst_enabled

        is_initial_burst_enabled = self.is_initial_burst_enabled

        is_preferred_server = self.is_preferred_server

        key_id = self.key_id

        nts = self.nts

        protocol_version = self.protocol_version

        port = self.port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if is_burst_enabled is not UNSET:
            field_dict["isBurstEnabled"] = is_burst_enabled
        if is_initial_burst_enabled is not UNSET:
            field_dict["isInitialBurstEnabled"] = is_initial_burst_enabled
        if is_preferred_server is not UNSET:
            field_dict["isPreferredServer"] = is_preferred_server
        if key_id is not UNSET:
            field_dict["keyId"] = key_id
        if nts is not UNSET:
            field_dict["nts"] = nts
        if protocol_version is not UNSET:
            field_dict["protocolVersion"] = protocol_version
        if port is not UNSET:
            field_dict["port"] = port

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address", UNSET)

        is_burst_enabled = d.pop("isBurstEnabled", UNSET)

        is_initial_burst_enabled = d.pop("isInitialBurstEnabled", UNSET)

        is_preferred_server = d.pop("isPreferredServer", UNSET)

        key_id = d.pop("keyId", UNSET)

        nts = d.pop("nts", UNSET)

        protocol_version = d.pop("protocolVersion", UNSET)

        port = d.pop("port", UNSET)

        ntp_server = cls(
            address=address,
            is_burst_enabled=is_burst_enabled,
            is_initial_burst_enabled=is_initial_burst_enabled,
            is_preferred_server=is_preferred_server,
            key_id=key_id,
            nts=nts,
            protocol_version=protocol_version,
            port=port,
        )

        ntp_server.additional_properties = d
        return ntp_server

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
