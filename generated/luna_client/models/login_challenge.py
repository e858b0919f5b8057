from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoginChallenge")


@_attrs_define
class LoginChallenge:
    """A certificate-login challenge (shape from client code).

    Attributes:
        challenge (str): Base64 challenge, encrypted to the user's certificate.
        nonce (str): Base64 nonce to XOR with the decrypted challenge.
        certificate (str | Unset): The server's PEM certificate; encrypt the answer to its public key.
    """

    challenge: str
    nonce: str
    certificate: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        challenge = self.challenge

        nonce = self.nonce

        certificate = self.certificate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "challenge": challenge,
                "nonce": nonce,
            }
        )
        if certificate is not UNSET:
            field_dict["certificate"] = certificate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        challenge = d.pop("challenge")

        nonce = d.pop("nonce")

        certificate = d.pop("certificate", UNSET)

        login_challenge = cls(
            challenge=challenge,
            nonce=nonce,
            certificate=certificate,
        )

        login_challenge.additional_properties = d
        return login_challenge

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
