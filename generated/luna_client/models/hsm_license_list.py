from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hsm_license_list_licenses_item import HsmLicenseListLicensesItem


T = TypeVar("T", bound="HsmLicenseList")


@_attrs_define
class HsmLicenseList:
    """The HSM's licenses (shape not documented; a `licenses` array is expected).

    Attributes:
        licenses (list[HsmLicenseListLicensesItem] | Unset):
    """

    licenses: list[HsmLicenseListLicensesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.hsm_license_list_licenses_item import HsmLicenseListLicensesItem  # noqa: PLC0415

        licenses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.licenses, Unset):
            licenses = []
            for licenses_item_data in self.licenses:
                licenses_item = licenses_item_data.to_dict()
                licenses.append(licenses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if licenses is not UNSET:
            field_dict["licenses"] = licenses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hsm_license_list_licenses_item import HsmLicenseListLicensesItem  # noqa: PLC0415

        d = dict(src_dict)
        _licenses = d.pop("licenses", UNSET)
        licenses: list[HsmLicenseListLicensesItem] | Unset = UNSET
        if _licenses is not UNSET:
            licenses = []
            for licenses_item_data in _licenses:
                licenses_item = HsmLicenseListLicensesItem.from_dict(licenses_item_data)

                licenses.append(licenses_item)

        hsm_license_list = cls(
            licenses=licenses,
        )

        hsm_license_list.additional_properties = d
        return hsm_license_list

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
