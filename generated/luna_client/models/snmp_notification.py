from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SnmpNotification")


@_attrs_define
class SnmpNotification:
    """A notification destination of an SNMP user (undocumented; fields mirror the create request, without passwords).

    Attributes:
        address (str | Unset):  Example: 1.2.3.4.
        port (int | Unset):  Example: 162.
        type_ (str | Unset):  Example: trap.
        engine_id (str | Unset):  Example: 000FFFFFFFA9.
        authentication_protocol (str | Unset):  Example: SHA.
        privacy_protocol (str | Unset):  Example: AES.
    """

    address: str | Unset = UNSET
    port: int | Unset = UNSET
    type_: str | Unset = UNSET
    engine_id: str | Unset = UNSET
    authentication_protocol: str | Unset = UNSET
    privacy_protocol: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        port = self.port

        type_ = self.type_

        engine_id = self.engine_id

        authentication_protocol = self.authentication_protocol

        privacy_protocol = self.privacy_protocol

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if port is not UNSET:
            field_dict["port"] = port
        if type_ is not UNSET:
            field_dict["type"] = type_
        if engine_id is not UNSET:
            field_dict["engineId"] = engine_id
        if authentication_protocol is not UNSET:
            field_dict["authenticationProtocol"] = authentication_protocol
        if privacy_protocol is not UNSET:
            field_dict["privacyProtocol"] = privacy_protocol

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address", UNSET)

        port = d.pop("port", UNSET)

        type_ = d.pop("type", UNSET)

        engine_id = d.pop("engineId", UNSET)

        authentication_protocol = d.pop("authenticationProtocol", UNSET)

        privacy_protocol = d.pop("privacyProtocol", UNSET)

        snmp_notification = cls(
            address=address,
            port=port,
            type_=type_,
            engine_id=engine_id,
            authentication_protocol=authentication_protocol,
            privacy_protocol=privacy_protocol,
        )

        snmp_notification.additional_properties = d
        return snmp_notification

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
