from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PerformApplianceActionRequest")


@_attrs_define
class PerformApplianceActionRequest:
    """Parameters of `regenerateCertificate`; `reboot` and `powerOff` take an empty object.

    Attributes:
        address (str | Unset): IPv4 address, IPv6 address or host name for the certificate CN (default the appliance
            hostname).
        days (int | Unset): Validity in days (default 365). Default: 365.
        start_date (datetime.date | Unset): First day of validity, YYYY-MM-DD (default today).
    """

    address: str | Unset = UNSET
    days: int | Unset = 365
    start_date: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        days = self.days

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if days is not UNSET:
            field_dict["days"] = days
        if start_date is not UNSET:
            field_dict["startDate"] = start_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address", UNSET)

        days = d.pop("days", UNSET)

        _start_date = d.pop("startDate", UNSET)
        start_date: datetime.date | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.date.fromisoformat(_start_date)

        perform_appliance_action_request = cls(
            address=address,
            days=days,
            start_date=start_date,
        )

        perform_appliance_action_request.additional_properties = d
        return perform_appliance_action_request

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
