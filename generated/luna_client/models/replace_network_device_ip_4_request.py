from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.replace_network_device_ip_4_request_mode import (
    ReplaceNetworkDeviceIp4RequestMode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReplaceNetworkDeviceIp4Request")


@_attrs_define
class ReplaceNetworkDeviceIp4Request:
    """
    Attributes:
        ip (str): IPv4 address. Example: 1.2.3.5.
        mask (int): Prefix length of the subnet. Example: 24.
        gateway (str): IPv4 default gateway.
        mode (ReplaceNetworkDeviceIp4RequestMode | Unset): Bonding mode, for bond devices only (default active-backup;
            LACP needs interfaces of equal speed).
    """

    ip: str
    mask: int
    gateway: str
    mode: ReplaceNetworkDeviceIp4RequestMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip = self.ip

        mask = self.mask

        gateway = self.gateway

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ip": ip,
                "mask": mask,
                "gateway": gateway,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ip = d.pop("ip")

        mask = d.pop("mask")

        gateway = d.pop("gateway")

        _mode = d.pop("mode", UNSET)
        mode: ReplaceNetworkDeviceIp4RequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = ReplaceNetworkDeviceIp4RequestMode(_mode)

        replace_network_device_ip_4_request = cls(
            ip=ip,
            mask=mask,
            gateway=gateway,
            mode=mode,
        )

        replace_network_device_ip_4_request.additional_properties = d
        return replace_network_device_ip_4_request

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
