from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChangePartitionRolePasswordRequest")


@_attrs_define
class ChangePartitionRolePasswordRequest:
    """
    Attributes:
        old_password (str): The role's current password.
        new_password (str): The new password.
        change_secret (bool | Unset): Also change the PED secret (PED-authenticated CO and CU roles).
        change_challenge (bool | Unset): Also change the challenge (PED-authenticated CO and CU roles).
    """

    old_password: str
    new_password: str
    change_secret: bool | Unset = UNSET
    change_challenge: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        old_password = self.old_password

        new_password = self.new_password

        change_secret = self.change_secret

        change_challenge = self.change_challenge

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "oldPassword": old_password,
                "newPassword": new_password,
            }
        )
        if change_secret is not UNSET:
            field_dict["changeSecret"] = change_secret
        if change_challenge is not UNSET:
            field_dict["changeChallenge"] = change_challenge

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        old_password = d.pop("oldPassword")

        new_password = d.pop("newPassword")

        change_secret = d.pop("changeSecret", UNSET)

        change_challenge = d.pop("changeChallenge", UNSET)

        change_partition_role_password_request = cls(
            old_password=old_password,
            new_password=new_password,
            change_secret=change_secret,
            change_challenge=change_challenge,
        )

        change_partition_role_password_request.additional_properties = d
        return change_partition_role_password_request

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
