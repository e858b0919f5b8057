from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReplaceNtlsClientCertificateRequest")


@_attrs_define
class ReplaceNtlsClientCertificateRequest:
    """Exactly one of `certificate` (PEM content) and `file` (name of an uploaded file).

    Attributes:
        certificate (str | Unset): The client certificate in PEM, line breaks sent as `\\n`.
        file (str | Unset): Name of the certificate file in the caller's file area.
    """

    certificate: str | Unset = UNSET
    file: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        certificate = self.certificate

        file = self.file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if certificate is not UNSET:
            field_dict["certificate"] = certificate
        if file is not UNSET:
            field_dict["file"] = file

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        certificate = d.pop("certificate", UNSET)

        file = d.pop("file", UNSET)

        replace_ntls_client_certificate_request = cls(
            certificate=certificate,
            file=file,
        )

        replace_ntls_client_certificate_request.additional_properties = d
        return replace_ntls_client_certificate_request

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
