from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grant_type import GrantType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenRequest")


@_attrs_define
class TokenRequest:
    """
    Attributes:
        grant_type (GrantType | Unset): How the token is asked for; `password` when absent. This kit uses
            `password` and `refresh_token`; the two certificate grants present a
            client certificate during TLS negotiation.
        username (str | Unset): User name (password grant); `<connection>|<user>` for an LDAP user.
        name (str | Unset): User name as the REST API page spells it (password grant).
        password (str | Unset): Password (password grant only).
        refresh_token (str | Unset): The refresh token (refresh_token grant).
        domain (str | Unset): Domain to issue the token for (root by default).
        auth_domain (str | Unset): Domain the user authenticates in (root by default).
        connection (str | Unset): Authentication server's name (local_account by default).
        client_id (str | Unset): Client id of a pre-registered client.
        cookies (bool | Unset): Answer the tokens as cookies instead of in the body.
        labels (list[str] | Unset): Labels of the new refresh token.
        refresh_token_lifetime (int | Unset): Refresh token lifetime in minutes (no expiry by default).
        refresh_token_revoke_unused_in (int | Unset): Refresh token inactivity timeout in minutes.
        renew_refresh_token (bool | Unset): With the refresh_token grant, also issue a new refresh token and invalidate
            the old one.
    """

    grant_type: GrantType | Unset = UNSET
    username: str | Unset = UNSET
    name: str | Unset = UNSET
    password: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    domain: str | Unset = UNSET
    auth_domain: str | Unset = UNSET
    connection: str | Unset = UNSET
    client_id: str | Unset = UNSET
    cookies: bool | Unset = UNSET
    labels: list[str] | Unset = UNSET
    refresh_token_lifetime: int | Unset = UNSET
    refresh_token_revoke_unused_in: int | Unset = UNSET
    renew_refresh_token: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grant_type: str | Unset = UNSET
        if not isinstance(self.grant_type, Unset):
            grant_type = self.grant_type.value

        username = self.username

        name = self.name

        password = self.password

        refresh_token = self.refresh_token

        domain = self.domain

        auth_domain = self.auth_domain

        connection = self.connection

        client_id = self.client_id

        cookies = self.cookies

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        refresh_token_lifetime = self.refresh_token_lifetime

        refresh_token_revoke_unused_in = self.refresh_token_revoke_unused_in

        renew_refresh_token = self.renew_refresh_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if grant_type is not UNSET:
            field_dict["grant_type"] = grant_type
        if username is not UNSET:
            field_dict["username"] = username
        if name is not UNSET:
            field_dict["name"] = name
        if password is not UNSET:
            field_dict["password"] = password
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if domain is not UNSET:
            field_dict["domain"] = domain
        if auth_domain is not UNSET:
            field_dict["auth_domain"] = auth_domain
        if connection is not UNSET:
            field_dict["connection"] = connection
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if cookies is not UNSET:
            field_dict["cookies"] = cookies
        if labels is not UNSET:
            field_dict["labels"] = labels
        if refresh_token_lifetime is not UNSET:
            field_dict["refresh_token_lifetime"] = refresh_token_lifetime
        if refresh_token_revoke_unused_in is not UNSET:
            field_dict["refresh_token_revoke_unused_in"] = (
                refresh_token_revoke_unused_in
            )
        if renew_refresh_token is not UNSET:
            field_dict["renew_refresh_token"] = renew_refresh_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _grant_type = d.pop("grant_type", UNSET)
        grant_type: GrantType | Unset
        if isinstance(_grant_type, Unset):
            grant_type = UNSET
        else:
            grant_type = GrantType(_grant_type)

        username = d.pop("username", UNSET)

        name = d.pop("name", UNSET)

        password = d.pop("password", UNSET)

        refresh_token = d.pop("refresh_token", UNSET)

        domain = d.pop("domain", UNSET)

        auth_domain = d.pop("auth_domain", UNSET)

        connection = d.pop("connection", UNSET)

        client_id = d.pop("client_id", UNSET)

        cookies = d.pop("cookies", UNSET)

        labels = cast(list[str], d.pop("labels", UNSET))

        refresh_token_lifetime = d.pop("refresh_token_lifetime", UNSET)

        refresh_token_revoke_unused_in = d.pop("refresh_token_revoke_unused_in", UNSET)

        renew_refresh_token = d.pop("renew_refresh_token", UNSET)

        token_request = cls(
            grant_type=grant_type,
            username=username,
            name=name,
            password=password,
            refresh_token=refresh_token,
            domain=domain,
            auth_domain=auth_domain,
            connection=connection,
            client_id=client_id,
            cookies=cookies,
            labels=labels,
            refresh_token_lifetime=refresh_token_lifetime,
            refresh_token_revoke_unused_in=refresh_token_revoke_unused_in,
            renew_refresh_token=renew_refresh_token,
        )

        token_request.additional_properties = d
        return token_request

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
