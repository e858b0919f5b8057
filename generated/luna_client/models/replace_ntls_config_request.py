from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReplaceNtlsConfigRequest")


@_attrs_define
class ReplaceNtlsConfigRequest:
    """
    Attributes:
        receive_timeout_timer (int): Connection-setup receive timeout in seconds (default 20).
        ip_check_enabled (bool): true to validate the NTLS client source IP.
        cipher_list (str): Colon-separated cipher suites, e.g. the TLS 1.2 + 1.3 set
            `TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:...:AES128-SHA256`.
        group_list (str): Colon-separated key-exchange groups, e.g. `secp256r1:secp384r1:x25519`
            (post-quantum groups such as `X25519MLKEM768` are listed too). The
            page's pattern was cut off; the cipherList pattern is assumed.
    """

    receive_timeout_timer: int
    ip_check_enabled: bool
    cipher_list: str
    group_list: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        receive_timeout_timer = self.receive_timeout_timer

        ip_check_enabled = self.ip_check_enabled

        cipher_list = self.cipher_list

        group_list = self.group_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "receiveTimeoutTimer": receive_timeout_timer,
                "ipCheckEnabled": ip_check_enabled,
                "cipherList": cipher_list,
                "groupList": group_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        receive_timeout_timer = d.pop("receiveTimeoutTimer")

        ip_check_enabled = d.pop("ipCheckEnabled")

        cipher_list = d.pop("cipherList")

        group_list = d.pop("groupList")

        replace_ntls_config_request = cls(
            receive_timeout_timer=receive_timeout_timer,
            ip_check_enabled=ip_check_enabled,
            cipher_list=cipher_list,
            group_list=group_list,
        )

        replace_ntls_config_request.additional_properties = d
        return replace_ntls_config_request

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
