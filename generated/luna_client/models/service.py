from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Service")


@_attrs_define
class Service:
    """An appliance service. Not documented; `onBoot` is known from the PATCH, `status` from client code.

    Attributes:
        status (str | Unset): Whether the service runs (`running`, `stopped`). Seen only in client
            code: the Thales sample monitor_overview.js counts services whose
            `state` or `status` reads running or started.
             Example: running.
        on_boot (bool | Unset): Whether the service starts when the appliance boots.
        actions (str | Unset): URL of the service's actions. Example: /api/lunasa/services/ntls/actions.
    """

    status: str | Unset = UNSET
    on_boot: bool | Unset = UNSET
    actions: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        on_boot = self.on_boot

        actions = self.actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if on_boot is not UNSET:
            field_dict["onBoot"] = on_boot
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status", UNSET)

        on_boot = d.pop("onBoot", UNSET)

        actions = d.pop("actions", UNSET)

        service = cls(
            status=status,
            on_boot=on_boot,
            actions=actions,
        )

        service.additional_properties = d
        return service

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
