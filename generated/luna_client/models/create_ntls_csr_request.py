from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_ntls_csr_request_key_size import CreateNtlsCsrRequestKeySize
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateNtlsCsrRequest")


@_attrs_define
class CreateNtlsCsrRequest:
    """
    Attributes:
        cn (str | Unset): Common name (default the appliance hostname).
        days (int | Unset): Validity asked for, in days (default 3653).
        country (str | Unset): Two-letter country code (default CA). The page's pattern `^(A-Z){2}$` matches no code;
            two capitals are required here.
        state (str | Unset): Default Ontario.
        location (str | Unset): City (default Ottawa).
        organization (str | Unset): Default Thales.
        orgunit (str | Unset):
        email (str | Unset):
        subject_alt_name (list[str] | Unset):
        key_size (CreateNtlsCsrRequestKeySize | Unset): RSA key size (default 2048).
    """

    cn: str | Unset = UNSET
    days: int | Unset = UNSET
    country: str | Unset = UNSET
    state: str | Unset = UNSET
    location: str | Unset = UNSET
    organization: str | Unset = UNSET
    orgunit: str | Unset = UNSET
    email: str | Unset = UNSET
    subject_alt_name: list[str] | Unset = UNSET
    key_size: CreateNtlsCsrRequestKeySize | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cn = self.cn

        days = self.days

        country = self.country

        state = self.state

        location = self.location

        organization = self.organization

        orgunit = self.orgunit

        email = self.email

        subject_alt_name: list[str] | Unset = UNSET
        if not isinstance(self.subject_alt_name, Unset):
            subject_alt_name = self.subject_alt_name

        key_size: int | Unset = UNSET
        if not isinstance(self.key_size, Unset):
            key_size = self.key_size.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cn is not UNSET:
            field_dict["cn"] = cn
        if days is not UNSET:
            field_dict["days"] = days
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
        if email is not UNSET:
            field_dict["email"] = email
        if subject_alt_name is not UNSET:
            field_dict["subjectAltName"] = subject_alt_name
        if key_size is not UNSET:
            field_dict["keySize"] = key_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cn = d.pop("cn", UNSET)

        days = d.pop("days", UNSET)

        country = d.pop("country", UNSET)

        state = d.pop("state", UNSET)

        location = d.pop("location", UNSET)

        organization = d.pop("organization", UNSET)

        orgunit = d.pop("orgunit", UNSET)

        email = d.pop("email", UNSET)

        subject_alt_name = cast(list[str], d.pop("subjectAltName", UNSET))

        _key_size = d.pop("keySize", UNSET)
        key_size: CreateNtlsCsrRequestKeySize | Unset
        if isinstance(_key_size, Unset):
            key_size = UNSET
        else:
            key_size = CreateNtlsCsrRequestKeySize(_key_size)

        create_ntls_csr_request = cls(
            cn=cn,
            days=days,
            country=country,
            state=state,
            location=location,
            organization=organization,
            orgunit=orgunit,
            email=email,
            subject_alt_name=subject_alt_name,
            key_size=key_size,
        )

        create_ntls_csr_request.additional_properties = d
        return create_ntls_csr_request

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
