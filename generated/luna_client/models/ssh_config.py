from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SshConfig")


@_attrs_define
class SshConfig:
    """SSH server settings (fields as accepted by the PATCH, F14/_ssh_patch_page_name.html;
    the GET body is not documented).

        Attributes:
            cipher_list (str | Unset):
            is_password_authentication_enabled (bool | Unset):
            is_key_authentication_enabled (bool | Unset):
            port (int | Unset):  Example: 22.
            network_devices (list[str] | Unset): The network devices the SSH server listens on (eth0..eth3, bond0, bond1,
                all), as the PATCH sets them. Example: ['all'].
    """

    cipher_list: str | Unset = UNSET
    is_password_authentication_enabled: bool | Unset = UNSET
    is_key_authentication_enabled: bool | Unset = UNSET
    port: int | Unset = UNSET
    network_devices: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cipher_list = self.cipher_list

        is_password_authentication_enabled = self.is_password_authentication_enabled

        is_key_authentication_enabled = self.is_key_authentication_enabled

        port = self.port

        network_devices: list[str] | Unset = UNSET
        if not isinstance(self.network_devices, Unset):
            network_devices = self.network_devices

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cipher_list is not UNSET:
            field_dict["cipherList"] = cipher_list
        if is_password_authentication_enabled is not UNSET:
            field_dict["isPasswordAuthenticationEnabled"] = (
                is_password_authentication_enabled
            )
        if is_key_authentication_enabled is not UNSET:
            field_dict["isKeyAuthenticationEnabled"] = is_key_authentication_enabled
        if port is not UNSET:
            field_dict["port"] = port
        if network_devices is not UNSET:
            field_dict["networkDevices"] = network_devices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cipher_list = d.pop("cipherList", UNSET)

        is_password_authentication_enabled = d.pop(
            "isPasswordAuthenticationEnabled", UNSET
        )

        is_key_authentication_enabled = d.pop("isKeyAuthenticationEnabled", UNSET)

        port = d.pop("port", UNSET)

        network_devices = cast(list[str], d.pop("networkDevices", UNSET))

        ssh_config = cls(
            cipher_list=cipher_list,
            is_password_authentication_enabled=is_password_authentication_enabled,
            is_key_authentication_enabled=is_key_authentication_enabled,
            port=port,
            network_devices=network_devices,
        )

        ssh_config.additional_properties = d
        return ssh_config

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
