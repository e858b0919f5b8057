from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.luna_attribute import LunaAttribute
from ..models.rsa_key_create_size import RsaKeyCreateSize
from ..models.rsa_mechanism import RsaMechanism
from ..types import UNSET, Unset

T = TypeVar("T", bound="RsaKeyCreate")


@_attrs_define
class RsaKeyCreate:
    """An RSA key pair (2048, 3072 or 4096 bits).

    Attributes:
        label (str): The key's label.
        size (RsaKeyCreateSize):
        partition_id (str): The CCKM partition to create the key in.
        mechanism (RsaMechanism):
        attributes (list[LunaAttribute] | Unset): Attributes to set true.
    """

    label: str
    size: RsaKeyCreateSize
    partition_id: str
    mechanism: RsaMechanism
    attributes: list[LunaAttribute] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        size = self.size.value

        partition_id = self.partition_id

        mechanism = self.mechanism.value

        attributes: list[str] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.value
                attributes.append(attributes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "size": size,
                "partition_id": partition_id,
                "mechanism": mechanism,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        size = RsaKeyCreateSize(d.pop("size"))

        partition_id = d.pop("partition_id")

        mechanism = RsaMechanism(d.pop("mechanism"))

        _attributes = d.pop("attributes", UNSET)
        attributes: list[LunaAttribute] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = LunaAttribute(attributes_item_data)

                attributes.append(attributes_item)

        rsa_key_create = cls(
            label=label,
            size=size,
            partition_id=partition_id,
            mechanism=mechanism,
            attributes=attributes,
        )

        rsa_key_create.additional_properties = d
        return rsa_key_create

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
