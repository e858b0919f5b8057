from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PerformHsmRoleActionRequest")


@_attrs_define
class PerformHsmRoleActionRequest:
    """Action parameters; `{}` for `deactivate`.

    Attributes:
        password (str | Unset): For `reset`, the new password on a password HSM; an empty string on a PED HSM.
        default_challenge (bool | Unset): For `createChallenge`, `true` for the default challenge, `false` for a random
            one (the 4.0.0 HSM page types it as a string; its example and the partition page send a boolean).
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

        perform_hsm_role_action_request = cls(
            password=password,
            default_challenge=default_challenge,
        )

        perform_hsm_role_action_request.additional_properties = d
        return perform_hsm_role_action_request

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
