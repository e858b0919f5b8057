from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DiskUsage")


@_attrs_define
class DiskUsage:
    """Disk readings of the appliance (the sum of its file systems, in bytes).
    Not documented: the emulator's fields, not confirmed on an appliance.

        Attributes:
            total (int | Unset):
            used (int | Unset):
            free (int | Unset):
            used_percent (float | Unset):
            partitions (str | Unset): URL of the file-system list.
    """

    total: int | Unset = UNSET
    used: int | Unset = UNSET
    free: int | Unset = UNSET
    used_percent: float | Unset = UNSET
    partitions: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        used = self.used

        free = self.free

        used_percent = self.used_percent

        partitions = self.partitions

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
        if partitions is not UNSET:
            field_dict["partitions"] = partitions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total = d.pop("total", UNSET)

        used = d.pop("used", UNSET)

        free = d.pop("free", UNSET)

        used_percent = d.pop("usedPercent", UNSET)

        partitions = d.pop("partitions", UNSET)

        disk_usage = cls(
            total=total,
            used=used,
            free=free,
            used_percent=used_percent,
            partitions=partitions,
        )

        disk_usage.additional_properties = d
        return disk_usage

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
