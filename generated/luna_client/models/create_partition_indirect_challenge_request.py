from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePartitionIndirectChallengeRequest")


@_attrs_define
class CreatePartitionIndirectChallengeRequest:
    """
    Attributes:
        ped (str): PED used to authenticate to the HSM.
        role (str): Role the challenge is for, e.g. `so`.
        certificate (str): Token-wrapping certificate of the other side (base64).
    """

    ped: str
    role: str
    certificate: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ped = self.ped

        role = self.role

        certificate = self.certificate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ped": ped,
                "role": role,
                "certificate": certificate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ped = d.pop("ped")

        role = d.pop("role")

        certificate = d.pop("certificate")

        create_partition_indirect_challenge_request = cls(
            ped=ped,
            role=role,
            certificate=certificate,
        )

        create_partition_indirect_challenge_request.additional_properties = d
        return create_partition_indirect_challenge_request

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
