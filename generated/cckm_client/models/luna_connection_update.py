from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connection_product import ConnectionProduct
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.luna_connection_update_meta import LunaConnectionUpdateMeta


T = TypeVar("T", bound="LunaConnectionUpdate")


@_attrs_define
class LunaConnectionUpdate:
    """
    Attributes:
        password (str | Unset):
        is_ha_enabled (bool | Unset):
        products (list[ConnectionProduct] | Unset):
        description (str | Unset):
        meta (LunaConnectionUpdateMeta | Unset):
    """

    password: str | Unset = UNSET
    is_ha_enabled: bool | Unset = UNSET
    products: list[ConnectionProduct] | Unset = UNSET
    description: str | Unset = UNSET
    meta: LunaConnectionUpdateMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.luna_connection_update_meta import LunaConnectionUpdateMeta  # noqa: PLC0415

        password = self.password

        is_ha_enabled = self.is_ha_enabled

        products: list[str] | Unset = UNSET
        if not isinstance(self.products, Unset):
            products = []
            for products_item_data in self.products:
                products_item = products_item_data.value
                products.append(products_item)

        description = self.description

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if password is not UNSET:
            field_dict["password"] = password
        if is_ha_enabled is not UNSET:
            field_dict["is_ha_enabled"] = is_ha_enabled
        if products is not UNSET:
            field_dict["products"] = products
        if description is not UNSET:
            field_dict["description"] = description
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.luna_connection_update_meta import LunaConnectionUpdateMeta  # noqa: PLC0415

        d = dict(src_dict)
        password = d.pop("password", UNSET)

        is_ha_enabled = d.pop("is_ha_enabled", UNSET)

        _products = d.pop("products", UNSET)
        products: list[ConnectionProduct] | Unset = UNSET
        if _products is not UNSET:
            products = []
            for products_item_data in _products:
                products_item = ConnectionProduct(products_item_data)

                products.append(products_item)

        description = d.pop("description", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: LunaConnectionUpdateMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = LunaConnectionUpdateMeta.from_dict(_meta)

        luna_connection_update = cls(
            password=password,
            is_ha_enabled=is_ha_enabled,
            products=products,
            description=description,
            meta=meta,
        )

        luna_connection_update.additional_properties = d
        return luna_connection_update

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
