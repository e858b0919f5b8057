from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AclEntry")


@_attrs_define
class AclEntry:
    """
    Attributes:
        actions (list[str]): Action names (not documented for Luna partitions).
        permit (bool): true adds the actions, false revokes them.
        user_id (str | Unset): The user (exclusive with group).
        group (str | Unset): The group (exclusive with user_id).
    """

    actions: list[str]
    permit: bool
    user_id: str | Unset = UNSET
    group: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actions = self.actions

        permit = self.permit

        user_id = self.user_id

        group = self.group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actions": actions,
                "permit": permit,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if group is not UNSET:
            field_dict["group"] = group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        actions = cast(list[str], d.pop("actions"))

        permit = d.pop("permit")

        user_id = d.pop("user_id", UNSET)

        group = d.pop("group", UNSET)

        acl_entry = cls(
            actions=actions,
            permit=permit,
            user_id=user_id,
            group=group,
        )

        acl_entry.additional_properties = d
        return acl_entry

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
