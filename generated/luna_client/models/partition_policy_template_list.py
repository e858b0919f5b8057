from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partition_policy_template_ref import PartitionPolicyTemplateRef


T = TypeVar("T", bound="PartitionPolicyTemplateList")


@_attrs_define
class PartitionPolicyTemplateList:
    """The stored templates (collection key assumed from the path).

    Attributes:
        partition_policy_templates (list[PartitionPolicyTemplateRef] | Unset):
    """

    partition_policy_templates: list[PartitionPolicyTemplateRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.partition_policy_template_ref import PartitionPolicyTemplateRef  # noqa: PLC0415

        partition_policy_templates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.partition_policy_templates, Unset):
            partition_policy_templates = []
            for partition_policy_templates_item_data in self.partition_policy_templates:
                partition_policy_templates_item = (
                    partition_policy_templates_item_data.to_dict()
                )
                partition_policy_templates.append(partition_policy_templates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if partition_policy_templates is not UNSET:
            field_dict["partitionPolicyTemplates"] = partition_policy_templates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.partition_policy_template_ref import PartitionPolicyTemplateRef  # noqa: PLC0415

        d = dict(src_dict)
        _partition_policy_templates = d.pop("partitionPolicyTemplates", UNSET)
        partition_policy_templates: list[PartitionPolicyTemplateRef] | Unset = UNSET
        if _partition_policy_templates is not UNSET:
            partition_policy_templates = []
            for partition_policy_templates_item_data in _partition_policy_templates:
                partition_policy_templates_item = PartitionPolicyTemplateRef.from_dict(
                    partition_policy_templates_item_data
                )

                partition_policy_templates.append(partition_policy_templates_item)

        partition_policy_template_list = cls(
            partition_policy_templates=partition_policy_templates,
        )

        partition_policy_template_list.additional_properties = d
        return partition_policy_template_list

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
