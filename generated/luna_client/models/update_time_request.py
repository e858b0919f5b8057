from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateTimeRequest")


@_attrs_define
class UpdateTimeRequest:
    """
    Attributes:
        time (str | Unset): Time of day, `HH:MM:SS`.
        date (str | Unset): Date, `YYYY-MM-DD`.
        time_zone (str | Unset): Time zone name as LunaSH accepts it, e.g. `EST`.
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

        update_time_request = cls(
            time=time,
            date=date,
            time_zone=time_zone,
        )

        update_time_request.additional_properties = d
        return update_time_request

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
