from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReplaceUserLoginConfigRequest")


@_attrs_define
class ReplaceUserLoginConfigRequest:
    """
    Attributes:
        detection_window_seconds (int):  Default: 900.
        lockout_duration_seconds (int):  Default: 600.
        max_failed_attempts (int):  Default: 3.
    """

    detection_window_seconds: int = 900
    lockout_duration_seconds: int = 600
    max_failed_attempts: int = 3
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detection_window_seconds = self.detection_window_seconds

        lockout_duration_seconds = self.lockout_duration_seconds

        max_failed_attempts = self.max_failed_attempts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "detectionWindowSeconds": detection_window_seconds,
                "lockoutDurationSeconds": lockout_duration_seconds,
                "maxFailedAttempts": max_failed_attempts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        detection_window_seconds = d.pop("detectionWindowSeconds")

        lockout_duration_seconds = d.pop("lockoutDurationSeconds")

        max_failed_attempts = d.pop("maxFailedAttempts")

        replace_user_login_config_request = cls(
            detection_window_seconds=detection_window_seconds,
            lockout_duration_seconds=lockout_duration_seconds,
            max_failed_attempts=max_failed_attempts,
        )

        replace_user_login_config_request.additional_properties = d
        return replace_user_login_config_request

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
