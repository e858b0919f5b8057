from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserLoginConfig")


@_attrs_define
class UserLoginConfig:
    """Appliance users' login lockout policy ("User Login Configuration").

    Attributes:
        actions (str | Unset): URL of the login-configuration actions.
        detection_window_seconds (int | Unset): Window (seconds) in which failed logins are counted; restarts after a
            successful login.
        lockout_duration_seconds (int | Unset): How long (seconds) an account stays locked once the limit is reached.
        max_failed_attempts (int | Unset): Failed logins allowed before the account is locked.
    """

    actions: str | Unset = UNSET
    detection_window_seconds: int | Unset = UNSET
    lockout_duration_seconds: int | Unset = UNSET
    max_failed_attempts: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actions = self.actions

        detection_window_seconds = self.detection_window_seconds

        lockout_duration_seconds = self.lockout_duration_seconds

        max_failed_attempts = self.max_failed_attempts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if actions is not UNSET:
            field_dict["actions"] = actions
        if detection_window_seconds is not UNSET:
            field_dict["detectionWindowSeconds"] = detection_window_seconds
        if lockout_duration_seconds is not UNSET:
            field_dict["lockoutDurationSeconds"] = lockout_duration_seconds
        if max_failed_attempts is not UNSET:
            field_dict["maxFailedAttempts"] = max_failed_attempts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        actions = d.pop("actions", UNSET)

        detection_window_seconds = d.pop("detectionWindowSeconds", UNSET)

        lockout_duration_seconds = d.pop("lockoutDurationSeconds", UNSET)

        max_failed_attempts = d.pop("maxFailedAttempts", UNSET)

        user_login_config = cls(
            actions=actions,
            detection_window_seconds=detection_window_seconds,
            lockout_duration_seconds=lockout_duration_seconds,
            max_failed_attempts=max_failed_attempts,
        )

        user_login_config.additional_properties = d
        return user_login_config

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
