from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.luna_attribute import LunaAttribute
from ..types import UNSET, Unset

T = TypeVar("T", bound="AttributeChange")


@_attrs_define
class AttributeChange:
    """
    Attributes:
        type_ (LunaAttribute): A settable key attribute (the responses also list CKA_TOKEN and CKA_PRIVATE).
        value (bool): true sets the attribute, false clears it.
    """

    type_: LunaAttribute
    value: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = LunaAttribute(d.pop("type"))

        value = d.pop("value")

        attribute_change = cls(
            type_=type_,
            value=value,
        )

        attribute_change.additional_properties = d
        return attribute_change

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
