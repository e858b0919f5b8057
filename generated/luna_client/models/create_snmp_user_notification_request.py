from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSnmpUserNotificationRequest")


@_attrs_define
class CreateSnmpUserNotificationRequest:
    """A notification destination (4.0.0 page; the guide's ch.12 bodies).
    `engineId` is required for `trap` and not for `inform`.

        Attributes:
            address (str): IPv4 or IPv6 address of the SNMP manager.
            port (int): UDP port of the SNMP manager (usually 162).
            authentication_password (str): Password for authenticating SNMPv3 messages (case-sensitive).
            privacy_password (str): Password for encrypting SNMPv3 messages (case-sensitive).
            type_ (str): `trap` (unacknowledged) or `inform` (acknowledged, resent until acknowledged). Example: trap.
            authentication_protocol (str | Unset): HMAC algorithm; only `SHA` is accepted. Example: SHA.
            privacy_protocol (str | Unset): Encryption algorithm; only `AES` is accepted. Example: AES.
            engine_id (str | Unset): The SNMP manager's engine id, 10, 12, 14 or 16 hex digits without `0x`.
    """

    address: str
    port: int
    authentication_password: str
    privacy_password: str
    type_: str
    authentication_protocol: str | Unset = UNSET
    privacy_protocol: str | Unset = UNSET
    engine_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        port = self.port

        authentication_password = self.authentication_password

        privacy_password = self.privacy_password

        type_ = self.type_

        authentication_protocol = self.authentication_protocol

        privacy_protocol = self.privacy_protocol

        engine_id = self.engine_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "port": port,
                "authenticationPassword": authentication_password,
                "privacyPassword": privacy_password,
                "type": type_,
            }
        )
        if authentication_protocol is not UNSET:
            field_dict["authenticationProtocol"] = authentication_protocol
        if privacy_protocol is not UNSET:
            field_dict["privacyProtocol"] = privacy_protocol
        if engine_id is not UNSET:
            field_dict["engineId"] = engine_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address")

        port = d.pop("port")

        authentication_password = d.pop("authenticationPassword")

        privacy_password = d.pop("privacyPassword")

        type_ = d.pop("type")

        authentication_protocol = d.pop("authenticationProtocol", UNSET)

        privacy_protocol = d.pop("privacyProtocol", UNSET)

        engine_id = d.pop("engineId", UNSET)

        create_snmp_user_notification_request = cls(
            address=address,
            port=port,
            authentication_password=authentication_password,
            privacy_password=privacy_password,
            type_=type_,
            authentication_protocol=authentication_protocol,
            privacy_protocol=privacy_protocol,
            engine_id=engine_id,
        )

        create_snmp_user_notification_request.additional_properties = d
        return create_snmp_user_notification_request

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
