from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Partition")


@_attrs_define
class Partition:
    """ "Partition description". No reference page was found; the properties
    below are those public clients read. The appliance sends more (serial
    number, storage sizes, links), whose names are not documented. The
    four are required: public clients read them without checking that
    they are there (facts #65, 2.10).

        Attributes:
            name (str): The partition's name, given at creation.
            label (str): The label given at initialization (defaults to the name).
            state (str): Partition state, e.g. `initialized` or `zeroized`. Example: initialized.
            version (int): Partition version, 0 or 1. Example: 0.
    """

    name: str
    label: str
    state: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        label = self.label

        state = self.state

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "label": label,
                "state": state,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        label = d.pop("label")

        state = d.pop("state")

        version = d.pop("version")

        partition = cls(
            name=name,
            label=label,
            state=state,
            version=version,
        )

        partition.additional_properties = d
        return partition

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
