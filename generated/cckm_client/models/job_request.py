from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobRequest")


@_attrs_define
class JobRequest:
    """Give `partitions` or `synchronize_all`, not both.

    Attributes:
        partitions (list[str] | Unset): Ids of CCKM partitions.
        synchronize_all (bool | Unset): Cover all partitions.
    """

    partitions: list[str] | Unset = UNSET
    synchronize_all: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partitions: list[str] | Unset = UNSET
        if not isinstance(self.partitions, Unset):
            partitions = self.partitions

        synchronize_all = self.synchronize_all

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if partitions is not UNSET:
            field_dict["partitions"] = partitions
        if synchronize_all is not UNSET:
            field_dict["synchronize_all"] = synchronize_all

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        partitions = cast(list[str], d.pop("partitions", UNSET))

        synchronize_all = d.pop("synchronize_all", UNSET)

        job_request = cls(
            partitions=partitions,
            synchronize_all=synchronize_all,
        )

        job_request.additional_properties = d
        return job_request

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
