"""The network: the hostname, ``ping``, the network devices and their IPv4 settings and
statistics, and beyond those static routes, traffic classes and the bond actions (v17
route and class pages, v14 device action page).

* A route's id is its destination. A network route's destination must be the network
  address under its netmask (default ``255.255.255.0``); a host route has no netmask. A
  gateway, when given, must be an address of the device's own IPv4 network (when the
  device has one): the kernel refuses a next hop it cannot reach. Deleting a route repeats
  it, and the repetition must match (the page: the gateway is needed when it was given);
  the request pipeline does not read DELETE bodies yet, so today a delete goes by the id.
* A traffic class is set (created or replaced) with ``minBandwidth`` and optional
  ``maxBandwidth`` (default the minimum, never below it); ``default`` and ``class`` are
  reserved names.
* Only bond devices have actions. A bond is configured once it has an IPv4 address
  (``PUT .../ip4``); it starts disabled. ``disable`` needs ``keepRoutes``; false deletes
  the bond's routes."""

from __future__ import annotations

import ipaddress
import re
from typing import Any

from .. import errors as E
from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules
from .common import write_log

RULES: Rules[Backend] = Rules()

__all__ = ["RULES", "find_device"]


_TEST_NETS = tuple(
    ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")
)


_HOST = re.compile(r"^[a-zA-Z0-9]([a-zA-Z0-9.-]{0,251}[a-zA-Z0-9])?$")


@RULES.handles("getNetworkConfig")
def get_network_config(b: Backend, ctx: Ctx) -> Reply:
    return Reply(
        200, {"hostname": b.state.appliance.hostname, "devices": "/api/lunasa/network/devices"}
    )


@RULES.handles("updateNetworkConfig")
def update_network_config(b: Backend, ctx: Ctx) -> Reply:
    hostname = (ctx.body or {}).get("hostname")
    if hostname is not None:
        if hostname.lower() == "localhost" or re.fullmatch(r"[0-9.]+", hostname):
            raise E.InvalidValueSpecified(f"{hostname!r} cannot be the appliance's hostname")
        b.state.appliance.hostname = hostname
    return Reply(204)


@RULES.handles("performNetworkAction")
def perform_network_action(b: Backend, ctx: Ctx) -> Reply:
    """``ping``: a round trip for any well-formed address, except the documentation
    networks (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24), which never answer (0)."""
    if ctx.params["actionid"] != "ping":
        raise E.ActionDoesNotExist(f"the network has no action {ctx.params['actionid']!r}")
    address = str((ctx.body or {}).get("address", ""))
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        if not _HOST.match(address):
            raise E.BadRequest(f"{address!r} is not an IP address or hostname") from None
        return Reply(200, {"time": 0.000607})
    unreachable = any(ip in net for net in _TEST_NETS)
    return Reply(200, {"time": 0 if unreachable else 0.000607})


def find_device(b: Backend, ctx: Ctx) -> tuple[str, dict[str, Any]]:
    """The network device the path names (``deviceid``), or 404."""
    name = str(ctx.params["deviceid"])
    device = b.state.appliance.devices.get(name)
    if device is None:
        raise E.InterfaceDoesNotExist(f"no network device {name!r}")
    return name, device


@RULES.handles("listNetworkDevices")
def list_network_devices(b: Backend, ctx: Ctx) -> Reply:
    names = sorted(b.state.appliance.devices)
    return Reply(
        200, {"devices": [{"id": n, "url": f"/api/lunasa/network/devices/{n}"} for n in names]}
    )


@RULES.handles("getNetworkDevice")
def get_network_device(b: Backend, ctx: Ctx) -> Reply:
    name, device = find_device(b, ctx)
    index = sorted(b.state.appliance.devices).index(name)
    url = f"/api/lunasa/network/devices/{name}"
    return Reply(
        200,
        {
            "name": name,
            **device,
            "mac": f"00:15:b2:a8:6c:{index:02x}",
            "status": "up" if device["ip"] else "down",
            "ip4": f"{url}/ip4",
            "stats": f"{url}/stats",
        },
    )


