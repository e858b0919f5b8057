from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MemoryUsage")


@_attrs_define
class MemoryUsage:
    """Memory readings of the appliance, in bytes. Not documented: the
    emulator's fields, not confirmed on an appliance.

        Attributes:
            total (int | Unset):
            used (int | Unset):
            free (int | Unset):
            used_percent (float | Unset):
            swap_total (int | Unset):
            swap_used (int | Unset):
    """

    total: int | Unset = UNSET
    used: int | Unset = UNSET
    free: int | Unset = UNSET
    used_percent: float | Unset = UNSET
    swap_total: int | Unset = UNSET
    swap_used: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        used = self.used

        free = self.free

        used_percent = self.used_percent

        swap_total = self.swap_total

        swap_used = self.swap_used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if used is not UNSET:
            field_dict["used"] = used
        if free is not UNSET:
            field_dict["free"] = free
        if used_percent is not UNSET:
            field_dict["usedPercent"] = used_percent
        if swap_total is not UNSET:
            field_dict["swapTotal"] = swap_total
        if swap_used is not UNSET:
            field_dict["swapUsed"] = swap_used

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total = d.pop("total", UNSET)

        used = d.pop("used", UNSET)

        free = d.pop("free", UNSET)

        used_percent = d.pop("usedPercent", UNSET)

        swap_total = d.pop("swapTotal", UNSET)

        swap_used = d.pop("swapUsed", UNSET)

        memory_usage = cls(
            total=total,
            used=used,
            free=free,
            used_percent=used_percent,
            swap_total=swap_total,
            swap_used=swap_used,
        )

        memory_usage.additional_properties = d
        return memory_usage

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
