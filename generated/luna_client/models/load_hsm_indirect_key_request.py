from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoadHsmIndirectKeyRequest")


@_attrs_define
class LoadHsmIndirectKeyRequest:
    """`exponent` and `modulus` for `type=legacyKey` and `type=key`;
    `roles` and `pkcChain` for `type=pkc`.

        Attributes:
            exponent (str | Unset): Public exponent of the admin partition's indirect-login key (base64). Example: AQAB.
            modulus (str | Unset): Modulus of the admin partition's indirect-login key (base64).
            roles (str | Unset): Comma-separated roles to set up for HA login, e.g. `so,co,cu,lco` (pkc only). Example:
                so,co,cu,lco.
            pkc_chain (str | Unset): The public-key-confirmation chain exported from the admin partition (pkc only).
    """

    exponent: str | Unset = UNSET
    modulus: str | Unset = UNSET
    roles: str | Unset = UNSET
    pkc_chain: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exponent = self.exponent

        modulus = self.modulus

        roles = self.roles

        pkc_chain = self.pkc_chain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exponent is not UNSET:
            field_dict["exponent"] = exponent
        if modulus is not UNSET:
            field_dict["modulus"] = modulus
        if roles is not UNSET:
            field_dict["roles"] = roles
        if pkc_chain is not UNSET:
            field_dict["pkcChain"] = pkc_chain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exponent = d.pop("exponent", UNSET)

        modulus = d.pop("modulus", UNSET)

        roles = d.pop("roles", UNSET)

        pkc_chain = d.pop("pkcChain", UNSET)

        load_hsm_indirect_key_request = cls(
            exponent=exponent,
            modulus=modulus,
            roles=roles,
            pkc_chain=pkc_chain,
        )

        load_hsm_indirect_key_request.additional_properties = d
        return load_hsm_indirect_key_request

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
