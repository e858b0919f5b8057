from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Sensor")


@_attrs_define
class Sensor:
    """One hardware sensor's reading (not documented; the emulator's fields).

    Attributes:
        id (str | Unset):  Example: cpuTemp.
        name (str | Unset):  Example: CPU temperature.
        type_ (str | Unset): temperature, fan or voltage.
        value (float | Unset):
        unit (str | Unset): C, RPM or V.
        status (str | Unset): `ok`, or `warning` past the sensor's limit.
        url (str | Unset): URL of the sensor.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    value: float | Unset = UNSET
    unit: str | Unset = UNSET
    status: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        value = self.value

        unit = self.unit

        status = self.status

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value
        if unit is not UNSET:
            field_dict["unit"] = unit
        if status is not UNSET:
            field_dict["status"] = status
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        value = d.pop("value", UNSET)

        unit = d.pop("unit", UNSET)

        status = d.pop("status", UNSET)

        url = d.pop("url", UNSET)

        sensor = cls(
            id=id,
            name=name,
            type_=type_,
            value=value,
            unit=unit,
            status=status,
            url=url,
        )

        sensor.additional_properties = d
        return sensor

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
