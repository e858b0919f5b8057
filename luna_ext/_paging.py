"""Iterate over every element of a list resource, page by page (guide ch. 9).

The appliance pages a list with ``limit`` and ``offset`` and names the next page in a
``Link: <...>; rel="next"`` header. The iterator follows that header exactly: once the
appliance has sent one, a page without it is the last page, whatever its size. Only an
appliance that never sends ``Link`` is paged by offsets, each page starting where the
previous one ended (``offset`` += the items received), until a short or empty page.

Items are yielded once: an element whose ``url`` was already yielded (because an element
was created before it mid-iteration and the list shifted) is skipped. An element deleted
mid-iteration shifts the later ones back, so one of them can be missed: list again when a
consistent view matters.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from ._errors import LunaError, error_from_response

__all__ = ["aiterate_pages", "iterate_pages"]

_LINK = re.compile(r"<([^>]*)>\s*((?:;\s*[^;,]+)*)")
_REL_NEXT = re.compile(r'(?i);\s*rel\s*=\s*"?([^";,]*\bnext\b[^";,]*)"?')


def next_link(response: httpx.Response) -> str | None:
    """The target of ``rel="next"`` in the ``Link`` header(s), if any."""
    for value in response.headers.get_list("Link"):
        for target, params in _LINK.findall(value):
            if _REL_NEXT.search(params):
                return str(target)
    return None


def _first_array(body: Any) -> list[Any]:
    if isinstance(body, dict):
        for value in body.values():
            if isinstance(value, list):
                return value
    return []


class _Pager:
    """The paging decisions, shared by the sync and the async iterators."""

    def __init__(self, path: str, page_size: int) -> None:
        if page_size < 1:
            raise ValueError(f"page_size must be at least 1, not {page_size}")
        self.path, self.page_size = path, page_size
        self.url: str | None = path
        self.params: dict[str, int] | None = {"limit": page_size, "offset": 0}
        self.offset = 0
        self.linked = False
        self.seen: set[str] = set()

    def page(self, response: httpx.Response) -> list[Any]:
        """The new items of one page; decides the next request (``self.url is None``: done)."""
        if response.status_code >= 400:
            raise error_from_response(response)
        items = _first_array(response.json())
        target = next_link(response)
        if target is not None:
            here = response.request.url
            there = here.join(target)
            if (there.scheme, there.host, there.port) != (here.scheme, here.host, here.port):
                raise LunaError(
                    f"the appliance's next page {target!r} is on another server: not followed"
                )
            self.linked = True
            self.url, self.params = target, None
        elif self.linked or len(items) < self.page_size:
            self.url = None
        else:
            self.offset += len(items)
            self.url, self.params = self.path, {"limit": self.page_size, "offset": self.offset}
        fresh: list[Any] = []
        for item in items:
            key = item.get("url") if isinstance(item, dict) else None
            if isinstance(key, str):
                if key in self.seen:
                    continue
                self.seen.add(key)
            fresh.append(item)
        return fresh


def iterate_pages(client: httpx.Client, path: str, *, page_size: int = 100) -> Iterator[Any]:
    """Yield the elements of the first array of ``path``'s answer, every page."""
    pager = _Pager(path, page_size)
    while pager.url is not None:
        yield from pager.page(client.get(pager.url, params=pager.params))


async def aiterate_pages(
    client: httpx.AsyncClient, path: str, *, page_size: int = 100
) -> AsyncIterator[Any]:
    """The asyncio twin of ``iterate_pages``."""
    pager = _Pager(path, page_size)
    while pager.url is not None:
        for item in pager.page(await client.get(pager.url, params=pager.params)):
            yield item
