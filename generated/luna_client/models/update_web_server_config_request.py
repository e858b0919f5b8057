from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateWebServerConfigRequest")


@_attrs_define
class UpdateWebServerConfigRequest:
    """
    Attributes:
        cipher_list (str | Unset): Colon-separated cipher suites; the set chosen decides whether TLS
            1.2, 1.3 or both are offered (both by default).
        net_device (str | Unset): Interface to bind to; on Luna 7 one of eth0-eth3, bond0, bond1, `all` (IPv4 and IPv6)
            or `all_ipv4`.
        port (int | Unset): TCP port for the REST API (the reference page's range was cut off; the TCP range is used).
        max_file_size (int | Unset): Largest accepted upload (unit and range not documented).
    """

    cipher_list: str | Unset = UNSET
    net_device: str | Unset = UNSET
    port: int | Unset = UNSET
    max_file_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cipher_list = self.cipher_list

        net_device = self.net_device

        port = self.port

        max_file_size = self.max_file_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cipher_list is not UNSET:
            field_dict["cipherList"] = cipher_list
        if net_device is not UNSET:
            field_dict["netDevice"] = net_device
        if port is not UNSET:
            field_dict["port"] = port
        if max_file_size is not UNSET:
            field_dict["maxFileSize"] = max_file_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cipher_list = d.pop("cipherList", UNSET)

        net_device = d.pop("netDevice", UNSET)

        port = d.pop("port", UNSET)

        max_file_size = d.pop("maxFileSize", UNSET)

        update_web_server_config_request = cls(
            cipher_list=cipher_list,
            net_device=net_device,
            port=port,
            max_file_size=max_file_size,
        )

        update_web_server_config_request.additional_properties = d
        return update_web_server_config_request

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
