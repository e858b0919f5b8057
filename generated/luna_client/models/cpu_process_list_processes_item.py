from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CpuProcessListProcessesItem")


@_attrs_define
class CpuProcessListProcessesItem:
    """
    Attributes:
        pid (int | Unset):
        name (str | Unset): The process name.
        service (str | Unset): The appliance service the process belongs to.
        user (str | Unset):
        state (str | Unset):  Example: running.
        cpu_percent (float | Unset):
        memory (int | Unset): Resident memory in bytes.
    """

    pid: int | Unset = UNSET
    name: str | Unset = UNSET
    service: str | Unset = UNSET
    user: str | Unset = UNSET
    state: str | Unset = UNSET
    cpu_percent: float | Unset = UNSET
    memory: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pid = self.pid

        name = self.name

        service = self.service

        user = self.user

        state = self.state

        cpu_percent = self.cpu_percent

        memory = self.memory

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pid is not UNSET:
            field_dict["pid"] = pid
        if name is not UNSET:
            field_dict["name"] = name
        if service is not UNSET:
            field_dict["service"] = service
        if user is not UNSET:
            field_dict["user"] = user
        if state is not UNSET:
            field_dict["state"] = state
        if cpu_percent is not UNSET:
            field_dict["cpuPercent"] = cpu_percent
        if memory is not UNSET:
            field_dict["memory"] = memory

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pid = d.pop("pid", UNSET)

        name = d.pop("name", UNSET)

        service = d.pop("service", UNSET)

        user = d.pop("user", UNSET)

        state = d.pop("state", UNSET)

        cpu_percent = d.pop("cpuPercent", UNSET)

        memory = d.pop("memory", UNSET)

        cpu_process_list_processes_item = cls(
            pid=pid,
            name=name,
            service=service,
            user=user,
            state=state,
            cpu_percent=cpu_percent,
            memory=memory,
        )

        cpu_process_list_processes_item.additional_properties = d
        return cpu_process_list_processes_item

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
