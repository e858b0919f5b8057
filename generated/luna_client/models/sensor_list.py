from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sensor import Sensor


T = TypeVar("T", bound="SensorList")


@_attrs_define
class SensorList:
    """Hardware sensors of the appliance. The `sensors` key is what the Thales
    sample monitor_overview.js reads; the element fields are the emulator's.

        Attributes:
            sensors (list[Sensor] | Unset):
    """

    sensors: list[Sensor] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sensor import Sensor  # noqa: PLC0415

        sensors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sensors, Unset):
            sensors = []
            for sensors_item_data in self.sensors:
                sensors_item = sensors_item_data.to_dict()
                sensors.append(sensors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sensors is not UNSET:
            field_dict["sensors"] = sensors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sensor import Sensor  # noqa: PLC0415

        d = dict(src_dict)
        _sensors = d.pop("sensors", UNSET)
        sensors: list[Sensor] | Unset = UNSET
        if _sensors is not UNSET:
            sensors = []
            for sensors_item_data in _sensors:
                sensors_item = Sensor.from_dict(sensors_item_data)

                sensors.append(sensors_item)

        sensor_list = cls(
            sensors=sensors,
        )

        sensor_list.additional_properties = d
        return sensor_list

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
