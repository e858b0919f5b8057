from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReplaceWebServerBlocklistRequest")


@_attrs_define
class ReplaceWebServerBlocklistRequest:
    """Either `severity` alone or the three attributes; `severity` overrides them.

    Attributes:
        max_infraction_count (int | Unset): Infractions allowed before the client IP is blocked.
        timeout_start (int | Unset): Starting timeout in seconds.
        timeout_multiplier (float | Unset): Timeout multiplier. Typed integer on the reference page, whose own
            example sends 1.5, so any number is accepted here.
        severity (int | Unset): Block list strictness in percent; 0 turns it off, default 50.
    """

    max_infraction_count: int | Unset = UNSET
    timeout_start: int | Unset = UNSET
    timeout_multiplier: float | Unset = UNSET
    severity: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_infraction_count = self.max_infraction_count

        timeout_start = self.timeout_start

        timeout_multiplier = self.timeout_multiplier

        severity = self.severity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_infraction_count is not UNSET:
            field_dict["maxInfractionCount"] = max_infraction_count
        if timeout_start is not UNSET:
            field_dict["timeoutStart"] = timeout_start
        if timeout_multiplier is not UNSET:
            field_dict["timeoutMultiplier"] = timeout_multiplier
        if severity is not UNSET:
            field_dict["severity"] = severity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_infraction_count = d.pop("maxInfractionCount", UNSET)

        timeout_start = d.pop("timeoutStart", UNSET)

        timeout_multiplier = d.pop("timeoutMultiplier", UNSET)

        severity = d.pop("severity", UNSET)

        replace_web_server_blocklist_request = cls(
            max_infraction_count=max_infraction_count,
            timeout_start=timeout_start,
            timeout_multiplier=timeout_multiplier,
            severity=severity,
        )

        replace_web_server_blocklist_request.additional_properties = d
        return replace_web_server_blocklist_request

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
