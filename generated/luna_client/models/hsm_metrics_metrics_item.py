from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hsm_metrics_metrics_item_bins_item import (
        HsmMetricsMetricsItemBinsItem,
    )


T = TypeVar("T", bound="HsmMetricsMetricsItem")


@_attrs_define
class HsmMetricsMetricsItem:
    """
    Attributes:
        partition_id (str): The partition serial number.
        bins (list[HsmMetricsMetricsItemBinsItem]):
        label (str | Unset): The partition label.
    """

    partition_id: str
    bins: list[HsmMetricsMetricsItemBinsItem]
    label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.hsm_metrics_metrics_item_bins_item import (
            HsmMetricsMetricsItemBinsItem,  # noqa: PLC0415
        )

        partition_id = self.partition_id

        bins = []
        for bins_item_data in self.bins:
            bins_item = bins_item_data.to_dict()
            bins.append(bins_item)

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "partitionId": partition_id,
                "bins": bins,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hsm_metrics_metrics_item_bins_item import (
            HsmMetricsMetricsItemBinsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        partition_id = d.pop("partitionId")

        bins = []
        _bins = d.pop("bins")
        for bins_item_data in _bins:
            bins_item = HsmMetricsMetricsItemBinsItem.from_dict(bins_item_data)

            bins.append(bins_item)

        label = d.pop("label", UNSET)

        hsm_metrics_metrics_item = cls(
            partition_id=partition_id,
            bins=bins,
            label=label,
        )

        hsm_metrics_metrics_item.additional_properties = d
        return hsm_metrics_metrics_item

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
