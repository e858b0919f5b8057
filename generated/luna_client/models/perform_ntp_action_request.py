from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PerformNtpActionRequest")


@_attrs_define
class PerformNtpActionRequest:
    """
    Attributes:
        server (str | Unset): Address of the server to synchronize with (required in v14, optional on the v16 page).
        nts (bool | Unset): Use NTS authentication (v16).
        key_id (int | Unset):
        protocol_version (int | Unset):
    """

    server: str | Unset = UNSET
    nts: bool | Unset = UNSET
    key_id: int | Unset = UNSET
    protocol_version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        server = self.server

        nts = self.nts

        key_id = self.key_id

        protocol_version = self.protocol_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if server is not UNSET:
            field_dict["server"] = server
        if nts is not UNSET:
            field_dict["nts"] = nts
        if key_id is not UNSET:
            field_dict["keyId"] = key_id
        if protocol_version is not UNSET:
            field_dict["protocolVersion"] = protocol_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        server = d.pop("server", UNSET)

        nts = d.pop("nts", UNSET)

        key_id = d.pop("keyId", UNSET)

        protocol_version = d.pop("protocolVersion", UNSET)

        perform_ntp_action_request = cls(
            server=server,
            nts=nts,
            key_id=key_id,
            protocol_version=protocol_version,
        )

        perform_ntp_action_request.additional_properties = d
        return perform_ntp_action_request

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
