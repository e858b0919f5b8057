from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PerformPartitionRoleActionRequest")


@_attrs_define
class PerformPartitionRoleActionRequest:
    """Parameters of the role actions; `deactivate` takes none (`{}`).

    Attributes:
        password (str | Unset): For `reset` (and `createChallenge` on password partitions), the new secret; empty for
            PED-based partitions.
        default_challenge (bool | Unset): For `createChallenge` on PED-based partitions, use the default challenge
            (true) or a random one (false).
    """

    password: str | Unset = UNSET
    default_challenge: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        password = self.password

        default_challenge = self.default_challenge

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if password is not UNSET:
            field_dict["password"] = password
        if default_challenge is not UNSET:
            field_dict["defaultChallenge"] = default_challenge

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        password = d.pop("password", UNSET)

        default_challenge = d.pop("defaultChallenge", UNSET)

        perform_partition_role_action_request = cls(
            password=password,
            default_challenge=default_challenge,
        )

        perform_partition_role_action_request.additional_properties = d
        return perform_partition_role_action_request

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
