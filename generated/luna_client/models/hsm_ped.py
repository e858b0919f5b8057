from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HsmPed")


@_attrs_define
class HsmPed:
    """A PED ("PED description"); `{}` on a password-authenticated HSM.

    Example:
        {'pedId': 0, 'ipAddress': None, 'port': 0, 'isConnected': True, 'server': None, 'actions':
            '/api/lunasa/hsms/154704/ped/peds/0/actions'}

    Attributes:
        ped_id (int | Unset): The PED id, 0 for the local PED.
        ip_address (None | str | Unset): Address of the remote PED server; null for the local PED.
        port (int | Unset): Port of the remote PED server; 0 for the local PED.
        is_connected (bool | Unset):
        server (None | str | Unset): Remote PED server information; null in the documented examples.
        actions (str | Unset): URL of the PED's actions.
    """

    ped_id: int | Unset = UNSET
    ip_address: None | str | Unset = UNSET
    port: int | Unset = UNSET
    is_connected: bool | Unset = UNSET
    server: None | str | Unset = UNSET
    actions: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ped_id = self.ped_id

        ip_address: None | str | Unset
        if isinstance(self.ip_address, Unset):
            ip_address = UNSET
        else:
            ip_address = self.ip_address

        port = self.port

        is_connected = self.is_connected

        server: None | str | Unset
        if isinstance(self.server, Unset):
            server = UNSET
        else:
            server = self.server

        actions = self.actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ped_id is not UNSET:
            field_dict["pedId"] = ped_id
        if ip_address is not UNSET:
            field_dict["ipAddress"] = ip_address
        if port is not UNSET:
            field_dict["port"] = port
        if is_connected is not UNSET:
            field_dict["isConnected"] = is_connected
        if server is not UNSET:
            field_dict["server"] = server
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ped_id = d.pop("pedId", UNSET)

        def _parse_ip_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ip_address = _parse_ip_address(d.pop("ipAddress", UNSET))

        port = d.pop("port", UNSET)

        is_connected = d.pop("isConnected", UNSET)

        def _parse_server(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        server = _parse_server(d.pop("server", UNSET))

        actions = d.pop("actions", UNSET)

        hsm_ped = cls(
            ped_id=ped_id,
            ip_address=ip_address,
            port=port,
            is_connected=is_connected,
            server=server,
            actions=actions,
        )

        hsm_ped.additional_properties = d
        return hsm_ped

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