@RULES.handles("replaceNetworkDeviceIp4")
def replace_network_device_ip4(b: Backend, ctx: Ctx) -> Reply:
    name, device = find_device(b, ctx)
    body = ctx.body
    if "mode" in body and not name.startswith("bond"):
        raise E.BadRequest("'mode' is for bond devices only")
    if b.state.appliance.webserver["netDevice"] == name:
        raise E.OperationRestricted(
            f"the REST API is bound to {name}: change it from the serial console"
        )
    try:
        network = ipaddress.ip_network(f"{body['ip']}/{body['mask']}", strict=False)
        gateway = ipaddress.ip_address(body["gateway"])
    except ValueError:  # e.g. leading zeros, which the schema's pattern lets through
        raise E.BadRequest(
            "ip and gateway are dotted IPv4 addresses without leading zeros"
        ) from None
    if gateway not in network or str(gateway) == body["ip"]:
        raise E.BadRequest(f"gateway {gateway} is not another address of {network}")
    device.update({k: body[k] for k in ("ip", "mask", "gateway", "mode") if k in body})
    return Reply(204)


@RULES.handles("getNetworkDeviceStats")
def get_network_device_stats(b: Backend, ctx: Ctx) -> Reply:
    _, device = find_device(b, ctx)
    seen = len(b.state.appliance.logs.get("messages", [])) if device["ip"] else 0
    return Reply(
        200,
        {
            "rxBytes": 1500 * seen,
            "txBytes": 1200 * seen,
            "rxPackets": seen,
            "txPackets": seen,
            "rxErrors": 0,
            "txErrors": 0,
        },
    )


DEFAULT_NETMASK = "255.255.255.0"


RESERVED_CLASSES = frozenset({"default", "class"})


def _url(device: str) -> str:
    return f"/api/lunasa/network/devices/{device}"


