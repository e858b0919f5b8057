from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SnmpUser")


@_attrs_define
class SnmpUser:
    """An SNMPv3 user (undocumented; fields mirror the create request, without passwords).

    Attributes:
        security_name (str | Unset):  Example: restuser.
        authentication_protocol (str | Unset):  Example: SHA.
        privacy_protocol (str | Unset):  Example: AES.
        notifications (str | Unset): URL of the user's notifications.
    """

    security_name: str | Unset = UNSET
    authentication_protocol: str | Unset = UNSET
    privacy_protocol: str | Unset = UNSET
    notifications: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        security_name = self.security_name

        authentication_protocol = self.authentication_protocol

        privacy_protocol = self.privacy_protocol

        notifications = self.notifications

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if security_name is not UNSET:
            field_dict["securityName"] = security_name
        if authentication_protocol is not UNSET:
            field_dict["authenticationProtocol"] = authentication_protocol
        if privacy_protocol is not UNSET:
            field_dict["privacyProtocol"] = privacy_protocol
        if notifications is not UNSET:
            field_dict["notifications"] = notifications

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        security_name = d.pop("securityName", UNSET)

        authentication_protocol = d.pop("authenticationProtocol", UNSET)

        privacy_protocol = d.pop("privacyProtocol", UNSET)

        notifications = d.pop("notifications", UNSET)

        snmp_user = cls(
            security_name=security_name,
            authentication_protocol=authentication_protocol,
            privacy_protocol=privacy_protocol,
            notifications=notifications,
        )

        snmp_user.additional_properties = d
        return snmp_user

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
