"""The read-only walk of ``python -m luna_conformance discover``, keeping every answer it saw.

``luna_conformance.discovery.discover`` (the walk the schema-driven layer uses to find real ids)
follows only strings that match a GET path of the spec and keeps only the ids. Discovery of
what a firmware serves needs more: the answers themselves, and the links that match *no*
path of the spec (a resource the spec does not describe). ``walk`` is that walk: the same
roots (every GET without path parameters or required query parameters, nothing destructive,
no downloads), GET only, paced, within a request budget; it follows every string of an
answer that starts with ``/`` and lies in the spec's namespace (its first path segment is
the first segment of a spec path: ``/api/...``, ``/users/...``, ``/tasks/...``), so a file
path in a field (``/usr/safenet/...``) is never requested."""

from __future__ import annotations

import re
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx

from luna_ext import LunaError, LunaSession

from .discovery import get_operations, path_template

__all__ = ["Answer", "OperationIndex", "Walk", "walk"]

_PARAM = re.compile(r"\{([^}]+)\}")
_PER_TEMPLATE = 4  # concrete resources visited per path template (as discovery.py)
_MAX_BODY = 4 * 1024 * 1024  # bytes of an answer read


@dataclass(frozen=True)
class Match:
    """A concrete path matched to the spec: its template, the operation and the values."""

    template: str
    operation_id: str
    params: dict[str, str]


class OperationIndex:
    """Concrete ``(method, path)`` -> the spec operation; literal segments win over
    parameters (``/hsms/actions`` before ``/hsms/{hsmid}``)."""

    def __init__(self, spec: dict[str, Any]) -> None:
        entries: list[tuple[int, Any, str, dict[str, str]]] = []
        for path, item in spec.get("paths", {}).items():
            ops = {m: op["operationId"] for m, op in item.items() if isinstance(op, dict)}
            ops = {m: o for m, o in ops.items() if m in ("get", "put", "post", "patch", "delete")}
            entries.append((len(_PARAM.findall(path)), path_template(path), path, ops))
        entries.sort(key=lambda e: (e[0], -len(e[2])))
        self._entries = [(t, ops) for _, t, _, ops in entries]
        self.prefixes = frozenset(
            p.strip("/").split("/", 1)[0] for p in spec.get("paths", {}) if p.strip("/")
        )

    def match(self, method: str, path: str) -> Match | None:
        path = path.split("?", 1)[0].rstrip("/") or "/"
        for template, ops in self._entries:
            m = template.regex.match(path)
            if m is None:
                continue
            oid = ops.get(method.lower())
            if oid is None:
                return None  # the path is known, the method is not
            return Match(template.path, oid, dict(zip(template.params, m.groups(), strict=True)))
        return None

    def template_of(self, path: str) -> str | None:
        path = path.split("?", 1)[0].rstrip("/") or "/"
        for template, _ in self._entries:
            if template.regex.match(path):
                return str(template.path)
        return None

    def in_namespace(self, path: str) -> bool:
        first = path.strip("/").split("/", 1)[0]
        return bool(first) and first in self.prefixes


@dataclass
class Answer:
    """One GET of the walk and what the target answered."""

    url: str  # path (and query) on the target
    status: int
    headers: dict[str, str]
    body: Any  # parsed JSON; None when the answer had none or was not JSON
    content_type: str
    match: Match | None  # None: the spec describes no GET at this path
    linked_from: str  # the answer whose link led here ('' for a root)
    response: httpx.Response = field(repr=False)


@dataclass
class Walk:
    answers: list[Answer] = field(default_factory=list)
    requests: int = 0
    errors: list[str] = field(default_factory=list)  # transport errors, redacted by the caller
    budget_exhausted: bool = False


def _links(body: Any) -> Iterator[str]:
    if isinstance(body, dict):
        for v in body.values():
            yield from _links(v)
    elif isinstance(body, list):
        for v in body:
            yield from _links(v)
    elif isinstance(body, str) and body.startswith("/") and not body.startswith("//"):
        link = body.split("#", 1)[0].rstrip("/")
        if link and " " not in link:
            yield link


def roots(spec: dict[str, Any]) -> list[str]:
    """The walk's starting points: GETs without path parameters or required query ones."""
    return sorted(
        p
        for p, op in get_operations(spec)
        if not _PARAM.search(p)
        and not any(q.get("required") for q in op.get("parameters", ()) if q.get("in") == "query")
    )


