"""The documented network endpoints the spec lacked (audit 2026-12), over HTTPS: static
routes of a device (v17 DELETE page), traffic classes (v17 PUT page) and the bond actions
(v14 page). Written from those pages: the route id is its destination, the delete repeats
the route, the class name keywords are reserved, only configured bonds have actions."""

from __future__ import annotations

import httpx

from .conftest import JSON

DEV = "/api/lunasa/network/devices"
ROUTE = {
    "routeType": "network",
    "destination": "10.20.0.0",
    "netmask": "255.255.0.0",
    "gateway": "192.168.0.254",
}


def test_a_route_is_added_listed_and_removed_by_repeating_it(https: httpx.Client) -> None:
    assert https.get(f"{DEV}/eth0/routes").json() == {"routes": []}
    r = https.post(f"{DEV}/eth0/routes", json=ROUTE, headers=JSON)
    assert r.status_code == 204, r.text
    assert r.headers["Location"] == f"{DEV}/eth0/routes/10.20.0.0"
    listed = https.get(f"{DEV}/eth0/routes").json()["routes"]
    assert listed == [{"id": "10.20.0.0", "url": f"{DEV}/eth0/routes/10.20.0.0"}]
    assert https.get(f"{DEV}/eth0/routes/10.20.0.0").json() == ROUTE
    assert https.get(f"{DEV}/eth1/routes").json() == {"routes": []}  # per device

    again = https.post(f"{DEV}/eth0/routes", json=ROUTE, headers=JSON)
    assert again.status_code == 409
    assert again.json()["id"] == "FRAMEWORK_RESOURCE_ALREADY_EXISTS"

    r = https.request("DELETE", f"{DEV}/eth0/routes/10.20.0.0", json=ROUTE, headers=JSON)
    assert r.status_code == 204, r.text
    assert https.get(f"{DEV}/eth0/routes").json() == {"routes": []}
    gone = https.request("DELETE", f"{DEV}/eth0/routes/10.20.0.0", json=ROUTE, headers=JSON)
    assert gone.status_code == 404


def test_deleting_a_route_with_a_body_that_does_not_match_it_is_refused(
    https: httpx.Client,
) -> None:
    assert https.post(f"{DEV}/eth0/routes", json=ROUTE, headers=JSON).status_code == 204
    # the gateway was given when adding, so deleting without it does not match
    without_gateway = {k: v for k, v in ROUTE.items() if k != "gateway"}
    r = https.request("DELETE", f"{DEV}/eth0/routes/10.20.0.0", json=without_gateway, headers=JSON)
    assert r.status_code == 400
    assert https.get(f"{DEV}/eth0/routes/10.20.0.0").status_code == 200  # unchanged


def test_a_network_route_defaults_its_netmask_and_must_be_a_network_address(
    https: httpx.Client,
) -> None:
    r = https.post(
        f"{DEV}/eth0/routes", json={"routeType": "network", "destination": "10.9.8.0"}, headers=JSON
    )
    assert r.status_code == 204, r.text
    assert https.get(f"{DEV}/eth0/routes/10.9.8.0").json()["netmask"] == "255.255.255.0"
    # a host address under the mask is not a network
    bad = {"routeType": "network", "destination": "10.9.7.1", "netmask": "255.255.255.0"}
    r = https.post(f"{DEV}/eth0/routes", json=bad, headers=JSON)
    assert r.status_code == 400
    assert r.json()["id"] == "FRAMEWORK_BAD_REQUEST"
    # a gateway off the device's network (eth0 is 192.168.0.10/24) cannot be reached
    far = {"routeType": "host", "destination": "10.1.1.1", "gateway": "172.16.0.1"}
    assert https.post(f"{DEV}/eth0/routes", json=far, headers=JSON).status_code == 400
    # the schema: routeType is host or network only
    odd = {"routeType": "default", "destination": "10.1.1.1"}
    assert https.post(f"{DEV}/eth0/routes", json=odd, headers=JSON).status_code == 400
    listed = [r["id"] for r in https.get(f"{DEV}/eth0/routes").json()["routes"]]
    assert listed == ["10.9.8.0"]  # the refused ones changed nothing
    missing = https.get(f"{DEV}/eth9/routes")
    assert missing.status_code == 404
    assert missing.json()["id"] == "APPLIANCE_INTERFACE_DOES_NOT_EXIST"


