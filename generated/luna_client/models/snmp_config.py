from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SnmpConfig")


@_attrs_define
class SnmpConfig:
    """The SNMP resource (undocumented; typically hrefs to `users` and `traps`).

    Attributes:
        users (str | Unset):  Example: /api/lunasa/snmp/users.
        traps (str | Unset):  Example: /api/lunasa/snmp/traps.
    """

    users: str | Unset = UNSET
    traps: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        users = self.users

        traps = self.traps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if users is not UNSET:
            field_dict["users"] = users
        if traps is not UNSET:
            field_dict["traps"] = traps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        users = d.pop("users", UNSET)

        traps = d.pop("traps", UNSET)

        snmp_config = cls(
            users=users,
            traps=traps,
        )

        snmp_config.additional_properties = d
        return snmp_config

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
