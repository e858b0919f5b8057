from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserFile")


@_attrs_define
class UserFile:
    """A file in a user's file area ("User File").

    Attributes:
        download (str | Unset): URL to download the file (as a tgz archive). Example:
            /users/admin/files/importRole.txt/download.
        last_updated (str | Unset): Last modification time, "YYYY-MM-DD hh:mm:ss". Example: 2022-09-19 10:23:19.
        size (int | Unset): Size in bytes. Example: 180965.
    """

    download: str | Unset = UNSET
    last_updated: str | Unset = UNSET
    size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        download = self.download

        last_updated = self.last_updated

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if download is not UNSET:
            field_dict["download"] = download
        if last_updated is not UNSET:
            field_dict["lastUpdated"] = last_updated
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        download = d.pop("download", UNSET)

        last_updated = d.pop("lastUpdated", UNSET)

        size = d.pop("size", UNSET)

        user_file = cls(
            download=download,
            last_updated=last_updated,
            size=size,
        )

        user_file.additional_properties = d
        return user_file

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
