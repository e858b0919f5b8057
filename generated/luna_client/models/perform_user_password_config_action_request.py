from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.perform_user_password_config_action_request_settings_to_toggle_item import (
    PerformUserPasswordConfigActionRequestSettingsToToggleItem,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PerformUserPasswordConfigActionRequest")


@_attrs_define
class PerformUserPasswordConfigActionRequest:
    """
    Attributes:
        settings_to_toggle (list[PerformUserPasswordConfigActionRequestSettingsToToggleItem] | Unset): Which password
            rules the action switches on or off.
    """

    settings_to_toggle: (
        list[PerformUserPasswordConfigActionRequestSettingsToToggleItem] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        settings_to_toggle: list[str] | Unset = UNSET
        if not isinstance(self.settings_to_toggle, Unset):
            settings_to_toggle = []
            for settings_to_toggle_item_data in self.settings_to_toggle:
                settings_to_toggle_item = settings_to_toggle_item_data.value
                settings_to_toggle.append(settings_to_toggle_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if settings_to_toggle is not UNSET:
            field_dict["settingsToToggle"] = settings_to_toggle

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _settings_to_toggle = d.pop("settingsToToggle", UNSET)
        settings_to_toggle: (
            list[PerformUserPasswordConfigActionRequestSettingsToToggleItem] | Unset
        ) = UNSET
        if _settings_to_toggle is not UNSET:
            settings_to_toggle = []
            for settings_to_toggle_item_data in _settings_to_toggle:
                settings_to_toggle_item = (
                    PerformUserPasswordConfigActionRequestSettingsToToggleItem(
                        settings_to_toggle_item_data
                    )
                )

                settings_to_toggle.append(settings_to_toggle_item)

        perform_user_password_config_action_request = cls(
            settings_to_toggle=settings_to_toggle,
        )

        perform_user_password_config_action_request.additional_properties = d
        return perform_user_password_config_action_request

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
