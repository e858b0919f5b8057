from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebServerBlocklist")


@_attrs_define
class WebServerBlocklist:
    """Block list settings ("Web Server Blacklist" schema).

    Attributes:
        max_infraction_count (int | Unset): Infractions allowed before the client IP is blocked. Example: 5.
        timeout_start (int | Unset): Starting per-client timeout, in seconds, before the infraction count recovers.
            Example: 1.
        timeout_multiplier (float | Unset): Factor applied to the timeout on each infraction. Example: 2.
        actions (str | Unset): URL of the web server actions. Example: /api/lunasa/webServer/actions.
    """

    max_infraction_count: int | Unset = UNSET
    timeout_start: int | Unset = UNSET
    timeout_multiplier: float | Unset = UNSET
    actions: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_infraction_count = self.max_infraction_count

        timeout_start = self.timeout_start

        timeout_multiplier = self.timeout_multiplier

        actions = self.actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_infraction_count is not UNSET:
            field_dict["maxInfractionCount"] = max_infraction_count
        if timeout_start is not UNSET:
            field_dict["timeoutStart"] = timeout_start
        if timeout_multiplier is not UNSET:
            field_dict["timeoutMultiplier"] = timeout_multiplier
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_infraction_count = d.pop("maxInfractionCount", UNSET)

        timeout_start = d.pop("timeoutStart", UNSET)

        timeout_multiplier = d.pop("timeoutMultiplier", UNSET)

        actions = d.pop("actions", UNSET)

        web_server_blocklist = cls(
            max_infraction_count=max_infraction_count,
            timeout_start=timeout_start,
            timeout_multiplier=timeout_multiplier,
            actions=actions,
        )

        web_server_blocklist.additional_properties = d
        return web_server_blocklist

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
