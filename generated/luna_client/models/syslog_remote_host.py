from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SyslogRemoteHost")


@_attrs_define
class SyslogRemoteHost:
    """A remote log server (undocumented; fields mirror the create request).

    Attributes:
        address (str | Unset):  Example: 1.2.3.4.
        protocol (str | Unset):  Example: tcp.
        port (int | Unset):  Example: 514.
        mode (str | Unset):  Example: server.
        name (str | Unset):  Example: 1.2.5.6.
        tls (bool | Unset):  Example: True.
    """

    address: str | Unset = UNSET
    protocol: str | Unset = UNSET
    port: int | Unset = UNSET
    mode: str | Unset = UNSET
    name: str | Unset = UNSET
    tls: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        protocol = self.protocol

        port = self.port

        mode = self.mode

        name = self.name

        tls = self.tls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if port is not UNSET:
            field_dict["port"] = port
        if mode is not UNSET:
            field_dict["mode"] = mode
        if name is not UNSET:
            field_dict["name"] = name
        if tls is not UNSET:
            field_dict["tls"] = tls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address", UNSET)

        protocol = d.pop("protocol", UNSET)

        port = d.pop("port", UNSET)

        mode = d.pop("mode", UNSET)

        name = d.pop("name", UNSET)

        tls = d.pop("tls", UNSET)

        syslog_remote_host = cls(
            address=address,
            protocol=protocol,
            port=port,
            mode=mode,
            name=name,
            tls=tls,
        )

        syslog_remote_host.additional_properties = d
        return syslog_remote_host

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
