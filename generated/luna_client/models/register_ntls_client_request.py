from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegisterNtlsClientRequest")


@_attrs_define
class RegisterNtlsClientRequest:
    """`clientName` plus exactly one of `ip` and `hostname`. With
    `certificate` the PEM is registered directly; without it the appliance
    uses `<ip or hostname>.pem` from the caller's file area if present, or
    registers the client without a certificate.

        Attributes:
            client_name (str): Name the client is registered under; `server` is reserved.
            ip (str | Unset): Client IP address (IPv4 or IPv6); not together with `hostname`.
            hostname (str | Unset): Client hostname; not together with `ip`.
            certificate (str | Unset): The client certificate in PEM, with line breaks sent as `\\n`
                escapes (v17 PEM pattern from the client certificate PUT page).
                 Example: -----BEGIN CERTIFICATE-----
                MIIDJzCCAg+gAwIBAgIBADANBgkqhkiG9w0BAQsFADBXMQswCQYDVQQGEwJDQTEQ
                -----END CERTIFICATE-----.
    """

    client_name: str
    ip: str | Unset = UNSET
    hostname: str | Unset = UNSET
    certificate: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_name = self.client_name

        ip = self.ip

        hostname = self.hostname

        certificate = self.certificate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientName": client_name,
            }
        )
        if ip is not UNSET:
            field_dict["ip"] = ip
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if certificate is not UNSET:
            field_dict["certificate"] = certificate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_name = d.pop("clientName")

        ip = d.pop("ip", UNSET)

        hostname = d.pop("hostname", UNSET)

        certificate = d.pop("certificate", UNSET)

        register_ntls_client_request = cls(
            client_name=client_name,
            ip=ip,
            hostname=hostname,
            certificate=certificate,
        )

        register_ntls_client_request.additional_properties = d
        return register_ntls_client_request

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
