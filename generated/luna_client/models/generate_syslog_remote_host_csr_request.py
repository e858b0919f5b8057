from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateSyslogRemoteHostCsrRequest")


@_attrs_define
class GenerateSyslogRemoteHostCsrRequest:
    """Subject and key parameters of the CSR; every field is optional
    (defaults in the descriptions). v15 constraints. The v15 page lists no
    `startDate`, but the guide sends one.

        Attributes:
            cn (str | Unset): Common name (default `1.2.3.0`).
            start_date (str | Unset): First day of validity, `YYYY-MM-DD` (sent by the guide; not on the v15 page).
            days (int | Unset): Validity in days (default 3653).
            country (str | Unset): Two-letter country code (default `CA`).
            state (str | Unset): State or province (default `Ontario`).
            location (str | Unset): City (default `Ottawa`).
            organization (str | Unset): Organization (default `Thales`).
            orgunit (str | Unset): Organizational unit.
            email (str | Unset): Contact e-mail address.
            subject_alt_names (list[str] | Unset): Subject alternative names, each `IP:<address>` or `DNS:<name>`.
            key_size (int | Unset): Key size in bits; for RSA 2048 (default), 3072 or 4096. Example: 2048.
            key_type (str | Unset): Key type; the guide uses `rsa`. Example: rsa.
    """

    cn: str | Unset = UNSET
    start_date: str | Unset = UNSET
    days: int | Unset = UNSET
    country: str | Unset = UNSET
    state: str | Unset = UNSET
    location: str | Unset = UNSET
    organization: str | Unset = UNSET
    orgunit: str | Unset = UNSET
    email: str | Unset = UNSET
    subject_alt_names: list[str] | Unset = UNSET
    key_size: int | Unset = UNSET
    key_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cn = self.cn

        start_date = self.start_date

        days = self.days

        country = self.country

        state = self.state

        location = self.location

        organization = self.organization

        orgunit = self.orgunit

        email = self.email

        subject_alt_names: list[str] | Unset = UNSET
        if not isinstance(self.subject_alt_names, Unset):
            subject_alt_names = self.subject_alt_names

        key_size = self.key_size

        key_type = self.key_type

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
        if subject_alt_names is not UNSET:
            field_dict["subjectAltNames"] = subject_alt_names
        if key_size is not UNSET:
            field_dict["keySize"] = key_size
        if key_type is not UNSET:
            field_dict["keyType"] = key_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cn = d.pop("cn", UNSET)

        start_date = d.pop("startDate", UNSET)

        days = d.pop("days", UNSET)

        country = d.pop("country", UNSET)

        state = d.pop("state", UNSET)

        location = d.pop("location", UNSET)

        organization = d.pop("organization", UNSET)

        orgunit = d.pop("orgunit", UNSET)

        email = d.pop("email", UNSET)

        subject_alt_names = cast(list[str], d.pop("subjectAltNames", UNSET))

        key_size = d.pop("keySize", UNSET)

        key_type = d.pop("keyType", UNSET)

        generate_syslog_remote_host_csr_request = cls(
            cn=cn,
            start_date=start_date,
            days=days,
            country=country,
            state=state,
            location=location,
            organization=organization,
            orgunit=orgunit,
            email=email,
            subject_alt_names=subject_alt_names,
            key_size=key_size,
            key_type=key_type,
        )

        generate_syslog_remote_host_csr_request.additional_properties = d
        return generate_syslog_remote_host_csr_request

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
