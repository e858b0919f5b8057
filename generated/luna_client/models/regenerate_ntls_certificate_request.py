from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegenerateNtlsCertificateRequest")


@_attrs_define
class RegenerateNtlsCertificateRequest:
    """Every field is optional; omitted ones take the appliance defaults.

    Attributes:
        cn (str | Unset): Common name (default the appliance hostname).
        start_date (datetime.date | Unset): First day of validity, `YYYY-MM-DD` (default today).
        days (int | Unset): Validity in days (default 3653).
        country (str | Unset): Two-letter country code.
        state (str | Unset):
        location (str | Unset): City.
        organization (str | Unset):
        orgunit (str | Unset): Organizational unit (pattern from the NTLS CSR page; cut off on the PATCH page).
        email (str | Unset):
        subject_alt_name (list[str] | Unset): Extra names, each `IP:<address>` or `DNS:<name>` (constraints from the
            NTLS CSR page).
    """

    cn: str | Unset = UNSET
    start_date: datetime.date | Unset = UNSET
    days: int | Unset = UNSET
    country: str | Unset = UNSET
    state: str | Unset = UNSET
    location: str | Unset = UNSET
    organization: str | Unset = UNSET
    orgunit: str | Unset = UNSET
    email: str | Unset = UNSET
    subject_alt_name: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cn = self.cn

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cn is not UNSET:
            field_dict["cn"] = cn
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cn = d.pop("cn", UNSET)

        _start_date = d.pop("startDate", UNSET)
        start_date: datetime.date | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.date.fromisoformat(_start_date)

        days = d.pop("days", UNSET)

        country = d.pop("country", UNSET)

        state = d.pop("state", UNSET)

        location = d.pop("location", UNSET)

        organization = d.pop("organization", UNSET)

        orgunit = d.pop("orgunit", UNSET)

        email = d.pop("email", UNSET)

        subject_alt_name = cast(list[str], d.pop("subjectAltName", UNSET))

        regenerate_ntls_certificate_request = cls(
            cn=cn,
            start_date=start_date,
            days=days,
            country=country,
            state=state,
            location=location,
            organization=organization,
            orgunit=orgunit,
            email=email,
            subject_alt_name=subject_alt_name,
        )

        regenerate_ntls_certificate_request.additional_properties = d
        return regenerate_ntls_certificate_request

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
