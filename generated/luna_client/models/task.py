from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_state import TaskState
from ..types import UNSET, Unset

T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """A task tracking a long-running or protected request.

    Example:
        {'finishTime': '2015-07-05T06:53:49Z', 'instance': '/tasks/6', 'responseUrl': '/tasks/6/response', 'sourceUrl':
            '/api/lunasa/hsms/151256/login', 'startTime': '2015-07-05T06:53:36Z', 'state': 'Finished', 'details': ''}

    Attributes:
        instance (str): The task's own URL. Example: /tasks/6.
        response_url (str): URL of the finished request's result. Example: /tasks/6/response.
        source_url (str): URL of the request that created the task. Example: /api/lunasa/hsms/151256/login.
        state (TaskState): `Waiting` (suspended, e.g. a protected resource until started),
            `Running`, `Finished` or `Error`; `Cancelled`, `Timed Out` and
            `Skipped` are reserved by the appliance for future use.
        finish_time (str | Unset): ISO 8601 time the task finished, or "". Example: 2015-07-05T06:53:49Z.
        start_time (str | Unset): ISO 8601 time the task started, or "". Example: 2015-07-05T06:53:36Z.
        details (str | Unset): Details, e.g. the reason for an `Error`.
    """

    instance: str
    response_url: str
    source_url: str
    state: TaskState
    finish_time: str | Unset = UNSET
    start_time: str | Unset = UNSET
    details: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance = self.instance

        response_url = self.response_url

        source_url = self.source_url

        state = self.state.value

        finish_time = self.finish_time

        start_time = self.start_time

        details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instance": instance,
                "responseUrl": response_url,
                "sourceUrl": source_url,
                "state": state,
            }
        )
        if finish_time is not UNSET:
            field_dict["finishTime"] = finish_time
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instance = d.pop("instance")

        response_url = d.pop("responseUrl")

        source_url = d.pop("sourceUrl")

        state = TaskState(d.pop("state"))

        finish_time = d.pop("finishTime", UNSET)

        start_time = d.pop("startTime", UNSET)

        details = d.pop("details", UNSET)

        task = cls(
            instance=instance,
            response_url=response_url,
            source_url=source_url,
            state=state,
            finish_time=finish_time,
            start_time=start_time,
            details=details,
        )

        task.additional_properties = d
        return task

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
