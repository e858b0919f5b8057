"""``limit``/``offset`` on a GET that answers a list (guide ch. 9), with a ``Link`` to the
next page."""

from __future__ import annotations

from typing import Any

from ..dispatch import Reply

__all__ = ["page"]


def page(path: str, query: dict[str, Any], reply: Reply) -> None:
    """Cut the first list of the answer to the page the query asks for."""
    if "limit" not in query and "offset" not in query:
        return
    body = reply.body
    key = next((k for k, v in body.items() if isinstance(v, list)), None)
    if key is None:
        return
    items = body[key]
    offset = query.get("offset", 0)
    limit = query.get("limit")
    end = len(items) if limit is None else offset + limit
    body[key] = items[offset:end]
    if limit is not None and end < len(items):
        reply.headers["Link"] = f'<{path}?limit={limit}&offset={end}>; rel="next"'
