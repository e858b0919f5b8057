from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resource_ref import ResourceRef


T = TypeVar("T", bound="HsmPedList")


@_attrs_define
class HsmPedList:
    """The PEDs (the list key is not documented; `peds` is assumed).

    Attributes:
        peds (list[ResourceRef] | Unset):
    """

    peds: list[ResourceRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.resource_ref import ResourceRef  # noqa: PLC0415

        peds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.peds, Unset):
            peds = []
            for peds_item_data in self.peds:
                peds_item = peds_item_data.to_dict()
                peds.append(peds_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if peds is not UNSET:
            field_dict["peds"] = peds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.resource_ref import ResourceRef  # noqa: PLC0415

        d = dict(src_dict)
        _peds = d.pop("peds", UNSET)
        peds: list[ResourceRef] | Unset = UNSET
        if _peds is not UNSET:
            peds = []
            for peds_item_data in _peds:
                peds_item = ResourceRef.from_dict(peds_item_data)

                peds.append(peds_item)

        hsm_ped_list = cls(
            peds=peds,
        )

        hsm_ped_list.additional_properties = d
        return hsm_ped_list

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
