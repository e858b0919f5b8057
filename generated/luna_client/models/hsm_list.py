from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resource_ref import ResourceRef


T = TypeVar("T", bound="HsmList")


@_attrs_define
class HsmList:
    """
    Attributes:
        hsms (list[ResourceRef]): The appliance's HSMs (one on a Luna Network HSM 7); `id` is the serial number as a
            string.
    """

    hsms: list[ResourceRef]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.resource_ref import ResourceRef  # noqa: PLC0415

        hsms = []
        for hsms_item_data in self.hsms:
            hsms_item = hsms_item_data.to_dict()
            hsms.append(hsms_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hsms": hsms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.resource_ref import ResourceRef  # noqa: PLC0415

        d = dict(src_dict)
        hsms = []
        _hsms = d.pop("hsms")
        for hsms_item_data in _hsms:
            hsms_item = ResourceRef.from_dict(hsms_item_data)

            hsms.append(hsms_item)

        hsm_list = cls(
            hsms=hsms,
        )

        hsm_list.additional_properties = d
        return hsm_list

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
