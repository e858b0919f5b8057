from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoginPartitionRequest")


@_attrs_define
class LoginPartitionRequest:
    """
    Attributes:
        role (str): Partition role to log in as (`so`, `co`, `cu`, `lco`). Example: so.
        password (str | Unset): Role password (password-based partitions).
        ped (str | Unset): PED to use (`0` local); ignored on password-based partitions.
    """

    role: str
    password: str | Unset = UNSET
    ped: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        password = self.password

        ped = self.ped

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )
        if password is not UNSET:
            field_dict["password"] = password
        if ped is not UNSET:
            field_dict["ped"] = ped

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = d.pop("role")

        password = d.pop("password", UNSET)

        ped = d.pop("ped", UNSET)

        login_partition_request = cls(
            role=role,
            password=password,
            ped=ped,
        )

        login_partition_request.additional_properties = d
        return login_partition_request

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
