from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkTrafficClass")


@_attrs_define
class NetworkTrafficClass:
    """A traffic-management class; bandwidths in kilobits.

    Attributes:
        min_bandwidth (int):
        max_bandwidth (int | Unset): Default the `minBandwidth`; not below it.
    """

    min_bandwidth: int
    max_bandwidth: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_bandwidth = self.min_bandwidth

        max_bandwidth = self.max_bandwidth

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "minBandwidth": min_bandwidth,
            }
        )
        if max_bandwidth is not UNSET:
            field_dict["maxBandwidth"] = max_bandwidth

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        min_bandwidth = d.pop("minBandwidth")

        max_bandwidth = d.pop("maxBandwidth", UNSET)

        network_traffic_class = cls(
            min_bandwidth=min_bandwidth,
            max_bandwidth=max_bandwidth,
        )

        network_traffic_class.additional_properties = d
        return network_traffic_class

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
