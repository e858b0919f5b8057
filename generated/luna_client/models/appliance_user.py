from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplianceUser")


@_attrs_define
class ApplianceUser:
    """An appliance user account ("User").

    Attributes:
        user_id (str):  Example: admin.
        full_name (str | Unset):  Example: Administrator.
        email (str | Unset):
        role (str | Unset): The user's role; "" when it has none. Example: admin.
        status (str | Unset): Account status, e.g. `enabled`. Example: enabled.
        changeable (bool | Unset): False for the built-in accounts (admin, operator, monitor).
        password_last_changed (str | Unset): Date of the last password change (YYYY-MM-DD). Example: 2022-08-29.
        password_expiry_days_remaining (int | Unset): Days until the password expires (v17). Example: 4.
        locked_out (bool | Unset): Whether the account is locked after failed logins (v17).
        account_lock_time (str | Unset): When the account was last locked, e.g. "2025-10-08 12:35:17 EDT" (v17).
        account_unlock_time (str | Unset): When the account was or will be unlocked (v17).
        actions (str | Unset): URL of the user's actions. Example: /users/admin/actions.
        certificates (str | Unset): URL of the user's login certificates. Example: /users/admin/certificates.
        files (str | Unset): URL of the user's file area. Example: /users/admin/files.
    """

    user_id: str
    full_name: str | Unset = UNSET
    email: str | Unset = UNSET
    role: str | Unset = UNSET
    status: str | Unset = UNSET
    changeable: bool | Unset = UNSET
    password_last_changed: str | Unset = UNSET
    password_expiry_days_remaining: int | Unset = UNSET
    locked_out: bool | Unset = UNSET
    account_lock_time: str | Unset = UNSET
    account_unlock_time: str | Unset = UNSET
    actions: str | Unset = UNSET
    certificates: str | Unset = UNSET
    files: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        full_name = self.full_name

        email = self.email

        role = self.role

        status = self.status

        changeable = self.changeable

        password_last_changed = self.password_last_changed

        password_expiry_days_remaining = self.password_expiry_days_remaining

        locked_out = self.locked_out

        account_lock_time = self.account_lock_time

        account_unlock_time = self.account_unlock_time

        actions = self.actions

        certificates = self.certificates

        files = self.files

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
            }
        )
        if full_name is not UNSET:
            field_dict["fullName"] = full_name
        if email is not UNSET:
            field_dict["email"] = email
        if role is not UNSET:
            field_dict["role"] = role
        if status is not UNSET:
            field_dict["status"] = status
        if changeable is not UNSET:
            field_dict["changeable"] = changeable
        if password_last_changed is not UNSET:
            field_dict["passwordLastChanged"] = password_last_changed
        if password_expiry_days_remaining is not UNSET:
            field_dict["passwordExpiryDaysRemaining"] = password_expiry_days_remaining
        if locked_out is not UNSET:
            field_dict["lockedOut"] = locked_out
        if account_lock_time is not UNSET:
            field_dict["accountLockTime"] = account_lock_time
        if account_unlock_time is not UNSET:
            field_dict["accountUnlockTime"] = account_unlock_time
        if actions is not UNSET:
            field_dict["actions"] = actions
        if certificates is not UNSET:
            field_dict["certificates"] = certificates
        if files is not UNSET:
            field_dict["files"] = files

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("userId")

        full_name = d.pop("fullName", UNSET)

        email = d.pop("email", UNSET)

        role = d.pop("role", UNSET)

        status = d.pop("status", UNSET)

        changeable = d.pop("changeable", UNSET)

        password_last_changed = d.pop("passwordLastChanged", UNSET)

        password_expiry_days_remaining = d.pop("passwordExpiryDaysRemaining", UNSET)

        locked_out = d.pop("lockedOut", UNSET)

        account_lock_time = d.pop("accountLockTime", UNSET)

        account_unlock_time = d.pop("accountUnlockTime", UNSET)

        actions = d.pop("actions", UNSET)

        certificates = d.pop("certificates", UNSET)

        files = d.pop("files", UNSET)

        appliance_user = cls(
            user_id=user_id,
            full_name=full_name,
            email=email,
            role=role,
            status=status,
            changeable=changeable,
            password_last_changed=password_last_changed,
            password_expiry_days_remaining=password_expiry_days_remaining,
            locked_out=locked_out,
            account_lock_time=account_lock_time,
            account_unlock_time=account_unlock_time,
            actions=actions,
            certificates=certificates,
            files=files,
        )

        appliance_user.additional_properties = d
        return appliance_user

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
