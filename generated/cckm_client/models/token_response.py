from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenResponse")


@_attrs_define
class TokenResponse:
    """
    Attributes:
        jwt (str): The API token.
        duration (int): Seconds the JWT is valid (300).
        token_type (str | Unset): `Bearer`.
        client_id (str | Unset):
        refresh_token (str | Unset): With the password grant, or the refresh_token grant with renew_refresh_token.
        refresh_token_id (str | Unset): Id of the refresh token (for /auth/tokens/{tokenId}).
        refresh_token_expires_in (int | Unset): Seconds until the refresh token expires if unused (1799 in the
            playground example).
    """

    jwt: str
    duration: int
    token_type: str | Unset = UNSET
    client_id: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    refresh_token_id: str | Unset = UNSET
    refresh_token_expires_in: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jwt = self.jwt

        duration = self.duration

        token_type = self.token_type

        client_id = self.client_id

        refresh_token = self.refresh_token

        refresh_token_id = self.refresh_token_id

        refresh_token_expires_in = self.refresh_token_expires_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jwt": jwt,
                "duration": duration,
            }
        )
        if token_type is not UNSET:
            field_dict["token_type"] = token_type
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if refresh_token_id is not UNSET:
            field_dict["refresh_token_id"] = refresh_token_id
        if refresh_token_expires_in is not UNSET:
            field_dict["refresh_token_expires_in"] = refresh_token_expires_in

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        jwt = d.pop("jwt")

        duration = d.pop("duration")

        token_type = d.pop("token_type", UNSET)

        client_id = d.pop("client_id", UNSET)

        refresh_token = d.pop("refresh_token", UNSET)

        refresh_token_id = d.pop("refresh_token_id", UNSET)

        refresh_token_expires_in = d.pop("refresh_token_expires_in", UNSET)

        token_response = cls(
            jwt=jwt,
            duration=duration,
            token_type=token_type,
            client_id=client_id,
            refresh_token=refresh_token,
            refresh_token_id=refresh_token_id,
            refresh_token_expires_in=refresh_token_expires_in,
        )

        token_response.additional_properties = d
        return token_response

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
