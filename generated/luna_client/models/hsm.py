from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Hsm")


@_attrs_define
class Hsm:
    """The HSM description. No reference page was found: only `soLoginsLeft`
    is confirmed (client code); the other field names are our reading of
    what the appliance reports and are not confirmed. `soLoginsLeft` is
    required: the Thales samples read it before every SO login without
    checking that it is there (facts #34, 2.6).

        Attributes:
            so_logins_left (int): Failed SO logins still allowed before the HSM zeroizes itself. Example: 3.
            label (str | Unset): The HSM label set at initialization.
            serial_number (str | Unset): The HSM serial number (the `hsmid`). Field name not confirmed.
            model (str | Unset): The HSM model. Field name not confirmed.
            firmware_version (str | Unset): The running firmware version. Field name not confirmed.
            authentication_method (str | Unset): How roles authenticate, password or PED. Field name and values not
                confirmed.
            state (str | Unset): The HSM state, e.g. `initialized` or `zeroized`. Field name and values not confirmed.
    """

    so_logins_left: int
    label: str | Unset = UNSET
    serial_number: str | Unset = UNSET
    model: str | Unset = UNSET
    firmware_version: str | Unset = UNSET
    authentication_method: str | Unset = UNSET
    state: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        so_logins_left = self.so_logins_left

        label = self.label

        serial_number = self.serial_number

        model = self.model

        firmware_version = self.firmware_version

        authentication_method = self.authentication_method

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "soLoginsLeft": so_logins_left,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if serial_number is not UNSET:
            field_dict["serialNumber"] = serial_number
        if model is not UNSET:
            field_dict["model"] = model
        if firmware_version is not UNSET:
            field_dict["firmwareVersion"] = firmware_version
        if authentication_method is not UNSET:
            field_dict["authenticationMethod"] = authentication_method
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        so_logins_left = d.pop("soLoginsLeft")

        label = d.pop("label", UNSET)

        serial_number = d.pop("serialNumber", UNSET)

        model = d.pop("model", UNSET)

        firmware_version = d.pop("firmwareVersion", UNSET)

        authentication_method = d.pop("authenticationMethod", UNSET)

        state = d.pop("state", UNSET)

        hsm = cls(
            so_logins_left=so_logins_left,
            label=label,
            serial_number=serial_number,
            model=model,
            firmware_version=firmware_version,
            authentication_method=authentication_method,
            state=state,
        )

        hsm.additional_properties = d
        return hsm

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
