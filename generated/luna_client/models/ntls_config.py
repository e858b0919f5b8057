from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NtlsConfig")


@_attrs_define
class NtlsConfig:
    """NTLS service settings (fields as accepted by `PUT /api/lunasa/ntls`; the GET body is not documented).

    Attributes:
        receive_timeout_timer (int | Unset): Connection-setup receive timeout, in seconds. Example: 20.
        ip_check_enabled (bool | Unset): Whether the client's source IP is checked against its registration.
        cipher_list (str | Unset): Colon-separated TLS cipher suites NTLS accepts.
        group_list (str | Unset): Colon-separated key-exchange groups NTLS accepts.
    """

    receive_timeout_timer: int | Unset = UNSET
    ip_check_enabled: bool | Unset = UNSET
    cipher_list: str | Unset = UNSET
    group_list: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        receive_timeout_timer = self.receive_timeout_timer

        ip_check_enabled = self.ip_check_enabled

        cipher_list = self.cipher_list

        group_list = self.group_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if receive_timeout_timer is not UNSET:
            field_dict["receiveTimeoutTimer"] = receive_timeout_timer
        if ip_check_enabled is not UNSET:
            field_dict["ipCheckEnabled"] = ip_check_enabled
        if cipher_list is not UNSET:
            field_dict["cipherList"] = cipher_list
        if group_list is not UNSET:
            field_dict["groupList"] = group_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        receive_timeout_timer = d.pop("receiveTimeoutTimer", UNSET)

        ip_check_enabled = d.pop("ipCheckEnabled", UNSET)

        cipher_list = d.pop("cipherList", UNSET)

        group_list = d.pop("groupList", UNSET)

        ntls_config = cls(
            receive_timeout_timer=receive_timeout_timer,
            ip_check_enabled=ip_check_enabled,
            cipher_list=cipher_list,
            group_list=group_list,
        )

        ntls_config.additional_properties = d
        return ntls_config

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
