from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cpu_usage_load_average import CpuUsageLoadAverage


T = TypeVar("T", bound="CpuUsage")


@_attrs_define
class CpuUsage:
    """CPU readings of the appliance. No reference page documents the body
    (the public samples print it as it comes): these are the emulator's
    fields, not confirmed on an appliance.

        Attributes:
            cores (int | Unset): Number of CPU cores.
            usage_percent (float | Unset): CPU time in use.
            idle_percent (float | Unset): CPU time idle (100 - usagePercent).
            load_average (CpuUsageLoadAverage | Unset): The load averages over 1, 5 and 15 minutes.
            uptime (int | Unset): Seconds since the appliance booted.
    """

    cores: int | Unset = UNSET
    usage_percent: float | Unset = UNSET
    idle_percent: float | Unset = UNSET
    load_average: CpuUsageLoadAverage | Unset = UNSET
    uptime: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cpu_usage_load_average import CpuUsageLoadAverage  # noqa: PLC0415

        cores = self.cores

        usage_percent = self.usage_percent

        idle_percent = self.idle_percent

        load_average: dict[str, Any] | Unset = UNSET
        if not isinstance(self.load_average, Unset):
            load_average = self.load_average.to_dict()

        uptime = self.uptime

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cores is not UNSET:
            field_dict["cores"] = cores
        if usage_percent is not UNSET:
            field_dict["usagePercent"] = usage_percent
        if idle_percent is not UNSET:
            field_dict["idlePercent"] = idle_percent
        if load_average is not UNSET:
            field_dict["loadAverage"] = load_average
        if uptime is not UNSET:
            field_dict["uptime"] = uptime

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cpu_usage_load_average import CpuUsageLoadAverage  # noqa: PLC0415

        d = dict(src_dict)
        cores = d.pop("cores", UNSET)

        usage_percent = d.pop("usagePercent", UNSET)

        idle_percent = d.pop("idlePercent", UNSET)

        _load_average = d.pop("loadAverage", UNSET)
        load_average: CpuUsageLoadAverage | Unset
        if isinstance(_load_average, Unset):
            load_average = UNSET
        else:
            load_average = CpuUsageLoadAverage.from_dict(_load_average)

        uptime = d.pop("uptime", UNSET)

        cpu_usage = cls(
            cores=cores,
            usage_percent=usage_percent,
            idle_percent=idle_percent,
            load_average=load_average,
            uptime=uptime,
        )

        cpu_usage.additional_properties = d
        return cpu_usage

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