def _get(session: LunaSession, url: str) -> tuple[httpx.Response, dict[str, str], bool]:
    """GET ``url``, reading at most ``_MAX_BODY`` bytes of the answer (an undeclared link
    may be a download): the answer, its headers as sent, whether the body was cut."""
    with session.http.stream("GET", url) as response:
        chunks: list[bytes] = []
        size = 0
        truncated = False
        for chunk in response.iter_bytes():
            chunks.append(chunk)
            size += len(chunk)
            if size > _MAX_BODY:
                truncated = True
                break
    content = b"".join(chunks)[:_MAX_BODY]
    headers = [
        (k, v)
        for k, v in response.headers.multi_items()
        if k.lower() not in ("content-encoding", "content-length")  # the content is decoded
    ]
    kept = httpx.Response(
        response.status_code, headers=headers, content=content, request=response.request
    )
    return kept, dict(response.headers), truncated


def _derive(
    followable: set[str],
    bound: dict[str, list[dict[str, str]]],
    done: set[str],
    enqueue: Callable[[str, str], None],
) -> None:
    """GETs no answer linked to: a spec path that extends, with literal segments only, the
    path of a resource that answered (``/hsms/{hsmid}/roles`` from ``/hsms/151256``)."""
    for template in sorted(followable):
        params = _PARAM.findall(template)
        if not params or template in done:
            continue
        for prefix, values in sorted(bound.items()):
            if template.startswith(prefix + "/") and _PARAM.findall(prefix) == params:
                done.add(template)
                for v in values[:_PER_TEMPLATE]:
                    concrete = template
                    for name, value in v.items():
                        concrete = concrete.replace("{" + name + "}", value)
                    enqueue(concrete, f"(spec path {template}, from {prefix})")
                break


def walk(
    session: LunaSession,
    spec: dict[str, Any],
    *,
    budget: int = 500,
    pace: float = 0.0,
    on_answer: Callable[[Answer], None] | None = None,
) -> Walk:
    """GET every root, then every link of every JSON answer in the spec's namespace (at most
    ``_PER_TEMPLATE`` concrete resources per spec path, each undeclared link once), then the
    spec paths below the resources found that no answer linked to; at most ``budget``
    requests, ``pace`` seconds apart. Nothing but GET is ever sent."""
    index = OperationIndex(spec)
    followable = {p for p, _ in get_operations(spec)}
    out = Walk()
    queue: deque[tuple[str, str]] = deque((r, "") for r in roots(spec))
    visited = {r for r, _ in queue}
    per_template: dict[str, int] = {}
    bound: dict[str, list[dict[str, str]]] = {}  # template -> values of resources answered 200
    derived: set[str] = set()

    def enqueue(link: str, parent: str) -> None:
        if link in visited or not index.in_namespace(link):
            return
        template = index.template_of(link)
        if template is None:  # undeclared: at most _PER_TEMPLATE siblings (a/b/1, a/b/2...)
            siblings = link.rsplit("/", 1)[0] + "/*"
            if per_template.get(siblings, 0) >= _PER_TEMPLATE:
                return
            per_template[siblings] = per_template.get(siblings, 0) + 1
        else:
            if template not in followable or per_template.get(template, 0) >= _PER_TEMPLATE:
                return  # not a GET the walk may send (destructive, download), or enough
            if index.match("GET", link) is None:
                return
            per_template[template] = per_template.get(template, 0) + 1
        visited.add(link)
        queue.append((link, parent))

    while True:
        if not queue:
            _derive(followable, bound, derived, enqueue)
            if not queue:
                break
        if out.requests >= budget:
            out.budget_exhausted = True
            break
        url, parent = queue.popleft()
        if pace and out.requests:
            time.sleep(pace)
        out.requests += 1
        try:
            response, sent_headers, truncated = _get(session, url)
        except (LunaError, httpx.HTTPError, OSError) as err:
            out.errors.append(f"GET {url}: {type(err).__name__}: {err}")
            continue
        ctype = response.headers.get("content-type", "")
        body: Any = None
        if "json" in ctype and response.content and not truncated:
            try:
                body = response.json()
            except ValueError:
                body = None
        answer = Answer(
            url=url,
            status=response.status_code,
            headers=sent_headers,
            body=body,
            content_type=ctype,
            match=index.match("GET", url),
            linked_from=parent,
            response=response,
        )
        out.answers.append(answer)
        if on_answer is not None:
            on_answer(answer)
        if response.status_code != 200:
            continue
        if answer.match is not None and answer.match.params:
            values = bound.setdefault(answer.match.template, [])
            if answer.match.params not in values:
                values.append(answer.match.params)
        for link in _links(body) if body is not None else ():
            enqueue(link, url)
    return out
