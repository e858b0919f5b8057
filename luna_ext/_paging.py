"""Iterate over every element of a list resource, page by page (guide ch. 9)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx

from ._errors import error_from_response

__all__ = ["iterate_pages"]

_NEXT = re.compile(r'<([^>]+)>\s*;\s*rel="?next"?')


def _first_array(body: Any) -> list[Any]:
    if isinstance(body, dict):
        for value in body.values():
            if isinstance(value, list):
                return value
    return []


def iterate_pages(client: httpx.Client, path: str, *, page_size: int = 100) -> Iterator[Any]:
    """Yield the elements of the first array of ``path``'s answer, following ``Link:
    rel="next"``; without a Link header, stops at the first page shorter than ``page_size``."""
    url: str | None = path
    params: dict[str, int] | None = {"limit": page_size, "offset": 0}
    offset = 0
    while url is not None:
        response = client.get(url, params=params)
        if response.status_code >= 400:
            raise error_from_response(response)
        items = _first_array(response.json())
        yield from items
        m = _NEXT.search(response.headers.get("Link", ""))
        if m:
            url, params = m.group(1), None
        elif len(items) == page_size:
            offset += page_size
            url, params = path, {"limit": page_size, "offset": offset}
        else:
            url = None
