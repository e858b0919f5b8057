from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InitializeHsmRequest")


@_attrs_define
class InitializeHsmRequest:
    """v17 parameters. On a password-authenticated HSM send `password` and
    `domain` (or `defaultDomain: true`); on a PED-authenticated HSM send
    `ped` and the PED collects the credentials.

        Attributes:
            label (str): The HSM label.
            ped (str | Unset): PED to use on a PED-authenticated HSM, `0` local or `1` remote; ignored on password HSMs.
            password (str | Unset): SO password (password-authenticated HSMs).
            domain (str | Unset): Cloning domain (password-authenticated HSMs). The first character may not be a space or
                one of ``&|<>`;"\\``.
            default_domain (bool | Unset): Use the default cloning domain (password-authenticated HSMs only). Default:
                False.
            ppt_file (str | Unset): A policy template file (`.txt` or `.ppt`) in the caller's file area to initialize the
                HSM with.
    """

    label: str
    ped: str | Unset = UNSET
    password: str | Unset = UNSET
    domain: str | Unset = UNSET
    default_domain: bool | Unset = False
    ppt_file: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        ped = self.ped

        password = self.password

        domain = self.domain

        default_domain = self.default_domain

        ppt_file = self.ppt_file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
            }
        )
        if ped is not UNSET:
            field_dict["ped"] = ped
        if password is not UNSET:
            field_dict["password"] = password
        if domain is not UNSET:
            field_dict["domain"] = domain
        if default_domain is not UNSET:
            field_dict["defaultDomain"] = default_domain
        if ppt_file is not UNSET:
            field_dict["pptFile"] = ppt_file

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        ped = d.pop("ped", UNSET)

        password = d.pop("password", UNSET)

        domain = d.pop("domain", UNSET)

        default_domain = d.pop("defaultDomain", UNSET)

        ppt_file = d.pop("pptFile", UNSET)

        initialize_hsm_request = cls(
            label=label,
            ped=ped,
            password=password,
            domain=domain,
            default_domain=default_domain,
            ppt_file=ppt_file,
        )

        initialize_hsm_request.additional_properties = d
        return initialize_hsm_request

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
