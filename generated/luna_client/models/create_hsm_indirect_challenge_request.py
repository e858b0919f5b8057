from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateHsmIndirectChallengeRequest")


@_attrs_define
class CreateHsmIndirectChallengeRequest:
    """
    Attributes:
        role (str): The role to log in indirectly, e.g. `so`. Example: so.
        ped (str): The PED used to authenticate to the HSM. Example: 1.
        certificate (str): The token-wrapping certificate from the admin HSM's partition (base64).
    """

    role: str
    ped: str
    certificate: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        ped = self.ped

        certificate = self.certificate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "ped": ped,
                "certificate": certificate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = d.pop("role")

        ped = d.pop("ped")

        certificate = d.pop("certificate")

        create_hsm_indirect_challenge_request = cls(
            role=role,
            ped=ped,
            certificate=certificate,
        )

        create_hsm_indirect_challenge_request.additional_properties = d
        return create_hsm_indirect_challenge_request

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
