from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hsm_metrics_metrics_item_bins_item_counters_item import (
        HsmMetricsMetricsItemBinsItemCountersItem,
    )


T = TypeVar("T", bound="HsmMetricsMetricsItemBinsItem")


@_attrs_define
class HsmMetricsMetricsItemBinsItem:
    """
    Attributes:
        bin_id (str): The category: SIGN, VERIFY, ENCRYPT, DECRYPT, KEY_GENERATION, KEY_DERIVATION (the list may grow).
            Example: ENCRYPT.
        counters (list[HsmMetricsMetricsItemBinsItemCountersItem]):
    """

    bin_id: str
    counters: list[HsmMetricsMetricsItemBinsItemCountersItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.hsm_metrics_metrics_item_bins_item_counters_item import (
            HsmMetricsMetricsItemBinsItemCountersItem,  # noqa: PLC0415
        )

        bin_id = self.bin_id

        counters = []
        for counters_item_data in self.counters:
            counters_item = counters_item_data.to_dict()
            counters.append(counters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "binId": bin_id,
                "counters": counters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hsm_metrics_metrics_item_bins_item_counters_item import (
            HsmMetricsMetricsItemBinsItemCountersItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        bin_id = d.pop("binId")

        counters = []
        _counters = d.pop("counters")
        for counters_item_data in _counters:
            counters_item = HsmMetricsMetricsItemBinsItemCountersItem.from_dict(
                counters_item_data
            )

            counters.append(counters_item)

        hsm_metrics_metrics_item_bins_item = cls(
            bin_id=bin_id,
            counters=counters,
        )

        hsm_metrics_metrics_item_bins_item.additional_properties = d
        return hsm_metrics_metrics_item_bins_item

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
