from __future__ import annotations

import json
from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="InstallPackageFileUpload")


@_attrs_define
class InstallPackageFileUpload:
    """Multipart form carrying the package file itself and its authorization code.

    Attributes:
        file (File): The secure package (`.spkg`).
        auth_code (str): The package's 16-character authorization code.
        use_des_3 (bool | Unset): Verify and decrypt with the DES3 cipher (not together with `useEvp`).
        use_evp (bool | Unset): Verify and decrypt with OpenSSL EVP; no HSM SO login needed then (not together with
            `useDes3`).
    """

    file: File
    auth_code: str
    use_des_3: bool | Unset = UNSET
    use_evp: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        auth_code = self.auth_code

        use_des_3 = self.use_des_3

        use_evp = self.use_evp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
                "authCode": auth_code,
            }
        )
        if use_des_3 is not UNSET:
            field_dict["useDes3"] = use_des_3
        if use_evp is not UNSET:
            field_dict["useEvp"] = use_evp

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(("authCode", (None, str(self.auth_code).encode(), "text/plain")))

        if not isinstance(self.use_des_3, Unset):
            files.append(
                ("useDes3", (None, str(self.use_des_3).encode(), "text/plain"))
            )

        if not isinstance(self.use_evp, Unset):
            files.append(("useEvp", (None, str(self.use_evp).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        auth_code = d.pop("authCode")

        use_des_3 = d.pop("useDes3", UNSET)

        use_evp = d.pop("useEvp", UNSET)

        install_package_file_upload = cls(
            file=file,
            auth_code=auth_code,
            use_des_3=use_des_3,
            use_evp=use_evp,
        )

        install_package_file_upload.additional_properties = d
        return install_package_file_upload

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
