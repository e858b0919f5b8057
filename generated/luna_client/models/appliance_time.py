from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplianceTime")


@_attrs_define
class ApplianceTime:
    """The appliance clock (fields assumed from the PATCH; not documented).

    Attributes:
        time (str | Unset):  Example: 15:00:00.
        date (str | Unset):  Example: 2016-05-27.
        time_zone (str | Unset):  Example: EST.
    """

    time: str | Unset = UNSET
    date: str | Unset = UNSET
    time_zone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        date = self.date

        time_zone = self.time_zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if time is not UNSET:
            field_dict["time"] = time
        if date is not UNSET:
            field_dict["date"] = date
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        time = d.pop("time", UNSET)

        date = d.pop("date", UNSET)

        time_zone = d.pop("timeZone", UNSET)

        appliance_time = cls(
            time=time,
            date=date,
            time_zone=time_zone,
        )

        appliance_time.additional_properties = d
        return appliance_time

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
