"""Spec-driven behaviour for operations without a hand-written handler.

Resources are kept as JSON documents by URL: GET answers the stored document (or
a default that conforms to the response schema), PUT replaces it, PATCH merges
into it, POST on a collection creates a child whose id comes from the body,
DELETE removes a child, and ``.../actions/{actionid}`` accepts the actions the
spec's ``x-luna-actions`` lists.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from . import errors as E
from .dispatch import Ctx, Reply
from .instances import default_instance
from .spec_index import SpecIndex

if TYPE_CHECKING:
    from .model import State

__all__ = ["Generic"]

ID_FIELDS = (
    "id",
    "name",
    "userId",
    "roleId",
    "securityName",
    "clientName",
    "label",
    "server",
    "address",
    "hostname",
    "file",
    "serviceName",
)


class Generic:
    def __init__(self, index: SpecIndex) -> None:
        self.index = index
        self.spec = index.spec
        self._counter = itertools.count(1)
        paths = set(self.spec["paths"])
        # collection path -> child path template, when the child has a GET or DELETE
        self.child_of: dict[str, str] = {}
        for path in paths:
            head, _, last = path.rpartition("/")
            if last.startswith("{") and head in paths and last != "{actionid}":
                self.child_of[head] = path

    def _success(self, ctx: Ctx) -> int:
        codes = sorted(int(c) for c in ctx.op.statuses if c.startswith("2") and c != "202")
        return codes[0] if codes else 204

    def _schema_body(self, ctx: Ctx, status: int) -> Any:
        resp = ctx.op.raw["responses"].get(str(status), {})
        while "$ref" in resp:
            resp = self.spec["components"]["responses"][resp["$ref"].rsplit("/", 1)[1]]
        for media, content in resp.get("content", {}).items():
            if "json" in media:
                return default_instance(self.spec, content.get("schema", {}))
        return None

    def _binary_only(self, ctx: Ctx, status: int) -> bool:
        resp = ctx.op.raw["responses"].get(str(status), {})
        while "$ref" in resp:
            resp = self.spec["components"]["responses"][resp["$ref"].rsplit("/", 1)[1]]
        media = list(resp.get("content", {}))
        return bool(media) and not any("json" in m for m in media)

    def handle(self, state: State, ctx: Ctx) -> Reply:
        op, url = ctx.op, ctx.url
        status = self._success(ctx)
        if op.method == "GET" and self._binary_only(ctx, status):
            stored = state.docs.get(url)
            data = stored if isinstance(stored, bytes) else f"emulated content of {url}\n".encode()
            return Reply(status, raw=data)
        if op.path.endswith("/actions/{actionid}"):
            action = ctx.params["actionid"]
            if op.actions and action not in op.actions:
                raise E.ActionDoesNotExist(
                    f"{action!r} is not an action of {url.rsplit('/actions/', 1)[0]}"
                )
            return Reply(
                status,
                self._schema_body(ctx, status) if status != 204 else None,
                self._location(ctx, url.rsplit("/actions/", 1)[0]),
            )
        if op.path.endswith("/actions") and op.method == "GET":
            post = self.spec["paths"].get(op.path + "/{actionid}", {}).get("post", {})
            return Reply(
                200,
                {
                    "actions": [
                        {"id": a, "url": f"{url}/{a}"} for a in post.get("x-luna-actions", [])
                    ]
                },
            )
        parent, _, last = url.rpartition("/")
        template_parent = op.path.rpartition("/")[0]
        is_child = op.path.rpartition("/")[2].startswith("{") and template_parent in self.child_of
        if is_child:
            children = state.children.setdefault(parent, {})
            if last not in children:
                raise E.NotFound(f"{url} does not exist")
            if op.method == "DELETE":
                del children[last]
                return Reply(status)
            if op.method == "GET":
                return Reply(status, children[last])
            if op.method in ("PUT", "PATCH") and isinstance(ctx.body, dict):
                children[last] = (
                    {**children[last], **ctx.body} if op.method == "PATCH" else dict(ctx.body)
                )
                return Reply(status, None, self._location(ctx, url))
        if op.method == "POST" and op.path in self.child_of:
            body = ctx.body if isinstance(ctx.body, dict) else {}
            ident = next(
                (
                    str(body[f])
                    for f in ID_FIELDS
                    if isinstance(body.get(f), str | int)
                    and str(body[f]).replace("-", "").replace("_", "").replace(".", "").isalnum()
                ),
                str(next(self._counter)),
            )
            children = state.children.setdefault(url, {})
            if ident in children:
                raise E.ResourceAlreadyExists(f"{url}/{ident} already exists")
            safe = {k: v for k, v in body.items() if "assword" not in k}
            children[ident] = {"id": ident, **safe}
            location = {"Location": f"{url}/{ident}"}
            return Reply(
                status, self._schema_body(ctx, status) if status != 204 else None, location
            )
        if op.method == "GET":
            if url in state.children or op.path in self.child_of:
                kids = state.children.get(url, {})
                doc = self._schema_body(ctx, 200)
                key = next((k for k, v in (doc or {}).items() if isinstance(v, list)), None)
                if isinstance(doc, dict) and key:
                    doc[key] = [{"id": k, "url": f"{url}/{k}"} for k in sorted(kids)]
                    return Reply(200, self._conform_list(ctx, doc, key, kids, url))
            if isinstance(state.docs.get(url), dict):
                return Reply(200, state.docs[url])
            return Reply(status, self._schema_body(ctx, status))
        if op.method in ("PUT", "PATCH"):
            if isinstance(ctx.body, bytes):
                state.docs[url] = ctx.body
            elif isinstance(ctx.body, dict):
                stored = state.docs.get(url)
                current = stored if isinstance(stored, dict) else {}
                state.docs[url] = (
                    {**current, **ctx.body} if op.method == "PATCH" else dict(ctx.body)
                )
                for k in [k for k in state.docs[url] if "assword" in k]:
                    state.docs[url].pop(k)
            return Reply(
                status,
                self._schema_body(ctx, status) if status != 204 else None,
                self._location(ctx, url),
            )
        if op.method == "DELETE":
            state.docs.pop(url, None)
            return Reply(status)
        return Reply(
            status,
            self._schema_body(ctx, status) if status != 204 else None,
            self._location(ctx, url),
        )

    def _conform_list(
        self, ctx: Ctx, doc: dict[str, Any], key: str, kids: dict[str, Any], url: str
    ) -> dict[str, Any]:
        """List items in the shape the schema wants: refs, or the stored documents."""
        resp = ctx.op.raw["responses"].get("200", {})
        for content in resp.get("content", {}).values():
            schema = content.get("schema", {})
            while "$ref" in schema:
                schema = self.spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
            items = schema.get("properties", {}).get(key, {}).get("items", {})
            ref = items.get("$ref", "")
            if ref and not ref.endswith(("/ResourceRef", "/ActionRef")):
                item_default = default_instance(self.spec, items)
                doc[key] = [
                    {
                        **item_default,
                        **{k: v for k, v in kids[k].items() if k in item_default or k == "id"},
                    }
                    for k in sorted(kids)
                ]
            break
        return doc

    def _location(self, ctx: Ctx, url: str) -> dict[str, str]:
        ok = ctx.op.raw["responses"].get(str(self._success(ctx)), {})
        while "$ref" in ok:
            ok = self.spec["components"]["responses"][ok["$ref"].rsplit("/", 1)[1]]
        return {"Location": url} if "Location" in ok.get("headers", {}) else {}
