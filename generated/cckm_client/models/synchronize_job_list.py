from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.synchronize_job import SynchronizeJob


T = TypeVar("T", bound="SynchronizeJobList")


@_attrs_define
class SynchronizeJobList:
    """
    Attributes:
        skip (int): Records skipped.
        limit (int): Records asked for.
        total (int): Records matching, over all pages.
        resources (list[SynchronizeJob]):
    """

    skip: int
    limit: int
    total: int
    resources: list[SynchronizeJob]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.synchronize_job import SynchronizeJob  # noqa: PLC0415

        skip = self.skip

        limit = self.limit

        total = self.total

        resources = []
        for resources_item_data in self.resources:
            resources_item = resources_item_data.to_dict()
            resources.append(resources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "skip": skip,
                "limit": limit,
                "total": total,
                "resources": resources,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.synchronize_job import SynchronizeJob  # noqa: PLC0415

        d = dict(src_dict)
        skip = d.pop("skip")

        limit = d.pop("limit")

        total = d.pop("total")

        resources = []
        _resources = d.pop("resources")
        for resources_item_data in _resources:
            resources_item = SynchronizeJob.from_dict(resources_item_data)

            resources.append(resources_item)

        synchronize_job_list = cls(
            skip=skip,
            limit=limit,
            total=total,
            resources=resources,
        )

        synchronize_job_list.additional_properties = d
        return synchronize_job_list

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
