from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoginHsmRequest")


@_attrs_define
class LoginHsmRequest:
    """Direct login: `role` with `password` (password HSMs) or `ped`
    (PED HSMs). Indirect login: `response` alone. The v17 constraints of
    these fields are not published; the 4.0.0 page types them all as
    strings.

        Attributes:
            password (str | Unset): The role's password (password-authenticated HSMs).
            ped (str | Unset): PED to use, `0` for the local PED, 1 or more for a remote PED; ignored on password HSMs.
                Example: 0.
            role (str | Unset): The HSM role to log in, e.g. `so`. Example: so.
            response (str | Unset): An indirect-login response (from `POST .../indirect/responses` on the admin HSM).
    """

    password: str | Unset = UNSET
    ped: str | Unset = UNSET
    role: str | Unset = UNSET
    response: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        password = self.password

        ped = self.ped

        role = self.role

        response = self.response

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if password is not UNSET:
            field_dict["password"] = password
        if ped is not UNSET:
            field_dict["ped"] = ped
        if role is not UNSET:
            field_dict["role"] = role
        if response is not UNSET:
            field_dict["response"] = response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        password = d.pop("password", UNSET)

        ped = d.pop("ped", UNSET)

        role = d.pop("role", UNSET)

        response = d.pop("response", UNSET)

        login_hsm_request = cls(
            password=password,
            ped=ped,
            role=role,
            response=response,
        )

        login_hsm_request.additional_properties = d
        return login_hsm_request

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
