from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resource_ref import ResourceRef


T = TypeVar("T", bound="SmkKeyList")


@_attrs_define
class SmkKeyList:
    """The partition's SMK keys (collection key `smk` assumed from the path).

    Attributes:
        smk (list[ResourceRef] | Unset):
    """

    smk: list[ResourceRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.resource_ref import ResourceRef  # noqa: PLC0415

        smk: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.smk, Unset):
            smk = []
            for smk_item_data in self.smk:
                smk_item = smk_item_data.to_dict()
                smk.append(smk_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if smk is not UNSET:
            field_dict["smk"] = smk

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.resource_ref import ResourceRef  # noqa: PLC0415

        d = dict(src_dict)
        _smk = d.pop("smk", UNSET)
        smk: list[ResourceRef] | Unset = UNSET
        if _smk is not UNSET:
            smk = []
            for smk_item_data in _smk:
                smk_item = ResourceRef.from_dict(smk_item_data)

                smk.append(smk_item)

        smk_key_list = cls(
            smk=smk,
        )

        smk_key_list.additional_properties = d
        return smk_key_list

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
