from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SyslogConfig")


@_attrs_define
class SyslogConfig:
    """The syslog resource (undocumented; typically hrefs to `logs` and `remoteHosts`).

    Attributes:
        logs (str | Unset):  Example: /api/lunasa/syslog/logs.
        remote_hosts (str | Unset):  Example: /api/lunasa/syslog/remoteHosts.
    """

    logs: str | Unset = UNSET
    remote_hosts: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        logs = self.logs

        remote_hosts = self.remote_hosts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if logs is not UNSET:
            field_dict["logs"] = logs
        if remote_hosts is not UNSET:
            field_dict["remoteHosts"] = remote_hosts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        logs = d.pop("logs", UNSET)

        remote_hosts = d.pop("remoteHosts", UNSET)

        syslog_config = cls(
            logs=logs,
            remote_hosts=remote_hosts,
        )

        syslog_config.additional_properties = d
        return syslog_config

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
