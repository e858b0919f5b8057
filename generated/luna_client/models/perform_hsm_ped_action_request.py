from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PerformHsmPedActionRequest")


@_attrs_define
class PerformHsmPedActionRequest:
    """Parameters of `connect`; `{}` for the other actions.

    Attributes:
        ip_address (str | Unset): Address of the remote PED server. Example: 1.2.3.70.
        ip_port (int | Unset): Port the remote PED server listens on. Example: 1503.
    """

    ip_address: str | Unset = UNSET
    ip_port: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip_address = self.ip_address

        ip_port = self.ip_port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ip_address is not UNSET:
            field_dict["ipAddress"] = ip_address
        if ip_port is not UNSET:
            field_dict["ipPort"] = ip_port

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ip_address = d.pop("ipAddress", UNSET)

        ip_port = d.pop("ipPort", UNSET)

        perform_hsm_ped_action_request = cls(
            ip_address=ip_address,
            ip_port=ip_port,
        )

        perform_hsm_ped_action_request.additional_properties = d
        return perform_hsm_ped_action_request

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
