from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSyslogRemoteHostCaRequest")


@_attrs_define
class CreateSyslogRemoteHostCaRequest:
    """Exactly one of `certificate` (inline PEM) or `file` (a `.pem` file in the caller's file area).

    Attributes:
        certificate (str | Unset): The CA certificate in PEM, newlines sent as `\\n` escapes.
        file (str | Unset): Name of a file uploaded before to the caller's file area
            (`POST /users/{userid}/files`): 1-64 characters from letters, digits,
            `_`, `.`, `-` and space, not starting with `.` and not ending with a
            space (the reference gives an unanchored character class plus these rules).
    """

    certificate: str | Unset = UNSET
    file: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        certificate = self.certificate

        file = self.file

        field_dict: dict[str, Any] = {}

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

        create_syslog_remote_host_ca_request = cls(
            certificate=certificate,
            file=file,
        )

        return create_syslog_remote_host_ca_request
