from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_snmp_trap_request_authentication_protocol import (
    CreateSnmpTrapRequestAuthenticationProtocol,
)
from ..models.create_snmp_trap_request_privacy_protocol import (
    CreateSnmpTrapRequestPrivacyProtocol,
)
from ..models.create_snmp_trap_request_trap_type import CreateSnmpTrapRequestTrapType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSnmpTrapRequest")


@_attrs_define
class CreateSnmpTrapRequest:
    """A new trap destination (v17 constraints).

    Attributes:
        address (str): An IPv4 address, a full (eight-group) IPv6 address or a host name of at
            most 64 characters. v17 pattern of the SNMP trap pages, anchored as a
            whole (the reference's `^` and `$` bind to its first and last
            alternative only).
             Example: 1.2.3.4.
        security_name (str): The SNMPv3 user the traps are sent as.
        engine_id (str): The SNMP manager's engine id, 10, 12, 14 or 16 hex digits without `0x`.
        authentication_password (str): SNMPv3 authentication password.
        authentication_protocol (CreateSnmpTrapRequestAuthenticationProtocol): SNMPv3 authentication protocol; only
            `SHA`.
        privacy_password (str): SNMPv3 privacy password.
        privacy_protocol (CreateSnmpTrapRequestPrivacyProtocol): SNMPv3 privacy protocol; only `AES`.
        trap_type (CreateSnmpTrapRequestTrapType): `trap`: count every sending attempt as delivered; `inform`: wait for
            the manager's acknowledgement.
    """

    address: str
    security_name: str
    engine_id: str
    authentication_password: str
    authentication_protocol: CreateSnmpTrapRequestAuthenticationProtocol
    privacy_password: str
    privacy_protocol: CreateSnmpTrapRequestPrivacyProtocol
    trap_type: CreateSnmpTrapRequestTrapType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        security_name = self.security_name

        engine_id = self.engine_id

        authentication_password = self.authentication_password

        authentication_protocol = self.authentication_protocol.value

        privacy_password = self.privacy_password

        privacy_protocol = self.privacy_protocol.value

        trap_type = self.trap_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "securityName": security_name,
                "engineId": engine_id,
                "authenticationPassword": authentication_password,
                "authenticationProtocol": authentication_protocol,
                "privacyPassword": privacy_password,
                "privacyProtocol": privacy_protocol,
                "trapType": trap_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address")

        security_name = d.pop("securityName")

        engine_id = d.pop("engineId")

        authentication_password = d.pop("authenticationPassword")

        authentication_protocol = CreateSnmpTrapRequestAuthenticationProtocol(
            d.pop("authenticationProtocol")
        )

        privacy_password = d.pop("privacyPassword")

        privacy_protocol = CreateSnmpTrapRequestPrivacyProtocol(
            d.pop("privacyProtocol")
        )

        trap_type = CreateSnmpTrapRequestTrapType(d.pop("trapType"))

        create_snmp_trap_request = cls(
            address=address,
            security_name=security_name,
            engine_id=engine_id,
            authentication_password=authentication_password,
            authentication_protocol=authentication_protocol,
            privacy_password=privacy_password,
            privacy_protocol=privacy_protocol,
            trap_type=trap_type,
        )

        create_snmp_trap_request.additional_properties = d
        return create_snmp_trap_request

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
