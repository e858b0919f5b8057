"""luna_ext paging over the served emulator: every item once, at every multiple of the page
size, and when items are created or deleted mid-iteration."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import httpx
import pytest

from luna_ext import AsyncLunaSession, LunaSession

from .conftest import ADMIN

CLIENTS = "/api/lunasa/ntls/clients"


@pytest.fixture
def luna(served, https) -> Iterator[LunaSession]:  # type: ignore[no-untyped-def]
    with LunaSession(served.url, username=ADMIN[0], password=ADMIN[1], ca_file=served.ca_file) as s:
        yield s


def _create(luna: LunaSession, n: int, start: int = 0) -> list[str]:
    names = [f"client{i:02d}" for i in range(start, start + n)]
    for i, name in enumerate(names, start):
        luna.request(
            "POST", CLIENTS, json={"clientName": name, "ip": f"10.0.{i // 250}.{i % 250 + 1}"}
        )
    return names


def _queries(luna: LunaSession) -> list[str]:
    seen: list[str] = []
    luna.http.event_hooks["request"].append(
        lambda r: seen.append(str(r.url.query, "ascii")) if r.url.path == CLIENTS else None
    )
    return seen


@pytest.mark.parametrize("page_size", [1, 2, 3, 6, 7])
def test_every_item_once_whatever_the_page_size(luna: LunaSession, page_size: int) -> None:
    """6 clients: page sizes that divide 6 (the old iterator's duplicates), and not."""
    names = _create(luna, 6)
    queries = _queries(luna)
    got = [c["clientID"] for c in luna.iterate(CLIENTS, page_size=page_size)]
    assert got == names
    offsets = [int(q.split("offset=")[1]) for q in queries]
    assert offsets == sorted(set(offsets))  # strictly increasing: no page asked for twice
    # a full first page without Link cannot tell "the end" from "no Link support": one
    # more request then; once a Link was seen, a page without one is the last
    assert offsets == list(range(0, 6, page_size)) + ([6] if page_size == 6 else [])


@pytest.mark.parametrize("count", [0, 4, 8, 12])
def test_exact_multiples_and_an_empty_list(luna: LunaSession, count: int) -> None:
    names = _create(luna, count)
    queries = _queries(luna)
    assert [c["clientID"] for c in luna.iterate(CLIENTS, page_size=4)] == names
    # no request after a full last page named by Link (only a lone full page needs one)
    assert len(queries) == {0: 1, 4: 2, 8: 2, 12: 3}[count]


def test_items_created_mid_iteration_are_not_yielded_twice(luna: LunaSession) -> None:
    names = _create(luna, 6)
    got: list[str] = []
    for i, client in enumerate(luna.iterate(CLIENTS, page_size=2)):
        got.append(client["clientID"])
        if i == 2:  # on the second page: two new clients at the end
            _create(luna, 2, start=10)
    assert len(got) == len(set(got))
    assert got[:6] == names
    assert set(got) <= {*names, "client10", "client11"}


def test_items_deleted_mid_iteration(luna: LunaSession) -> None:
    names = _create(luna, 6)
    got: list[str] = []
    for i, client in enumerate(luna.iterate(CLIENTS, page_size=2)):
        got.append(client["clientID"])
        if i == 1:  # end of the first page: delete the last client, not yet seen
            luna.request("DELETE", f"{CLIENTS}/{names[-1]}")
    assert got == names[:-1]  # the deleted one is not yielded, nothing twice


def test_an_offset_only_server_is_paged_without_overlap(luna: LunaSession, https) -> None:  # type: ignore[no-untyped-def]
    """Without Link headers (older firmware), offsets advance by the items received."""
    names = _create(luna, 6)
    https.put("/_emulator/faults", json=[{"pattern": f"^{CLIENTS}$", "dropHeaders": ["Link"]}])
    queries = _queries(luna)
    assert [c["clientID"] for c in luna.iterate(CLIENTS, page_size=2)] == names
    assert queries == [f"limit=2&offset={o}" for o in (0, 2, 4, 6)]


def test_async_iteration(served, https) -> None:  # type: ignore[no-untyped-def]
    async def main() -> list[str]:
        async with AsyncLunaSession(
            served.url, username=ADMIN[0], password=ADMIN[1], ca_file=served.ca_file
        ) as luna:
            for i in range(4):
                await luna.request(
                    "POST", CLIENTS, json={"clientName": f"a{i}", "ip": f"10.1.0.{i + 1}"}
                )
            return [c["clientID"] async for c in luna.iterate(CLIENTS, page_size=2)]

    assert asyncio.run(main()) == ["a0", "a1", "a2", "a3"]


def test_a_next_link_to_another_server_is_not_followed(luna: LunaSession, https) -> None:  # type: ignore[no-untyped-def]
    _create(luna, 3)
    https.put(
        "/_emulator/faults",
        json=[
            {
                "pattern": f"^{CLIENTS}$",
                "headers": {"Link": '<https://evil.example/steal?offset=1>; rel="next"'},
            }
        ],
    )
    with pytest.raises(Exception, match="another server") as info:
        list(luna.iterate(CLIENTS, page_size=1))
    assert not isinstance(info.value, httpx.HTTPError)
