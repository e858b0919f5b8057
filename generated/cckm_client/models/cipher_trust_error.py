from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CipherTrustError")


@_attrs_define
class CipherTrustError:
    """CipherTrust error body. No Thales page shows one: the shape comes from
    public client code (a test fake stated to be checked against CM 2.22,
    and the Ansible collection, which detects errors by `codeDesc`).
    `codeDesc` reads `NCERR<Name>: <text>`.

        Attributes:
            code (int): Numeric error code (1 unauthorized, 9 invalid parameter, 15 bad request, 16 not found in client
                code).
            code_desc (str): `NCERR<Name>: <text>`.
            message (str | Unset): Not seen in any source; optional.
            request_id (str | Unset): Request id (client code only).
    """

    code: int
    code_desc: str
    message: str | Unset = UNSET
    request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        code_desc = self.code_desc

        message = self.message

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "codeDesc": code_desc,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if request_id is not UNSET:
            field_dict["requestID"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        code_desc = d.pop("codeDesc")

        message = d.pop("message", UNSET)

        request_id = d.pop("requestID", UNSET)

        cipher_trust_error = cls(
            code=code,
            code_desc=code_desc,
            message=message,
            request_id=request_id,
        )

        cipher_trust_error.additional_properties = d
        return cipher_trust_error

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
