from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.syslog_remote_host import SyslogRemoteHost


T = TypeVar("T", bound="SyslogRemoteHostList")


@_attrs_define
class SyslogRemoteHostList:
    """The remote log hosts (undocumented shape; the array key is a guess).

    Attributes:
        remote_hosts (list[SyslogRemoteHost] | Unset):
    """

    remote_hosts: list[SyslogRemoteHost] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.syslog_remote_host import SyslogRemoteHost  # noqa: PLC0415

        remote_hosts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.remote_hosts, Unset):
            remote_hosts = []
            for remote_hosts_item_data in self.remote_hosts:
                remote_hosts_item = remote_hosts_item_data.to_dict()
                remote_hosts.append(remote_hosts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if remote_hosts is not UNSET:
            field_dict["remoteHosts"] = remote_hosts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.syslog_remote_host import SyslogRemoteHost  # noqa: PLC0415

        d = dict(src_dict)
        _remote_hosts = d.pop("remoteHosts", UNSET)
        remote_hosts: list[SyslogRemoteHost] | Unset = UNSET
        if _remote_hosts is not UNSET:
            remote_hosts = []
            for remote_hosts_item_data in _remote_hosts:
                remote_hosts_item = SyslogRemoteHost.from_dict(remote_hosts_item_data)

                remote_hosts.append(remote_hosts_item)

        syslog_remote_host_list = cls(
            remote_hosts=remote_hosts,
        )

        syslog_remote_host_list.additional_properties = d
        return syslog_remote_host_list

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
