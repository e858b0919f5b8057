from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connection_product import ConnectionProduct
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connection_partition import ConnectionPartition
    from ..models.luna_connection_create_meta import LunaConnectionCreateMeta


T = TypeVar("T", bound="LunaConnectionCreate")


@_attrs_define
class LunaConnectionCreate:
    """
    Attributes:
        name (str): Unique connection name.
        password (str): The partition's Crypto Officer password (the same on every HA member).
        partitions (list[ConnectionPartition]): One partition, or the members of an HA group (then is_ha_enabled must be
            true).
        products (list[ConnectionProduct] | Unset):
        is_ha_enabled (bool | Unset):  Default: False.
        description (str | Unset):
        meta (LunaConnectionCreateMeta | Unset): Free-form key/value data.
    """

    name: str
    password: str
    partitions: list[ConnectionPartition]
    products: list[ConnectionProduct] | Unset = UNSET
    is_ha_enabled: bool | Unset = False
    description: str | Unset = UNSET
    meta: LunaConnectionCreateMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.connection_partition import ConnectionPartition  # noqa: PLC0415
        from ..models.luna_connection_create_meta import LunaConnectionCreateMeta  # noqa: PLC0415

        name = self.name

        password = self.password

        partitions = []
        for partitions_item_data in self.partitions:
            partitions_item = partitions_item_data.to_dict()
            partitions.append(partitions_item)

        products: list[str] | Unset = UNSET
        if not isinstance(self.products, Unset):
            products = []
            for products_item_data in self.products:
                products_item = products_item_data.value
                products.append(products_item)

        is_ha_enabled = self.is_ha_enabled

        description = self.description

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "password": password,
                "partitions": partitions,
            }
        )
        if products is not UNSET:
            field_dict["products"] = products
        if is_ha_enabled is not UNSET:
            field_dict["is_ha_enabled"] = is_ha_enabled
        if description is not UNSET:
            field_dict["description"] = description
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.connection_partition import ConnectionPartition  # noqa: PLC0415
        from ..models.luna_connection_create_meta import LunaConnectionCreateMeta  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        password = d.pop("password")

        partitions = []
        _partitions = d.pop("partitions")
        for partitions_item_data in _partitions:
            partitions_item = ConnectionPartition.from_dict(partitions_item_data)

            partitions.append(partitions_item)

        _products = d.pop("products", UNSET)
        products: list[ConnectionProduct] | Unset = UNSET
        if _products is not UNSET:
            products = []
            for products_item_data in _products:
                products_item = ConnectionProduct(products_item_data)

                products.append(products_item)

        is_ha_enabled = d.pop("is_ha_enabled", UNSET)

        description = d.pop("description", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: LunaConnectionCreateMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = LunaConnectionCreateMeta.from_dict(_meta)

        luna_connection_create = cls(
            name=name,
            password=password,
            partitions=partitions,
            products=products,
            is_ha_enabled=is_ha_enabled,
            description=description,
            meta=meta,
        )

        luna_connection_create.additional_properties = d
        return luna_connection_create

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
