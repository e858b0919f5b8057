from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InitializePartitionRequest")


@_attrs_define
class InitializePartitionRequest:
    """v15 parameters. `password` and `domain` are required on password-based
    HSMs and optional on PED-based ones. The vendor's character classes are
    written here as valid anchored regexes.

        Attributes:
            label (str | Unset): Partition label; defaults to the partition name. Leading and trailing spaces are not
                allowed.
            domain (str | Unset): Cloning domain of a password-based partition.
            password (str | Unset): Partition SO password of a password-based partition.
            default_domain (bool | Unset): Use the default cloning domain (password-based partitions only).
            ped (str | Unset): PED to use, `0` for the local PED; ignored on password-based HSMs.
            domain_label (str | Unset): Label of the cloning domain, to tell several domains apart (v14).
    """

    label: str | Unset = UNSET
    domain: str | Unset = UNSET
    password: str | Unset = UNSET
    default_domain: bool | Unset = UNSET
    ped: str | Unset = UNSET
    domain_label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        domain = self.domain

        password = self.password

        default_domain = self.default_domain

        ped = self.ped

        domain_label = self.domain_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if domain is not UNSET:
            field_dict["domain"] = domain
        if password is not UNSET:
            field_dict["password"] = password
        if default_domain is not UNSET:
            field_dict["defaultDomain"] = default_domain
        if ped is not UNSET:
            field_dict["ped"] = ped
        if domain_label is not UNSET:
            field_dict["domainLabel"] = domain_label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label", UNSET)

        domain = d.pop("domain", UNSET)

        password = d.pop("password", UNSET)

        default_domain = d.pop("defaultDomain", UNSET)

        ped = d.pop("ped", UNSET)

        domain_label = d.pop("domainLabel", UNSET)

        initialize_partition_request = cls(
            label=label,
            domain=domain,
            password=password,
            default_domain=default_domain,
            ped=ped,
            domain_label=domain_label,
        )

        initialize_partition_request.additional_properties = d
        return initialize_partition_request

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
