from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSnmpUserRequest")


@_attrs_define
class CreateSnmpUserRequest:
    """A new SNMPv3 user. Lengths from the 4.0.0 page (name 4-32, passwords
    8-128); character sets from the v17 trap page.

        Attributes:
            security_name (str): The user's name.
            authentication_password (str): Password for authenticating SNMPv3 messages (case-sensitive).
            privacy_password (str): Password for encrypting SNMPv3 messages (case-sensitive).
            authentication_protocol (str | Unset): HMAC algorithm for authentication; only `SHA` is accepted. Example: SHA.
            privacy_protocol (str | Unset): Encryption algorithm; only `AES` is accepted. Example: AES.
    """

    security_name: str
    authentication_password: str
    privacy_password: str
    authentication_protocol: str | Unset = UNSET
    privacy_protocol: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        security_name = self.security_name

        authentication_password = self.authentication_password

        privacy_password = self.privacy_password

        authentication_protocol = self.authentication_protocol

        privacy_protocol = self.privacy_protocol

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "securityName": security_name,
                "authenticationPassword": authentication_password,
                "privacyPassword": privacy_password,
            }
        )
        if authentication_protocol is not UNSET:
            field_dict["authenticationProtocol"] = authentication_protocol
        if privacy_protocol is not UNSET:
            field_dict["privacyProtocol"] = privacy_protocol

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        security_name = d.pop("securityName")

        authentication_password = d.pop("authenticationPassword")

        privacy_password = d.pop("privacyPassword")

        authentication_protocol = d.pop("authenticationProtocol", UNSET)

        privacy_protocol = d.pop("privacyProtocol", UNSET)

        create_snmp_user_request = cls(
            security_name=security_name,
            authentication_password=authentication_password,
            privacy_password=privacy_password,
            authentication_protocol=authentication_protocol,
            privacy_protocol=privacy_protocol,
        )

        create_snmp_user_request.additional_properties = d
        return create_snmp_user_request

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
