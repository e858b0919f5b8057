from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NtlsClient")


@_attrs_define
class NtlsClient:
    """A registered NTLS client ("Client description").

    Attributes:
        client_id (str):  Example: testClient.
        actions (str | Unset): URL of the client's actions. Example: /api/lunasa/ntls/clients/testClient/actions.
        hostname (str | Unset): Registered hostname, or "".
        htl_required (bool | Unset): Whether Host Trust Link is required for the client.
        ip (str | Unset): Registered IP address, or "". Example: 1.2.3.4.
        links (str | Unset): URL of the client's partition links. Example: /api/lunasa/ntls/clients/testClient/links.
        ott_expiry (int | Unset): HTL one-time-token expiry (0 when unused). Example: 0.
    """

    client_id: str
    actions: str | Unset = UNSET
    hostname: str | Unset = UNSET
    htl_required: bool | Unset = UNSET
    ip: str | Unset = UNSET
    links: str | Unset = UNSET
    ott_expiry: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        actions = self.actions

        hostname = self.hostname

        htl_required = self.htl_required

        ip = self.ip

        links = self.links

        ott_expiry = self.ott_expiry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientID": client_id,
            }
        )
        if actions is not UNSET:
            field_dict["actions"] = actions
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if htl_required is not UNSET:
            field_dict["htlRequired"] = htl_required
        if ip is not UNSET:
            field_dict["ip"] = ip
        if links is not UNSET:
            field_dict["links"] = links
        if ott_expiry is not UNSET:
            field_dict["ottExpiry"] = ott_expiry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("clientID")

        actions = d.pop("actions", UNSET)

        hostname = d.pop("hostname", UNSET)

        htl_required = d.pop("htlRequired", UNSET)

        ip = d.pop("ip", UNSET)

        links = d.pop("links", UNSET)

        ott_expiry = d.pop("ottExpiry", UNSET)

        ntls_client = cls(
            client_id=client_id,
            actions=actions,
            hostname=hostname,
            htl_required=htl_required,
            ip=ip,
            links=links,
            ott_expiry=ott_expiry,
        )

        ntls_client.additional_properties = d
        return ntls_client

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
