"""Many clients at once against the served emulator, over real HTTPS: partitions, NTLS
clients and their links stay consistent (counts, no orphan links, no id given twice)."""

from __future__ import annotations

import asyncio
import random
import ssl
import threading
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from .conftest import ADMIN, HSM, JSON

CLIENTS = 50
ROUNDS = 4
SO_PASSWORD = "Sopass123!"
PARTITIONS = f"/api/lunasa/hsms/{HSM}/partitions"
NTLS = "/api/lunasa/ntls/clients"


@dataclass
class Outcome:
    """What one client did, as the emulator answered it."""

    created: list[int] = field(default_factory=list)  # partition serials, in order
    deleted: list[int] = field(default_factory=list)
    clients: list[str] = field(default_factory=list)  # NTLS clients registered
    clients_deleted: list[str] = field(default_factory=list)
    links: list[tuple[str, int]] = field(default_factory=list)  # (NTLS client, serial): 204
    missed: int = 0  # links refused with 404: the partition was deleted meanwhile
    errors: list[str] = field(default_factory=list)  # anything unexpected


class Partitions:
    """The serials the clients have seen created, to link to each other's partitions."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._serials: list[int] = []

    def add(self, serial: int) -> None:
        with self._lock:
            self._serials.append(serial)

    def pick(self, rng: random.Random) -> int | None:
        with self._lock:
            return rng.choice(self._serials) if self._serials else None


@pytest.fixture
def verify(served) -> ssl.SSLContext:  # type: ignore[no-untyped-def]
    return ssl.create_default_context(cafile=str(served.ca_file))


@pytest.fixture
def initialized(https: httpx.Client) -> httpx.Client:
    r = https.put(
        f"/api/lunasa/hsms/{HSM}",
        json={"label": "busy", "password": SO_PASSWORD, "domain": "busy-domain"},
        headers=JSON,
    )
    assert r.status_code == 204, r.text
    return https


def _expect(r: httpx.Response, status: int, out: Outcome, what: str) -> bool:
    if r.status_code != status:
        out.errors.append(f"{what}: {r.status_code} {r.text[:200]}")
        return False
    return True


def _open_private_session(c: httpx.Client, out: Outcome) -> bool:
    """Each client its own private session, with its own HSM SO login."""
    r = c.post("/auth/session", json={}, headers=JSON, auth=ADMIN)
    if not _expect(r, 204, out, "open session") or "SESSIONID" not in c.cookies:
        return False
    r = c.post(f"/api/lunasa/hsms/{HSM}/login", json={"role": "so", "password": SO_PASSWORD})
    return _expect(r, 204, out, "SO login")


def _client_work(
    n: int, url: str, verify: ssl.SSLContext, start: threading.Barrier, seen: Partitions
) -> Outcome:
    out = Outcome()
    rng = random.Random(n)
    with httpx.Client(base_url=url, verify=verify, timeout=60, headers=JSON) as c:
        if not _open_private_session(c, out):
            start.abort()
            return out
        start.wait()
        mine: list[int] = []
        for i in range(ROUNDS):
            body = {"name": f"p{n}-{i}", "hasPso": True, "size": 20480, "version": 0}
            r = c.post(PARTITIONS, json=body)
            if _expect(r, 204, out, "create partition"):
                serial = int(r.headers["Location"].rsplit("/", 1)[1])
                out.created.append(serial)
                mine.append(serial)
                seen.add(serial)
            name = f"client-{n}-{i}"
            r = c.post(NTLS, json={"clientName": name, "ip": f"10.{n}.{i}.1"})
            if not _expect(r, 200, out, "register NTLS client"):
                continue
            out.clients.append(name)
            targets = [t for t in (mine[-1] if mine else None, seen.pick(rng)) if t is not None]
            for serial in dict.fromkeys(targets):
                r = c.post(f"{NTLS}/{name}/links", json={"url": f"{PARTITIONS}/{serial}"})
                if r.status_code == 404 and r.json()["id"] == "HSMPLUGIN_INVALID_PARTITION":
                    out.missed += 1  # someone deleted it meanwhile
                elif _expect(r, 204, out, "link"):
                    out.links.append((name, serial))
            if i % 2 == 1 and len(mine) >= 2:  # delete one of ours: holes everywhere
                victim = mine.pop(rng.randrange(len(mine)))
                r = c.delete(f"{PARTITIONS}/{victim}")
                if _expect(r, 204, out, "delete partition"):
                    out.deleted.append(victim)
            if i == 2:  # and our first NTLS client
                r = c.delete(f"{NTLS}/{out.clients[0]}")
                if _expect(r, 204, out, "delete NTLS client"):
                    out.clients_deleted.append(out.clients[0])
        c.delete("/auth/session")
    return out


def _run_clients(url: str, verify: ssl.SSLContext) -> list[Outcome]:
    start = threading.Barrier(CLIENTS, timeout=120)
    seen = Partitions()
    results: list[Outcome | None] = [None] * CLIENTS

    def run(n: int) -> None:
        try:
            results[n] = _client_work(n, url, verify, start, seen)
        except Exception as exc:  # reported below, with the others
            results[n] = Outcome(errors=[f"client {n}: {exc!r}"])

    threads = [threading.Thread(target=run, args=(n,)) for n in range(CLIENTS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not any(t.is_alive() for t in threads), "clients still running"
    return [r if r is not None else Outcome(errors=["no outcome"]) for r in results]


def test_fifty_concurrent_clients_keep_partitions_and_links_consistent(
    served,  # type: ignore[no-untyped-def]
    initialized: httpx.Client,
    verify: ssl.SSLContext,
) -> None:
    outcomes = _run_clients(served.url, verify)
    errors = [e for o in outcomes for e in o.errors]
    assert errors == []
    api = initialized

    # no serial was given twice, not even after a deletion
    created = [s for o in outcomes for s in o.created]
    assert len(created) == CLIENTS * ROUNDS
    assert [s for s, n in Counter(created).items() if n > 1] == []
    deleted = {s for o in outcomes for s in o.deleted}
    expected_partitions = set(created) - deleted
    assert len(deleted) == CLIENTS * (ROUNDS // 2)

    state = api.get("/_emulator/state").json()
    assert state["partitions"] == sorted(expected_partitions)
    listed = [int(p["id"]) for p in api.get(PARTITIONS).json()["partitions"]]
    assert sorted(listed) == sorted(expected_partitions)
    assert len(listed) == len(set(listed))
    for serial in random.Random(0).sample(sorted(expected_partitions), 10):
        assert api.get(f"{PARTITIONS}/{serial}").json()["state"] == "zeroized"

    # NTLS clients: what was registered and not deleted; their links name live partitions
    registered = [c for o in outcomes for c in o.clients]
    assert len(registered) == len(set(registered)) == CLIENTS * ROUNDS
    gone = {c for o in outcomes for c in o.clients_deleted}
    expected_clients = set(registered) - gone
    assert set(state["ntlsClients"]) == expected_clients
    listed_clients = [c["clientID"] for c in api.get(NTLS).json()["clients"]]
    assert sorted(listed_clients) == sorted(expected_clients)

    expected_links: dict[str, set[str]] = {c: set() for c in expected_clients}
    for o in outcomes:
        for client, serial in o.links:
            if client in expected_clients and serial in expected_partitions:
                expected_links[client].add(str(serial))
    assert {c: set(v) for c, v in state["ntlsClients"].items()} == expected_links
    orphans = [
        (c, link)
        for c, links in state["ntlsClients"].items()
        for link in links
        if int(link) not in expected_partitions
    ]
    assert orphans == []
    for client in random.Random(1).sample(sorted(expected_clients), 10):
        links = api.get(f"{NTLS}/{client}/links").json()["links"]
        assert {x["id"] for x in links} == expected_links[client]
        for x in links:
            target = api.get(x["url"]).json()["url"]
            assert api.get(target).status_code == 200  # the linked partition exists
    assert state["sessions"] == 0  # every client closed its private session


async def _register(
    url: str, verify: ssl.SSLContext, body: dict[str, Any], start: asyncio.Event
) -> httpx.Response:
    async with httpx.AsyncClient(base_url=url, verify=verify, auth=ADMIN, timeout=60) as c:
        await start.wait()
        return await c.post(NTLS, json=body, headers=JSON)


def test_racing_registrations_of_one_ntls_client_make_exactly_one(
    served,  # type: ignore[no-untyped-def]
    https: httpx.Client,
    verify: ssl.SSLContext,
) -> None:
    async def race() -> list[httpx.Response]:
        start = asyncio.Event()
        tasks = [
            asyncio.create_task(
                _register(served.url, verify, {"clientName": "same", "ip": "10.9.9.9"}, start)
            )
            for _ in range(CLIENTS)
        ]
        await asyncio.sleep(0.2)
        start.set()
        return await asyncio.gather(*tasks)

    answers = asyncio.run(race())
    statuses = Counter(r.status_code for r in answers)
    assert statuses == {200: 1, 400: CLIENTS - 1}
    assert {r.json()["id"] for r in answers if r.status_code == 400} == {
        "NTLS_CLIENT_ALREADY_EXISTS"
    }
    assert https.get("/_emulator/state").json()["ntlsClients"] == {"same": []}


def _init_and_login(api) -> None:  # type: ignore[no-untyped-def]
    body = {"label": "h", "password": SO_PASSWORD, "domain": "busy-domain"}
    assert api.put(f"/api/lunasa/hsms/{HSM}", json=body, headers=JSON).status_code == 204
    body = {"role": "so", "password": SO_PASSWORD}
    assert api.post(f"/api/lunasa/hsms/{HSM}/login", json=body, headers=JSON).status_code == 204


def test_a_deleted_partitions_serial_is_never_given_again(api) -> None:  # type: ignore[no-untyped-def]
    """What the concurrent test caught (serials given twice): the serial a deletion
    freed went to a later partition, so a client still holding the old URL reached
    (and could link or delete) another client's new partition."""
    _init_and_login(api)

    def create(name: str) -> int:
        r = api.post(PARTITIONS, json={"name": name, "hasPso": True, "size": 1024}, headers=JSON)
        assert r.status_code == 204, r.text
        return int(r.headers["Location"].rsplit("/", 1)[1])

    first = [create(f"p{i}") for i in range(4)]
    assert first == list(range(first[0], first[0] + 4))  # consecutive in creation order
    for serial in (first[1], first[3]):  # a hole, and the highest
        assert api.delete(f"{PARTITIONS}/{serial}").status_code == 204
    again = [create(f"q{i}") for i in range(3)]
    assert again == [first[3] + 1, first[3] + 2, first[3] + 3]
    stale = api.get(f"{PARTITIONS}/{first[3]}")
    assert stale.status_code == 404
    assert stale.json()["id"] == "HSMPLUGIN_INVALID_PARTITION"
    # a reset starts the numbering again
    assert api.post("/_emulator/reset", json={}).status_code == 204
    _init_and_login(api)
    assert create("fresh") == first[0]
