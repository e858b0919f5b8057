from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceSummary")


@_attrs_define
class ServiceSummary:
    """One service of the listing: its id and URL, and what monitoring clients read
    of it without fetching each one (the Thales sample monitor_overview.js counts
    services whose `status` reads running): whether it runs and whether it starts
    on boot (the fields of `GET /api/lunasa/services/{serviceid}`).

        Attributes:
            id (str):  Example: ntls.
            url (str):  Example: /api/lunasa/services/ntls.
            status (str | Unset): `running` or `stopped`. Example: running.
            on_boot (bool | Unset): Whether the service starts when the appliance boots.
    """

    id: str
    url: str
    status: str | Unset = UNSET
    on_boot: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        url = self.url

        status = self.status

        on_boot = self.on_boot

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if on_boot is not UNSET:
            field_dict["onBoot"] = on_boot

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        url = d.pop("url")

        status = d.pop("status", UNSET)

        on_boot = d.pop("onBoot", UNSET)

        service_summary = cls(
            id=id,
            url=url,
            status=status,
            on_boot=on_boot,
        )

        service_summary.additional_properties = d
        return service_summary

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
