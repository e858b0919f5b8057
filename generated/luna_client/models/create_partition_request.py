from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_partition_request_version import CreatePartitionRequestVersion
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePartitionRequest")


@_attrs_define
class CreatePartitionRequest:
    """v14 parameters. Either `allStorageSpace: true` or a `size` is needed.
    (The 4.0.0 legacy parameters shown in the guide's chapter 3 example,
    such as `label`, `password`, `domain`, are not part of the v14 body.)

        Attributes:
            name (str): Name of the new partition; letters, digits, space and `!@#$%^*()-_=+{}[]:,./~`.
            has_pso (bool): Create the partition with its own Security Officer.
            all_storage_space (bool | Unset): Give the partition all remaining storage (`size` is then ignored).
            size (int | Unset): Storage to assign, in bytes, when `allStorageSpace` is false.
            version (CreatePartitionRequestVersion | Unset): Partition version. Default:
                CreatePartitionRequestVersion.VALUE_0.
    """

    name: str
    has_pso: bool
    all_storage_space: bool | Unset = UNSET
    size: int | Unset = UNSET
    version: CreatePartitionRequestVersion | Unset = (
        CreatePartitionRequestVersion.VALUE_0
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        has_pso = self.has_pso

        all_storage_space = self.all_storage_space

        size = self.size

        version: int | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "hasPso": has_pso,
            }
        )
        if all_storage_space is not UNSET:
            field_dict["allStorageSpace"] = all_storage_space
        if size is not UNSET:
            field_dict["size"] = size
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        has_pso = d.pop("hasPso")

        all_storage_space = d.pop("allStorageSpace", UNSET)

        size = d.pop("size", UNSET)

        _version = d.pop("version", UNSET)
        version: CreatePartitionRequestVersion | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = CreatePartitionRequestVersion(_version)

        create_partition_request = cls(
            name=name,
            has_pso=has_pso,
            all_storage_space=all_storage_space,
            size=size,
            version=version,
        )

        create_partition_request.additional_properties = d
        return create_partition_request

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
