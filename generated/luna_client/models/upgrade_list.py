from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resource_ref import ResourceRef


T = TypeVar("T", bound="UpgradeList")


@_attrs_define
class UpgradeList:
    """The applied upgrades (undocumented shape; the array key is a guess).

    Attributes:
        upgrades (list[ResourceRef] | Unset):
    """

    upgrades: list[ResourceRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.resource_ref import ResourceRef  # noqa: PLC0415

        upgrades: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.upgrades, Unset):
            upgrades = []
            for upgrades_item_data in self.upgrades:
                upgrades_item = upgrades_item_data.to_dict()
                upgrades.append(upgrades_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if upgrades is not UNSET:
            field_dict["upgrades"] = upgrades

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.resource_ref import ResourceRef  # noqa: PLC0415

        d = dict(src_dict)
        _upgrades = d.pop("upgrades", UNSET)
        upgrades: list[ResourceRef] | Unset = UNSET
        if _upgrades is not UNSET:
            upgrades = []
            for upgrades_item_data in _upgrades:
                upgrades_item = ResourceRef.from_dict(upgrades_item_data)

                upgrades.append(upgrades_item)

        upgrade_list = cls(
            upgrades=upgrades,
        )

        upgrade_list.additional_properties = d
        return upgrade_list

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