def _address(value: Any, what: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    """An IP address of the body (the schema's pattern lets through what ``ipaddress``
    refuses, such as leading zeros: ``0.0.0.00``)."""
    try:
        return ipaddress.ip_address(str(value))
    except ValueError:
        raise E.BadRequest(f"{what} {value!r} is not an IP address") from None


def _route(body: dict[str, Any], device: dict[str, Any]) -> dict[str, Any]:
    """The route the body describes, checked and with its defaults."""
    keys = ("routeType", "destination", "netmask", "gateway")
    route: dict[str, Any] = {k: body[k] for k in keys if k in body}
    if route["routeType"] == "host":
        if "netmask" in route:
            raise E.BadRequest("a host route has no netmask")
        dest = _address(route["destination"], "destination")
    else:
        route.setdefault("netmask", DEFAULT_NETMASK)
        try:
            net = ipaddress.ip_network(f"{route['destination']}/{route['netmask']}", strict=True)
        except ValueError:
            raise E.BadRequest(
                f"{route['destination']}/{route['netmask']} is not a network address and mask"
            ) from None
        dest = net.network_address
    if "gateway" in route:
        gateway = _address(route["gateway"], "gateway")
        if gateway.version != dest.version:
            raise E.BadRequest("the gateway and the destination are not of one IP version")
        if device["ip"] and gateway.version == 4:
            own = ipaddress.ip_network(f"{device['ip']}/{device['mask']}", strict=False)
            if gateway not in own:
                raise E.BadRequest(f"gateway {gateway} is not on the device's network {own}")
    return route


def _routes(b: Backend, ctx: Ctx) -> tuple[str, dict[str, dict[str, Any]]]:
    name, _ = find_device(b, ctx)
    return name, b.state.appliance.routes.get(name, {})


@RULES.handles("listNetworkDeviceRoutes")
def list_routes(b: Backend, ctx: Ctx) -> Reply:
    name, routes = _routes(b, ctx)
    url = f"{_url(name)}/routes"
    return Reply(200, {"routes": [{"id": r, "url": f"{url}/{r}"} for r in sorted(routes)]})


@RULES.handles("createNetworkDeviceRoute")
def create_route(b: Backend, ctx: Ctx) -> Reply:
    name, device = find_device(b, ctx)
    route = _route(ctx.body, device)
    routes = b.state.appliance.routes.setdefault(name, {})
    if route["destination"] in routes:
        raise E.ResourceAlreadyExists(f"{name} already has a route to {route['destination']}")
    routes[route["destination"]] = route
    write_log(b, "messages", "network", f"route to {route['destination']} added on {name}")
    return Reply(204, headers={"Location": f"{_url(name)}/routes/{route['destination']}"})


def _existing(b: Backend, ctx: Ctx) -> tuple[str, dict[str, Any]]:
    name, routes = _routes(b, ctx)
    route = routes.get(str(ctx.params["routeid"]))
    if route is None:
        raise E.NotFound(f"{name} has no route {ctx.params['routeid']!r}")
    return name, route


@RULES.handles("getNetworkDeviceRoute")
def get_route(b: Backend, ctx: Ctx) -> Reply:
    return Reply(200, dict(_existing(b, ctx)[1]))


@RULES.handles("deleteNetworkDeviceRoute")
def delete_route(b: Backend, ctx: Ctx) -> Reply:
    name, route = _existing(b, ctx)
    _, device = find_device(b, ctx)
    # without a body the route is removed by its id; with one it must describe the route
    if ctx.body is not None and _route(ctx.body, device) != route:
        raise E.BadRequest(
            f"the body does not describe the route {route['destination']} of {name} "
            "(routeType, destination, netmask and gateway as it was added)"
        )
    del b.state.appliance.routes[name][route["destination"]]
    write_log(b, "messages", "network", f"route to {route['destination']} removed from {name}")
    return Reply(204)


@RULES.handles("replaceNetworkDeviceClass")
def replace_class(b: Backend, ctx: Ctx) -> Reply:
    name, _ = find_device(b, ctx)
    class_id = str(ctx.params["classid"])
    if class_id.lower() in RESERVED_CLASSES:
        raise E.ClassNameReserved(f"{class_id!r} is reserved for the system")
    low = int(ctx.body["minBandwidth"])
    high = int(ctx.body.get("maxBandwidth", low))
    if low > high:
        raise E.ClassBandwidthInvalid(f"minBandwidth {low} is above maxBandwidth {high}")
    classes = b.state.appliance.traffic_classes.setdefault(name, {})
    classes[class_id] = {"minBandwidth": low, "maxBandwidth": high}
    return Reply(204, headers={"Location": f"{_url(name)}/classes/{class_id}"})


@RULES.handles("performNetworkDeviceAction")
def perform_device_action(b: Backend, ctx: Ctx) -> Reply:
    name, device = find_device(b, ctx)
    action = str(ctx.params["actionid"])
    if action not in ctx.op.actions:
        raise E.ActionDoesNotExist(f"network devices have no action {action!r}")
    if not name.startswith("bond"):
        raise E.InvalidDeviceType(f"{name} is not a bond device: only bonds have actions")
    if not device["ip"]:
        raise E.BondDeviceIsNotConfigured(f"configure {name} first (PUT {_url(name)}/ip4)")
    a = b.state.appliance
    enabled = a.bonds_enabled.get(name, False)
    body = ctx.body or {}
    if action == "enable":
        if enabled:
            raise E.BondDeviceIsAlreadyEnabled(f"{name} is already enabled")
        a.bonds_enabled[name] = True
    else:
        if not enabled:
            raise E.BondDeviceIsAlreadyDisabled(f"{name} is already disabled")
        if not isinstance(body.get("keepRoutes"), bool):
            raise E.BadRequest("'disable' needs keepRoutes (true or false)")
        a.bonds_enabled[name] = False
        if not body["keepRoutes"]:
            a.routes.pop(name, None)
    write_log(b, "messages", "network", f"{name} {action}d")
    return Reply(200, {})
