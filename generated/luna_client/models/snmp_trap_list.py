from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resource_ref import ResourceRef


T = TypeVar("T", bound="SnmpTrapList")


@_attrs_define
class SnmpTrapList:
    """The trap destinations (undocumented shape; the array key is a guess).

    Attributes:
        traps (list[ResourceRef] | Unset):
    """

    traps: list[ResourceRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.resource_ref import ResourceRef  # noqa: PLC0415

        traps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.traps, Unset):
            traps = []
            for traps_item_data in self.traps:
                traps_item = traps_item_data.to_dict()
                traps.append(traps_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if traps is not UNSET:
            field_dict["traps"] = traps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.resource_ref import ResourceRef  # noqa: PLC0415

        d = dict(src_dict)
        _traps = d.pop("traps", UNSET)
        traps: list[ResourceRef] | Unset = UNSET
        if _traps is not UNSET:
            traps = []
            for traps_item_data in _traps:
                traps_item = ResourceRef.from_dict(traps_item_data)

                traps.append(traps_item)

        snmp_trap_list = cls(
            traps=traps,
        )

        snmp_trap_list.additional_properties = d
        return snmp_trap_list

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
