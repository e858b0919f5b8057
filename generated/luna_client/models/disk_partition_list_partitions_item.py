from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DiskPartitionListPartitionsItem")


@_attrs_define
class DiskPartitionListPartitionsItem:
    """
    Attributes:
        id (str | Unset):  Example: sda5.
        device (str | Unset):  Example: /dev/sda5.
        mount_point (str | Unset):  Example: /home.
        total (int | Unset):
        used (int | Unset):
        free (int | Unset):
        used_percent (float | Unset):
    """

    id: str | Unset = UNSET
    device: str | Unset = UNSET
    mount_point: str | Unset = UNSET
    total: int | Unset = UNSET
    used: int | Unset = UNSET
    free: int | Unset = UNSET
    used_percent: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        device = self.device

        mount_point = self.mount_point

        total = self.total

        used = self.used

        free = self.free

        used_percent = self.used_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if device is not UNSET:
            field_dict["device"] = device
        if mount_point is not UNSET:
            field_dict["mountPoint"] = mount_point
        if total is not UNSET:
            field_dict["total"] = total
        if used is not UNSET:
            field_dict["used"] = used
        if free is not UNSET:
            field_dict["free"] = free
        if used_percent is not UNSET:
            field_dict["usedPercent"] = used_percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        device = d.pop("device", UNSET)

        mount_point = d.pop("mountPoint", UNSET)

        total = d.pop("total", UNSET)

        used = d.pop("used", UNSET)

        free = d.pop("free", UNSET)

        used_percent = d.pop("usedPercent", UNSET)

        disk_partition_list_partitions_item = cls(
            id=id,
            device=device,
            mount_point=mount_point,
            total=total,
            used=used,
            free=free,
            used_percent=used_percent,
        )

        disk_partition_list_partitions_item.additional_properties = d
        return disk_partition_list_partitions_item

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
