from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateUserPasswordConfigRequest")


@_attrs_define
class UpdateUserPasswordConfigRequest:
    """
    Attributes:
        history (int | Unset): Previous passwords remembered (default 4).
        expiry_days (int | Unset): Password lifetime in days (default 90), counted in UTC.
        minimum_length (int | Unset): Minimum password length (default 8).
    """

    history: int | Unset = UNSET
    expiry_days: int | Unset = UNSET
    minimum_length: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        history = self.history

        expiry_days = self.expiry_days

        minimum_length = self.minimum_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if history is not UNSET:
            field_dict["history"] = history
        if expiry_days is not UNSET:
            field_dict["expiryDays"] = expiry_days
        if minimum_length is not UNSET:
            field_dict["minimumLength"] = minimum_length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        history = d.pop("history", UNSET)

        expiry_days = d.pop("expiryDays", UNSET)

        minimum_length = d.pop("minimumLength", UNSET)

        update_user_password_config_request = cls(
            history=history,
            expiry_days=expiry_days,
            minimum_length=minimum_length,
        )

        update_user_password_config_request.additional_properties = d
        return update_user_password_config_request

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
