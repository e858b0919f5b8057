from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PartitionRole")


@_attrs_define
class PartitionRole:
    """ "Partition Role description".

    Attributes:
        id (str):  Example: co.
        name (str):  Example: Crypto Officer.
        initialized (bool | Unset):
        activated (bool | Unset):
        locked_out (bool | Unset):
        login_attempts_left (int | Unset):
        pin_to_be_changed (bool | Unset):
        challenge_to_be_changed (bool | Unset):
        primary_authentication (str | Unset): How the role authenticates first, e.g. `PED` or a password. Example: PED.
        secondary_authentication (str | Unset): Secondary authentication, e.g. `None`. Example: None.
    """

    id: str
    name: str
    initialized: bool | Unset = UNSET
    activated: bool | Unset = UNSET
    locked_out: bool | Unset = UNSET
    login_attempts_left: int | Unset = UNSET
    pin_to_be_changed: bool | Unset = UNSET
    challenge_to_be_changed: bool | Unset = UNSET
    primary_authentication: str | Unset = UNSET
    secondary_authentication: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        initialized = self.initialized

        activated = self.activated

        locked_out = self.locked_out

        login_attempts_left = self.login_attempts_left

        pin_to_be_changed = self.pin_to_be_changed

        challenge_to_be_changed = self.challenge_to_be_changed

        primary_authentication = self.primary_authentication

        secondary_authentication = self.secondary_authentication

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if initialized is not UNSET:
            field_dict["initialized"] = initialized
        if activated is not UNSET:
            field_dict["activated"] = activated
        if locked_out is not UNSET:
            field_dict["lockedOut"] = locked_out
        if login_attempts_left is not UNSET:
            field_dict["loginAttemptsLeft"] = login_attempts_left
        if pin_to_be_changed is not UNSET:
            field_dict["pinToBeChanged"] = pin_to_be_changed
        if challenge_to_be_changed is not UNSET:
            field_dict["challengeToBeChanged"] = challenge_to_be_changed
        if primary_authentication is not UNSET:
            field_dict["primaryAuthentication"] = primary_authentication
        if secondary_authentication is not UNSET:
            field_dict["secondaryAuthentication"] = secondary_authentication

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        initialized = d.pop("initialized", UNSET)

        activated = d.pop("activated", UNSET)

        locked_out = d.pop("lockedOut", UNSET)

        login_attempts_left = d.pop("loginAttemptsLeft", UNSET)

        pin_to_be_changed = d.pop("pinToBeChanged", UNSET)

        challenge_to_be_changed = d.pop("challengeToBeChanged", UNSET)

        primary_authentication = d.pop("primaryAuthentication", UNSET)

        secondary_authentication = d.pop("secondaryAuthentication", UNSET)

        partition_role = cls(
            id=id,
            name=name,
            initialized=initialized,
            activated=activated,
            locked_out=locked_out,
            login_attempts_left=login_attempts_left,
            pin_to_be_changed=pin_to_be_changed,
            challenge_to_be_changed=challenge_to_be_changed,
            primary_authentication=primary_authentication,
            secondary_authentication=secondary_authentication,
        )

        partition_role.additional_properties = d
        return partition_role

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
