from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReplaceNtpServerRequest")


@_attrs_define
class ReplaceNtpServerRequest:
    """The settings of `CreateNtpServerRequest` other than the address, which names the server.

    Attributes:
        is_burst_enabled (bool | Unset):
        is_initial_burst_enabled (bool | Unset):
        key_id (int | Unset):
        nts (bool | Unset):
        is_preferred_server (bool | Unset):
        protocol_version (int | Unset):
        port (int | Unset): NTS-KE port (default 4460); only with `nts`.
    """

    is_burst_enabled: bool | Unset = UNSET
    is_initial_burst_enabled: bool | Unset = UNSET
    key_id: int | Unset = UNSET
    nts: bool | Unset = UNSET
    is_preferred_server: bool | Unset = UNSET
    protocol_version: int | Unset = UNSET
    port: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_burst_enabled = self.is_burst_enabled

        is_initial_burst_enabled = self.is_initial_burst_enabled

        key_id = self.key_id

        nts = self.nts

        is_preferred_server = self.is_preferred_server

        protocol_version = self.protocol_version

        port = self.port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_burst_enabled is not UNSET:
            field_dict["isBurstEnabled"] = is_burst_enabled
        if is_initial_burst_enabled is not UNSET:
            field_dict["isInitialBurstEnabled"] = is_initial_burst_enabled
        if key_id is not UNSET:
            field_dict["keyId"] = key_id
        if nts is not UNSET:
            field_dict["nts"] = nts
        if is_preferred_server is not UNSET:
            field_dict["isPreferredServer"] = is_preferred_server
        if protocol_version is not UNSET:
            field_dict["protocolVersion"] = protocol_version
        if port is not UNSET:
            field_dict["port"] = port

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_burst_enabled = d.pop("isBurstEnabled", UNSET)

        is_initial_burst_enabled = d.pop("isInitialBurstEnabled", UNSET)

        key_id = d.pop("keyId", UNSET)

        nts = d.pop("nts", UNSET)

        is_preferred_server = d.pop("isPreferredServer", UNSET)

        protocol_version = d.pop("protocolVersion", UNSET)

        port = d.pop("port", UNSET)

        replace_ntp_server_request = cls(
            is_burst_enabled=is_burst_enabled,
            is_initial_burst_enabled=is_initial_burst_enabled,
            key_id=key_id,
            nts=nts,
            is_preferred_server=is_preferred_server,
            protocol_version=protocol_version,
            port=port,
        )

        replace_ntp_server_request.additional_properties = d
        return replace_ntp_server_request

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
