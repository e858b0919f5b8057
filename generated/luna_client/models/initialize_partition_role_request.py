from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InitializePartitionRoleRequest")


@_attrs_define
class InitializePartitionRoleRequest:
    """v17 parameters (reference 002). The vendor's password pattern leaves
    its `[` and `]` unescaped; the same character set is written here as a
    valid regex.

        Attributes:
            default_challenge (bool | Unset): Create the role with a default challenge; false on password-based partitions.
                Ignored for CO/CU of PPSO partitions.
            password (str | Unset): Role password; optional on PED-based partitions.
            ped (str | Unset): PED to use (default `0`); only meaningful on PED-based HSMs.
    """

    default_challenge: bool | Unset = UNSET
    password: str | Unset = UNSET
    ped: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_challenge = self.default_challenge

        password = self.password

        ped = self.ped

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_challenge is not UNSET:
            field_dict["defaultChallenge"] = default_challenge
        if password is not UNSET:
            field_dict["password"] = password
        if ped is not UNSET:
            field_dict["ped"] = ped

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        default_challenge = d.pop("defaultChallenge", UNSET)

        password = d.pop("password", UNSET)

        ped = d.pop("ped", UNSET)

        initialize_partition_role_request = cls(
            default_challenge=default_challenge,
            password=password,
            ped=ped,
        )

        initialize_partition_role_request.additional_properties = d
        return initialize_partition_role_request

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
