from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectionPartition")


@_attrs_define
class ConnectionPartition:
    """
    Attributes:
        hostname (str): IP or FQDN of a Luna Network HSM server already added to the Connection Manager.
        partition_label (str): The partition's label on the HSM.
        serial_number (str): The partition's serial number, as a string.
        id (str | Unset): CM id of this entry (answers only).
    """

    hostname: str
    partition_label: str
    serial_number: str
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hostname = self.hostname

        partition_label = self.partition_label

        serial_number = self.serial_number

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hostname": hostname,
                "partition_label": partition_label,
                "serial_number": serial_number,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hostname = d.pop("hostname")

        partition_label = d.pop("partition_label")

        serial_number = d.pop("serial_number")

        id = d.pop("id", UNSET)

        connection_partition = cls(
            hostname=hostname,
            partition_label=partition_label,
            serial_number=serial_number,
            id=id,
        )

        connection_partition.additional_properties = d
        return connection_partition

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
