from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_web_server_csr_request_key_type import (
    CreateWebServerCsrRequestKeyType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateWebServerCsrRequest")


@_attrs_define
class CreateWebServerCsrRequest:
    """
    Attributes:
        key_type (CreateWebServerCsrRequestKeyType):
        key_size (int): Bits of the key (RSA 2048, 3072 or 4096; for `ecc` the curve's size).
        cn (str):
        curve_name (str | Unset): The curve of an `ecc` key (prime256v1, secp384r1, secp521r1; default prime256v1).
        country (str | Unset): The page's pattern `^(A-Z){2}` matches no code; two capitals are required here.
        state (str | Unset):
        location (str | Unset):
        organization (str | Unset):
        orgunit (str | Unset):
    """

    key_type: CreateWebServerCsrRequestKeyType
    key_size: int
    cn: str
    curve_name: str | Unset = UNSET
    country: str | Unset = UNSET
    state: str | Unset = UNSET
    location: str | Unset = UNSET
    organization: str | Unset = UNSET
    orgunit: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key_type = self.key_type.value

        key_size = self.key_size

        cn = self.cn

        curve_name = self.curve_name

        country = self.country

        state = self.state

        location = self.location

        organization = self.organization

        orgunit = self.orgunit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "keyType": key_type,
                "keySize": key_size,
                "cn": cn,
            }
        )
        if curve_name is not UNSET:
            field_dict["curveName"] = curve_name
        if country is not UNSET:
            field_dict["country"] = country
        if state is not UNSET:
            field_dict["state"] = state
        if location is not UNSET:
            field_dict["location"] = location
        if organization is not UNSET:
            field_dict["organization"] = organization
        if orgunit is not UNSET:
            field_dict["orgunit"] = orgunit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key_type = CreateWebServerCsrRequestKeyType(d.pop("keyType"))

        key_size = d.pop("keySize")

        cn = d.pop("cn")

        curve_name = d.pop("curveName", UNSET)

        country = d.pop("country", UNSET)

        state = d.pop("state", UNSET)

        location = d.pop("location", UNSET)

        organization = d.pop("organization", UNSET)

        orgunit = d.pop("orgunit", UNSET)

        create_web_server_csr_request = cls(
            key_type=key_type,
            key_size=key_size,
            cn=cn,
            curve_name=curve_name,
            country=country,
            state=state,
            location=location,
            organization=organization,
            orgunit=orgunit,
        )

        create_web_server_csr_request.additional_properties = d
        return create_web_server_csr_request

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
