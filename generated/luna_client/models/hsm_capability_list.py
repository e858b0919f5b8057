from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hsm_capability_list_capabilities_item import (
        HsmCapabilityListCapabilitiesItem,
    )


T = TypeVar("T", bound="HsmCapabilityList")


@_attrs_define
class HsmCapabilityList:
    """The HSM's capabilities (shape not documented; a `capabilities` array is expected).

    Attributes:
        capabilities (list[HsmCapabilityListCapabilitiesItem] | Unset):
    """

    capabilities: list[HsmCapabilityListCapabilitiesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.hsm_capability_list_capabilities_item import (
            HsmCapabilityListCapabilitiesItem,  # noqa: PLC0415
        )

        capabilities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = []
            for capabilities_item_data in self.capabilities:
                capabilities_item = capabilities_item_data.to_dict()
                capabilities.append(capabilities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hsm_capability_list_capabilities_item import (
            HsmCapabilityListCapabilitiesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _capabilities = d.pop("capabilities", UNSET)
        capabilities: list[HsmCapabilityListCapabilitiesItem] | Unset = UNSET
        if _capabilities is not UNSET:
            capabilities = []
            for capabilities_item_data in _capabilities:
                capabilities_item = HsmCapabilityListCapabilitiesItem.from_dict(
                    capabilities_item_data
                )

                capabilities.append(capabilities_item)

        hsm_capability_list = cls(
            capabilities=capabilities,
        )

        hsm_capability_list.additional_properties = d
        return hsm_capability_list

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
