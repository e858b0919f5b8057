from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.network_route_route_type import NetworkRouteRouteType
from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkRoute")


@_attrs_define
class NetworkRoute:
    """A static route of a network device (v17 route page). `gateway` must be
    repeated when deleting a route that was added with one.

        Attributes:
            route_type (NetworkRouteRouteType): A route to one `host` or to a `network`.
            destination (str): The IPv4 or IPv6 address routed to (for a network, its address under `netmask`).
            netmask (str | Unset): Dotted netmask or prefix length (0-128); default `255.255.255.0` for a network route.
            gateway (str | Unset): The gateway the route goes through.
    """

    route_type: NetworkRouteRouteType
    destination: str
    netmask: str | Unset = UNSET
    gateway: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        route_type = self.route_type.value

        destination = self.destination

        netmask = self.netmask

        gateway = self.gateway

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "routeType": route_type,
                "destination": destination,
            }
        )
        if netmask is not UNSET:
            field_dict["netmask"] = netmask
        if gateway is not UNSET:
            field_dict["gateway"] = gateway

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        route_type = NetworkRouteRouteType(d.pop("routeType"))

        destination = d.pop("destination")

        netmask = d.pop("netmask", UNSET)

        gateway = d.pop("gateway", UNSET)

        network_route = cls(
            route_type=route_type,
            destination=destination,
            netmask=netmask,
            gateway=gateway,
        )

        network_route.additional_properties = d
        return network_route

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
