from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.snmp_trap_trap_type import SnmpTrapTrapType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SnmpTrap")


@_attrs_define
class SnmpTrap:
    """A trap destination ("SNMP Trap", v17). Passwords are not returned.

    Example:
        {'authenticationProtocol': 'SHA', 'engineId': '1234567890', 'port': 162, 'privacyProtocol': 'AES',
            'securityLevel': 'authPriv', 'securityName': 'restuser', 'trapType': 'trap'}

    Attributes:
        security_name (str): The SNMPv3 user the traps are sent as. Example: restuser.
        trap_type (SnmpTrapTrapType): `trap` or `inform`. Example: trap.
        authentication_protocol (str | Unset): SNMPv3 authentication protocol. Example: SHA.
        engine_id (str | Unset): The SNMP manager's engine id. Example: 1234567890.
        port (int | Unset): UDP port the traps are sent to. Example: 162.
        privacy_protocol (str | Unset): SNMPv3 privacy protocol. Example: AES.
        security_level (str | Unset): SNMPv3 security level. Example: authPriv.
    """

    security_name: str
    trap_type: SnmpTrapTrapType
    authentication_protocol: str | Unset = UNSET
    engine_id: str | Unset = UNSET
    port: int | Unset = UNSET
    privacy_protocol: str | Unset = UNSET
    security_level: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        security_name = self.security_name

        trap_type = self.trap_type.value

        authentication_protocol = self.authentication_protocol

        engine_id = self.engine_id

        port = self.port

        privacy_protocol = self.privacy_protocol

        security_level = self.security_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "securityName": security_name,
                "trapType": trap_type,
            }
        )
        if authentication_protocol is not UNSET:
            field_dict["authenticationProtocol"] = authentication_protocol
        if engine_id is not UNSET:
            field_dict["engineId"] = engine_id
        if port is not UNSET:
            field_dict["port"] = port
        if privacy_protocol is not UNSET:
            field_dict["privacyProtocol"] = privacy_protocol
        if security_level is not UNSET:
            field_dict["securityLevel"] = security_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        security_name = d.pop("securityName")

        trap_type = SnmpTrapTrapType(d.pop("trapType"))

        authentication_protocol = d.pop("authenticationProtocol", UNSET)

        engine_id = d.pop("engineId", UNSET)

        port = d.pop("port", UNSET)

        privacy_protocol = d.pop("privacyProtocol", UNSET)

        security_level = d.pop("securityLevel", UNSET)

        snmp_trap = cls(
            security_name=security_name,
            trap_type=trap_type,
            authentication_protocol=authentication_protocol,
            engine_id=engine_id,
            port=port,
            privacy_protocol=privacy_protocol,
            security_level=security_level,
        )

        snmp_trap.additional_properties = d
        return snmp_trap

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
