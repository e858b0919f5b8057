from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CpuUsageLoadAverage")


@_attrs_define
class CpuUsageLoadAverage:
    """The load averages over 1, 5 and 15 minutes.

    Attributes:
        one_minute (float | Unset):
        five_minutes (float | Unset):
        fifteen_minutes (float | Unset):
    """

    one_minute: float | Unset = UNSET
    five_minutes: float | Unset = UNSET
    fifteen_minutes: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        one_minute = self.one_minute

        five_minutes = self.five_minutes

        fifteen_minutes = self.fifteen_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if one_minute is not UNSET:
            field_dict["oneMinute"] = one_minute
        if five_minutes is not UNSET:
            field_dict["fiveMinutes"] = five_minutes
        if fifteen_minutes is not UNSET:
            field_dict["fifteenMinutes"] = fifteen_minutes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        one_minute = d.pop("oneMinute", UNSET)

        five_minutes = d.pop("fiveMinutes", UNSET)

        fifteen_minutes = d.pop("fifteenMinutes", UNSET)

        cpu_usage_load_average = cls(
            one_minute=one_minute,
            five_minutes=five_minutes,
            fifteen_minutes=fifteen_minutes,
        )

        cpu_usage_load_average.additional_properties = d
        return cpu_usage_load_average

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
