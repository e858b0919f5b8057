from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connection_partition import ConnectionPartition
    from ..models.luna_connection_meta_type_0 import LunaConnectionMetaType0


T = TypeVar("T", bound="LunaConnection")


@_attrs_define
class LunaConnection:
    """
    Attributes:
        id (str): The resource's id (UUID).
        name (str):
        uri (str | Unset): `kylo:kylo:<service>:<type>:<id>`.
        account (str | Unset):
        application (str | Unset):
        dev_account (str | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        description (str | Unset):
        products (list[str] | Unset):
        meta (LunaConnectionMetaType0 | None | Unset):
        is_ha_enabled (bool | Unset):
        partitions (list[ConnectionPartition] | Unset):
        last_connection_ok (bool | None | Unset): Result of the last test (null = never tested); implied by a filter
            name only.
        last_connection_at (None | str | Unset): Time of the last test; implied by a filter name only.
    """

    id: str
    name: str
    uri: str | Unset = UNSET
    account: str | Unset = UNSET
    application: str | Unset = UNSET
    dev_account: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    products: list[str] | Unset = UNSET
    meta: LunaConnectionMetaType0 | None | Unset = UNSET
    is_ha_enabled: bool | Unset = UNSET
    partitions: list[ConnectionPartition] | Unset = UNSET
    last_connection_ok: bool | None | Unset = UNSET
    last_connection_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.connection_partition import ConnectionPartition  # noqa: PLC0415
        from ..models.luna_connection_meta_type_0 import LunaConnectionMetaType0  # noqa: PLC0415

        id = self.id

        name = self.name

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

        description = self.description

        products: list[str] | Unset = UNSET
        if not isinstance(self.products, Unset):
            products = self.products

        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, LunaConnectionMetaType0):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        is_ha_enabled = self.is_ha_enabled

        partitions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.partitions, Unset):
            partitions = []
            for partitions_item_data in self.partitions:
                partitions_item = partitions_item_data.to_dict()
                partitions.append(partitions_item)

        last_connection_ok: bool | None | Unset
        if isinstance(self.last_connection_ok, Unset):
            last_connection_ok = UNSET
        else:
            last_connection_ok = self.last_connection_ok

        last_connection_at: None | str | Unset
        if isinstance(self.last_connection_at, Unset):
            last_connection_at = UNSET
        else:
            last_connection_at = self.last_connection_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
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
        if description is not UNSET:
            field_dict["description"] = description
        if products is not UNSET:
            field_dict["products"] = products
        if meta is not UNSET:
            field_dict["meta"] = meta
        if is_ha_enabled is not UNSET:
            field_dict["is_ha_enabled"] = is_ha_enabled
        if partitions is not UNSET:
            field_dict["partitions"] = partitions
        if last_connection_ok is not UNSET:
            field_dict["last_connection_ok"] = last_connection_ok
        if last_connection_at is not UNSET:
            field_dict["last_connection_at"] = last_connection_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.connection_partition import ConnectionPartition  # noqa: PLC0415
        from ..models.luna_connection_meta_type_0 import LunaConnectionMetaType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

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

        description = d.pop("description", UNSET)

        products = cast(list[str], d.pop("products", UNSET))

        def _parse_meta(data: object) -> LunaConnectionMetaType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_type_0 = LunaConnectionMetaType0.from_dict(data)

                return meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LunaConnectionMetaType0 | None | Unset, data)

        meta = _parse_meta(d.pop("meta", UNSET))

        is_ha_enabled = d.pop("is_ha_enabled", UNSET)

        _partitions = d.pop("partitions", UNSET)
        partitions: list[ConnectionPartition] | Unset = UNSET
        if _partitions is not UNSET:
            partitions = []
            for partitions_item_data in _partitions:
                partitions_item = ConnectionPartition.from_dict(partitions_item_data)

                partitions.append(partitions_item)

        def _parse_last_connection_ok(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        last_connection_ok = _parse_last_connection_ok(
            d.pop("last_connection_ok", UNSET)
        )

        def _parse_last_connection_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_connection_at = _parse_last_connection_at(
            d.pop("last_connection_at", UNSET)
        )

        luna_connection = cls(
            id=id,
            name=name,
            uri=uri,
            account=account,
            application=application,
            dev_account=dev_account,
            created_at=created_at,
            updated_at=updated_at,
            description=description,
            products=products,
            meta=meta,
            is_ha_enabled=is_ha_enabled,
            partitions=partitions,
            last_connection_ok=last_connection_ok,
            last_connection_at=last_connection_at,
        )

        luna_connection.additional_properties = d
        return luna_connection

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
