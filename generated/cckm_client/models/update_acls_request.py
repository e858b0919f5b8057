from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.acl_entry import AclEntry


T = TypeVar("T", bound="UpdateAclsRequest")


@_attrs_define
class UpdateAclsRequest:
    """Either one entry at the top level or several under `acls` (both shapes exist in sibling CCKM APIs).

    Attributes:
        user_id (str | Unset):
        group (str | Unset):
        actions (list[str] | Unset):
        permit (bool | Unset):
        acls (list[AclEntry] | Unset):
    """

    user_id: str | Unset = UNSET
    group: str | Unset = UNSET
    actions: list[str] | Unset = UNSET
    permit: bool | Unset = UNSET
    acls: list[AclEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.acl_entry import AclEntry  # noqa: PLC0415

        user_id = self.user_id

        group = self.group

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        permit = self.permit

        acls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.acls, Unset):
            acls = []
            for acls_item_data in self.acls:
                acls_item = acls_item_data.to_dict()
                acls.append(acls_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if group is not UNSET:
            field_dict["group"] = group
        if actions is not UNSET:
            field_dict["actions"] = actions
        if permit is not UNSET:
            field_dict["permit"] = permit
        if acls is not UNSET:
            field_dict["acls"] = acls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.acl_entry import AclEntry  # noqa: PLC0415

        d = dict(src_dict)
        user_id = d.pop("user_id", UNSET)

        group = d.pop("group", UNSET)

        actions = cast(list[str], d.pop("actions", UNSET))

        permit = d.pop("permit", UNSET)

        _acls = d.pop("acls", UNSET)
        acls: list[AclEntry] | Unset = UNSET
        if _acls is not UNSET:
            acls = []
            for acls_item_data in _acls:
                acls_item = AclEntry.from_dict(acls_item_data)

                acls.append(acls_item)

        update_acls_request = cls(
            user_id=user_id,
            group=group,
            actions=actions,
            permit=permit,
            acls=acls,
        )

        update_acls_request.additional_properties = d
        return update_acls_request

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
