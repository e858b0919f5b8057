from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_description_status import ErrorDescriptionStatus
from ..models.error_description_type import ErrorDescriptionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorDescription")


@_attrs_define
class ErrorDescription:
    """The appliance's error body ("Error Description").

    Example:
        {'details': 'The input data does not conform to the required validation schema.', 'id': 'FRAMEWORK_BAD_REQUEST',
            'message': 'Bad request', 'returnCode': 400, 'status': 'ERROR', 'type': 'FRAMEWORK'}

    Attributes:
        id (str): Error code name, e.g. `FRAMEWORK_BAD_REQUEST`. Example: FRAMEWORK_BAD_REQUEST.
        message (str): Summary of the error.
        return_code (int): The HTTP status code, repeated.
        status (ErrorDescriptionStatus):
        type_ (ErrorDescriptionType): Where the error came from.
        details (str | Unset): Human-readable description of what went wrong.
    """

    id: str
    message: str
    return_code: int
    status: ErrorDescriptionStatus
    type_: ErrorDescriptionType
    details: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        message = self.message

        return_code = self.return_code

        status = self.status.value

        type_ = self.type_.value

        details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "message": message,
                "returnCode": return_code,
                "status": status,
                "type": type_,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        message = d.pop("message")

        return_code = d.pop("returnCode")

        status = ErrorDescriptionStatus(d.pop("status"))

        type_ = ErrorDescriptionType(d.pop("type"))

        details = d.pop("details", UNSET)

        error_description = cls(
            id=id,
            message=message,
            return_code=return_code,
            status=status,
            type_=type_,
            details=details,
        )

        error_description.additional_properties = d
        return error_description

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
