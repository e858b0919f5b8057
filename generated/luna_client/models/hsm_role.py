from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hsm_role_indirect_login_version import HsmRoleIndirectLoginVersion
from ..types import UNSET, Unset

T = TypeVar("T", bound="HsmRole")


@_attrs_define
class HsmRole:
    """An HSM role ("HSM Role description").

    Attributes:
        id (str):  Example: audit.
        name (str):  Example: Auditor.
        activated (bool | Unset): Whether the role's PED credential is activated (cached).
        challenge_to_be_changed (bool | Unset): Whether the role's challenge must be changed.
        initialized (bool | Unset):
        indirect_login_version (HsmRoleIndirectLoginVersion | Unset): Indirect-login protocol the role is set up for:
            `legacyKey`
            (fw < 7.7.0), `key` (fw 7.7.0+, HA login v1.1), `pkc` (fw 7.7.0+,
            v2) or `None`.
        locked_out (bool | Unset):
        login_attempts_left (int | Unset):  Example: 10.
        change_password_attempts_left (int | Unset):  Example: 3.
        pin_to_be_changed (bool | Unset): Whether the role's password (PIN) must be changed.
        primary_authentication (str | Unset): Primary authentication, e.g. `PIN` or `PED`. Example: PIN.
        secondary_authentication (str | Unset): Secondary authentication, e.g. `None`. Example: None.
    """

    id: str
    name: str
    activated: bool | Unset = UNSET
    challenge_to_be_changed: bool | Unset = UNSET
    initialized: bool | Unset = UNSET
    indirect_login_version: HsmRoleIndirectLoginVersion | Unset = UNSET
    locked_out: bool | Unset = UNSET
    login_attempts_left: int | Unset = UNSET
    change_password_attempts_left: int | Unset = UNSET
    pin_to_be_changed: bool | Unset = UNSET
    primary_authentication: str | Unset = UNSET
    secondary_authentication: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        activated = self.activated

        challenge_to_be_changed = self.challenge_to_be_changed

        initialized = self.initialized

        indirect_login_version: str | Unset = UNSET
        if not isinstance(self.indirect_login_version, Unset):
            indirect_login_version = self.indirect_login_version.value

        locked_out = self.locked_out

        login_attempts_left = self.login_attempts_left

        change_password_attempts_left = self.change_password_attempts_left

        pin_to_be_changed = self.pin_to_be_changed

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
        if activated is not UNSET:
            field_dict["activated"] = activated
        if challenge_to_be_changed is not UNSET:
            field_dict["challengeToBeChanged"] = challenge_to_be_changed
        if initialized is not UNSET:
            field_dict["initialized"] = initialized
        if indirect_login_version is not UNSET:
            field_dict["indirectLoginVersion"] = indirect_login_version
        if locked_out is not UNSET:
            field_dict["lockedOut"] = locked_out
        if login_attempts_left is not UNSET:
            field_dict["loginAttemptsLeft"] = login_attempts_left
        if change_password_attempts_left is not UNSET:
            field_dict["changePasswordAttemptsLeft"] = change_password_attempts_left
        if pin_to_be_changed is not UNSET:
            field_dict["pinToBeChanged"] = pin_to_be_changed
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

        activated = d.pop("activated", UNSET)

        challenge_to_be_changed = d.pop("challengeToBeChanged", UNSET)

        initialized = d.pop("initialized", UNSET)

        _indirect_login_version = d.pop("indirectLoginVersion", UNSET)
        indirect_login_version: HsmRoleIndirectLoginVersion | Unset
        if isinstance(_indirect_login_version, Unset):
            indirect_login_version = UNSET
        else:
            indirect_login_version = HsmRoleIndirectLoginVersion(
                _indirect_login_version
            )

        locked_out = d.pop("lockedOut", UNSET)

        login_attempts_left = d.pop("loginAttemptsLeft", UNSET)

        change_password_attempts_left = d.pop("changePasswordAttemptsLeft", UNSET)

        pin_to_be_changed = d.pop("pinToBeChanged", UNSET)

        primary_authentication = d.pop("primaryAuthentication", UNSET)

        secondary_authentication = d.pop("secondaryAuthentication", UNSET)

        hsm_role = cls(
            id=id,
            name=name,
            activated=activated,
            challenge_to_be_changed=challenge_to_be_changed,
            initialized=initialized,
            indirect_login_version=indirect_login_version,
            locked_out=locked_out,
            login_attempts_left=login_attempts_left,
            change_password_attempts_left=change_password_attempts_left,
            pin_to_be_changed=pin_to_be_changed,
            primary_authentication=primary_authentication,
            secondary_authentication=secondary_authentication,
        )

        hsm_role.additional_properties = d
        return hsm_role

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
