from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.disk_partition_list_partitions_item import (
        DiskPartitionListPartitionsItem,
    )


T = TypeVar("T", bound="DiskPartitionList")


@_attrs_define
class DiskPartitionList:
    """File-system partitions of the appliance, sizes in bytes. Not documented:
    the array key and element fields are the emulator's.

        Attributes:
            partitions (list[DiskPartitionListPartitionsItem] | Unset):
    """

    partitions: list[DiskPartitionListPartitionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.disk_partition_list_partitions_item import (
            DiskPartitionListPartitionsItem,  # noqa: PLC0415
        )

        partitions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.partitions, Unset):
            partitions = []
            for partitions_item_data in self.partitions:
                partitions_item = partitions_item_data.to_dict()
                partitions.append(partitions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if partitions is not UNSET:
            field_dict["partitions"] = partitions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.disk_partition_list_partitions_item import (
            DiskPartitionListPartitionsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _partitions = d.pop("partitions", UNSET)
        partitions: list[DiskPartitionListPartitionsItem] | Unset = UNSET
        if _partitions is not UNSET:
            partitions = []
            for partitions_item_data in _partitions:
                partitions_item = DiskPartitionListPartitionsItem.from_dict(
                    partitions_item_data
                )

                partitions.append(partitions_item)

        disk_partition_list = cls(
            partitions=partitions,
        )

        disk_partition_list.additional_properties = d
        return disk_partition_list

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
