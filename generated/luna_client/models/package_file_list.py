from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resource_ref import ResourceRef


T = TypeVar("T", bound="PackageFileList")


@_attrs_define
class PackageFileList:
    """The package files (undocumented shape; the array key is a guess).

    Attributes:
        package_files (list[ResourceRef] | Unset):
    """

    package_files: list[ResourceRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.resource_ref import ResourceRef  # noqa: PLC0415

        package_files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.package_files, Unset):
            package_files = []
            for package_files_item_data in self.package_files:
                package_files_item = package_files_item_data.to_dict()
                package_files.append(package_files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if package_files is not UNSET:
            field_dict["packageFiles"] = package_files

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.resource_ref import ResourceRef  # noqa: PLC0415

        d = dict(src_dict)
        _package_files = d.pop("packageFiles", UNSET)
        package_files: list[ResourceRef] | Unset = UNSET
        if _package_files is not UNSET:
            package_files = []
            for package_files_item_data in _package_files:
                package_files_item = ResourceRef.from_dict(package_files_item_data)

                package_files.append(package_files_item)

        package_file_list = cls(
            package_files=package_files,
        )

        package_file_list.additional_properties = d
        return package_file_list

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
