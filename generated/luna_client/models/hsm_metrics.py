from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hsm_metrics_metrics_item import HsmMetricsMetricsItem


T = TypeVar("T", bound="HsmMetrics")


@_attrs_define
class HsmMetrics:
    """Partition utilization metrics: per partition, the requests counted in
    each category bin since `resetTime` (the last counter reset or power
    cycle). The shape is what the public consumer (Waldur's Luna
    integration) reads; the bins are the guide's "Partition Utilization
    Metrics" categories. Empty while HSM policy 49 is off.

        Attributes:
            reset_time (str): When the counters last restarted (ISO 8601, UTC). Example: 2026-12-01T09:00:00Z.
            metrics (list[HsmMetricsMetricsItem]):
    """

    reset_time: str
    metrics: list[HsmMetricsMetricsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.hsm_metrics_metrics_item import HsmMetricsMetricsItem  # noqa: PLC0415

        reset_time = self.reset_time

        metrics = []
        for metrics_item_data in self.metrics:
            metrics_item = metrics_item_data.to_dict()
            metrics.append(metrics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resetTime": reset_time,
                "metrics": metrics,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hsm_metrics_metrics_item import HsmMetricsMetricsItem  # noqa: PLC0415

        d = dict(src_dict)
        reset_time = d.pop("resetTime")

        metrics = []
        _metrics = d.pop("metrics")
        for metrics_item_data in _metrics:
            metrics_item = HsmMetricsMetricsItem.from_dict(metrics_item_data)

            metrics.append(metrics_item)

        hsm_metrics = cls(
            reset_time=reset_time,
            metrics=metrics,
        )

        hsm_metrics.additional_properties = d
        return hsm_metrics

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
