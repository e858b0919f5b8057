from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LunaPartition")


@_attrs_define
class LunaPartition:
    """
    Attributes:
        id (str): The resource's id (UUID).
        uri (str | Unset): `kylo:kylo:<service>:<type>:<id>`.
        account (str | Unset):
        application (str | Unset):
        dev_account (str | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        partition_label (str | Unset): The partition's label (for example cckm-1607942872).
        connection (str | Unset): The connection it was added from (inferred).
        ha_enabled (bool | Unset): Whether it is an HA group (inferred).
        serial_numbers (list[str] | Unset): Member partition serial numbers (inferred).
    """

    id: str
    uri: str | Unset = UNSET
    account: str | Unset = UNSET
    application: str | Unset = UNSET
    dev_account: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    partition_label: str | Unset = UNSET
    connection: str | Unset = UNSET
    ha_enabled: bool | Unset = UNSET
    serial_numbers: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        uri = self.uri

        account = self.account

        application = self.application

        dev_account = self.dev_account

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        partition_label = self.partition_label

        connection = self.connection

        ha_enabled = self.ha_enabled

        serial_numbers: list[str] | Unset = UNSET
        if not isinstance(self.serial_numbers, Unset):
            serial_numbers = self.serial_numbers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if uri is not UNSET:
            field_dict["uri"] = uri
        if account is not UNSET:
            field_dict["account"] = account
        if application is not UNSET:
            field_dict["application"] = application
        if dev_account is not UNSET:
            field_dict["devAccount"] = dev_account
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if partition_label is not UNSET:
            field_dict["partition_label"] = partition_label
        if connection is not UNSET:
            field_dict["connection"] = connection
        if ha_enabled is not UNSET:
            field_dict["ha_enabled"] = ha_enabled
        if serial_numbers is not UNSET:
            field_dict["serial_numbers"] = serial_numbers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        uri = d.pop("uri", UNSET)

        account = d.pop("account", UNSET)

        application = d.pop("application", UNSET)

        dev_account = d.pop("devAccount", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        partition_label = d.pop("partition_label", UNSET)

        connection = d.pop("connection", UNSET)

        ha_enabled = d.pop("ha_enabled", UNSET)

        serial_numbers = cast(list[str], d.pop("serial_numbers", UNSET))

        luna_partition = cls(
            id=id,
            uri=uri,
            account=account,
            application=application,
            dev_account=dev_account,
            created_at=created_at,
            updated_at=updated_at,
            partition_label=partition_label,
            connection=connection,
            ha_enabled=ha_enabled,
            serial_numbers=serial_numbers,
        )

        luna_partition.additional_properties = d
        return luna_partition

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
