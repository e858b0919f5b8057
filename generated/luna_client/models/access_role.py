from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessRole")


@_attrs_define
class AccessRole:
    """An appliance user role (shape not documented; fields as in `POST /roles`).

    Attributes:
        role_id (str | Unset):
        full_name (str | Unset):
        resources (str | Unset): URL of the role's REST access list.
    """

    role_id: str | Unset = UNSET
    full_name: str | Unset = UNSET
    resources: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role_id = self.role_id

        full_name = self.full_name

        resources = self.resources

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role_id is not UNSET:
            field_dict["roleId"] = role_id
        if full_name is not UNSET:
            field_dict["fullName"] = full_name
        if resources is not UNSET:
            field_dict["resources"] = resources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role_id = d.pop("roleId", UNSET)

        full_name = d.pop("fullName", UNSET)

        resources = d.pop("resources", UNSET)

        access_role = cls(
            role_id=role_id,
            full_name=full_name,
            resources=resources,
        )

        access_role.additional_properties = d
        return access_role

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
