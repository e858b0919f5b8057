from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserPasswordConfig")


@_attrs_define
class UserPasswordConfig:
    """Appliance users' password policy ("Password Configuration").

    Attributes:
        actions (str | Unset): URL of the password-configuration actions.
        expiry_days (int | Unset): Days before a password expires (counted in UTC).
        history (int | Unset): Number of previous passwords that cannot be reused.
        minimum_length (int | Unset): Minimum password length.
    """

    actions: str | Unset = UNSET
    expiry_days: int | Unset = UNSET
    history: int | Unset = UNSET
    minimum_length: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actions = self.actions

        expiry_days = self.expiry_days

        history = self.history

        minimum_length = self.minimum_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if actions is not UNSET:
            field_dict["actions"] = actions
        if expiry_days is not UNSET:
            field_dict["expiryDays"] = expiry_days
        if history is not UNSET:
            field_dict["history"] = history
        if minimum_length is not UNSET:
            field_dict["minimumLength"] = minimum_length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        actions = d.pop("actions", UNSET)

        expiry_days = d.pop("expiryDays", UNSET)

        history = d.pop("history", UNSET)

        minimum_length = d.pop("minimumLength", UNSET)

        user_password_config = cls(
            actions=actions,
            expiry_days=expiry_days,
            history=history,
            minimum_length=minimum_length,
        )

        user_password_config.additional_properties = d
        return user_password_config

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