def test_traffic_classes_are_created_and_replaced(https: httpx.Client) -> None:
    url = f"{DEV}/eth0/classes/demoClass"
    r = https.put(url, json={"minBandwidth": 120, "maxBandwidth": 2024}, headers=JSON)
    assert r.status_code == 204, r.text
    assert r.headers["Location"] == url
    assert https.put(url, json={"minBandwidth": 300}, headers=JSON).status_code == 204

    r = https.put(url, json={"minBandwidth": 500, "maxBandwidth": 100}, headers=JSON)
    assert r.status_code == 400
    assert r.json()["id"] == "APPLIANCE_CLASS_BANDWIDTH_INVALID"
    r = https.put(f"{DEV}/eth0/classes/default", json={"minBandwidth": 1}, headers=JSON)
    assert r.status_code == 400
    assert r.json()["id"] == "APPLIANCE_CLASS_NAME_RESERVED"
    r = https.put(url, json={"minBandwidth": 0}, headers=JSON)  # 1-1000000
    assert r.status_code == 400
    assert r.json()["id"] == "FRAMEWORK_BAD_REQUEST"
    r = https.put(f"{DEV}/eth7/classes/x", json={"minBandwidth": 1}, headers=JSON)
    assert r.json()["id"] == "APPLIANCE_INTERFACE_DOES_NOT_EXIST"


def test_only_a_configured_bond_is_enabled_and_disabled(https: httpx.Client) -> None:
    r = https.post(f"{DEV}/eth0/actions/enable", json={}, headers=JSON)
    assert r.status_code == 400
    assert r.json()["id"] == "APPLIANCE_INVALID_DEVICE_TYPE"
    r = https.post(f"{DEV}/bond0/actions/enable", json={}, headers=JSON)
    assert r.json()["id"] == "BOND_DEVICE_IS_NOT_CONFIGURED"

    ip4 = {"ip": "10.5.0.10", "mask": 24, "gateway": "10.5.0.1", "mode": "active-backup"}
    assert https.put(f"{DEV}/bond0/ip4", json=ip4, headers=JSON).status_code == 204
    r = https.post(f"{DEV}/bond0/actions/enable", json={}, headers=JSON)
    assert r.status_code == 200, r.text
    r = https.post(f"{DEV}/bond0/actions/enable", json={}, headers=JSON)
    assert r.json()["id"] == "BOND_DEVICE_IS_ALREADY_ENABLED"
    route = {"routeType": "host", "destination": "10.6.0.7", "gateway": "10.5.0.1"}
    assert https.post(f"{DEV}/bond0/routes", json=route, headers=JSON).status_code == 204

    # disable needs keepRoutes; with true the routes stay
    r = https.post(f"{DEV}/bond0/actions/disable", json={}, headers=JSON)
    assert r.status_code == 400
    r = https.post(f"{DEV}/bond0/actions/disable", json={"keepRoutes": True}, headers=JSON)
    assert r.status_code == 200
    assert [x["id"] for x in https.get(f"{DEV}/bond0/routes").json()["routes"]] == ["10.6.0.7"]
    r = https.post(f"{DEV}/bond0/actions/disable", json={"keepRoutes": True}, headers=JSON)
    assert r.json()["id"] == "BOND_DEVICE_IS_ALREADY_DISABLED"
    # with false they go
    assert https.post(f"{DEV}/bond0/actions/enable", json={}, headers=JSON).status_code == 200
    r = https.post(f"{DEV}/bond0/actions/disable", json={"keepRoutes": False}, headers=JSON)
    assert r.status_code == 200
    assert https.get(f"{DEV}/bond0/routes").json() == {"routes": []}

    r = https.post(f"{DEV}/bond0/actions/explode", json={}, headers=JSON)
    assert r.status_code == 404
    assert r.json()["id"] == "APPLIANCE_ACTION_DOES_NOT_EXIST"


def test_an_address_the_pattern_admits_but_is_no_address_is_refused(https: httpx.Client) -> None:
    """Found by the conformance suite: a gateway of 0.0.0.00 (leading zeros, which the
    schema's pattern admits) answered 500 on DELETE and POST of a route."""
    url = "/api/lunasa/network/devices/eth0/routes"
    good = {"routeType": "network", "destination": "10.20.0.0", "netmask": "255.255.0.0",
            "gateway": "192.168.0.254"}  # fmt: skip
    assert https.post(url, json=good, headers=JSON).status_code == 204
    for bad in ({**good, "gateway": "0.0.0.00"}, {**good, "routeType": "host",
                "destination": "10.020.0.1", "netmask": None}):  # fmt: skip
        bad = {k: v for k, v in bad.items() if v is not None}
        for method, path in (("POST", url), ("DELETE", f"{url}/10.20.0.0")):
            r = https.request(method, path, json=bad, headers=JSON)
            assert r.status_code == 400, (method, bad, r.text)
            assert r.json()["id"] == "FRAMEWORK_BAD_REQUEST"
    assert https.get(f"{url}/10.20.0.0").status_code == 200  # nothing was removed
