"""Network devices beyond their IPv4 settings: static routes, traffic classes and the bond
actions (v17 route and class pages, v14 device action page).

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
  the bond's routes.
"""

from __future__ import annotations

import ipaddress
from typing import Any

from .. import errors as E
from ..backend import Backend
from ..dispatch import Ctx, Reply, Rules
from .services import find_device, write_log

RULES: Rules[Backend] = Rules()

__all__ = ["RULES"]

DEFAULT_NETMASK = "255.255.255.0"
RESERVED_CLASSES = frozenset({"default", "class"})


def _url(device: str) -> str:
    return f"/api/lunasa/network/devices/{device}"


# ---- routes ---------------------------------------------------------------------------
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


# ---- traffic classes --------------------------------------------------------------------
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


# ---- bond actions -----------------------------------------------------------------------
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
