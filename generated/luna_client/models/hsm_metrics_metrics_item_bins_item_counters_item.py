from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HsmMetricsMetricsItemBinsItemCountersItem")


@_attrs_define
class HsmMetricsMetricsItemBinsItemCountersItem:
    """
    Attributes:
        counter_id (str):  Example: REQUESTS.
        count (int):
    """

    counter_id: str
    count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        counter_id = self.counter_id

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "counterId": counter_id,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        counter_id = d.pop("counterId")

        count = d.pop("count")

        hsm_metrics_metrics_item_bins_item_counters_item = cls(
            counter_id=counter_id,
            count=count,
        )

        hsm_metrics_metrics_item_bins_item_counters_item.additional_properties = d
        return hsm_metrics_metrics_item_bins_item_counters_item

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
