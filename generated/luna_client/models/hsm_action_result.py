from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HsmActionResult")


@_attrs_define
class HsmActionResult:
    """Result of an HSM action; `{}` unless the action returns values.

    Attributes:
        random_user_string (str | Unset): Returned by `stmTransport`; keep it for `stmRecover`.
        verification (str | Unset): Verification string returned by `stmTransport` and `stmRecover`; the two must match.
    """

    random_user_string: str | Unset = UNSET
    verification: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        random_user_string = self.random_user_string

        verification = self.verification

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if random_user_string is not UNSET:
            field_dict["randomUserString"] = random_user_string
        if verification is not UNSET:
            field_dict["verification"] = verification

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        random_user_string = d.pop("randomUserString", UNSET)

        verification = d.pop("verification", UNSET)

        hsm_action_result = cls(
            random_user_string=random_user_string,
            verification=verification,
        )

        hsm_action_result.additional_properties = d
        return hsm_action_result

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
