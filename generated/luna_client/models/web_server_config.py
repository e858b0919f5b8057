from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebServerConfig")


@_attrs_define
class WebServerConfig:
    """REST web server settings (fields as accepted by the PATCH; the GET body is not documented).

    Attributes:
        cipher_list (str | Unset): Colon-separated cipher suites the web server accepts.
        net_device (str | Unset): Network device the web server is bound to. Example: all.
        port (int | Unset): TCP port of the REST API. Example: 8443.
        max_file_size (int | Unset): Largest accepted upload.
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

        web_server_config = cls(
            cipher_list=cipher_list,
            net_device=net_device,
            port=port,
            max_file_size=max_file_size,
        )

        web_server_config.additional_properties = d
        return web_server_config

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
