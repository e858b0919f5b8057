"""Recordings of what a target answered, and their replay against another target.

A recording is a directory (``--record DIR``), written by ``python -m luna_conformance discover``
or by the suite (``pytest luna_conformance --luna-record DIR``; the schema-driven and stateful
layers, i.e. everything sent through ``Target.requests_session()``):

``DIR/index.json``::

    {"format": "luna-rest-kit-recording/1", "tool": "discover" | "suite",
     "target": "https://hsm.example:8443", "kind": "appliance" | "embedded emulator",
     "recorded": "2026-12-01T12:00:00Z", "apiVersion": "17", "specSha256": "...",
     "operations": {"getHsm": "getHsm.json", ...}}

``DIR/<operationId>.json``, one file per operation (``undeclared_<METHOD>_<path>.json`` for
a resource the spec does not describe, ``undeclared_methods_<path>.json`` with ``"method":
"*"`` for the methods a known path does not declare, which the suite probes)::

    {"format": "luna-rest-kit-recording/1", "operationId": "getHsm", "method": "GET",
     "path": "/api/lunasa/hsms/{hsmid}",
     "exchanges": [
       {"seq": 12,
        "request": {"method": "GET", "url": "/api/lunasa/hsms/151256",
                    "params": {"hsmid": "151256"},
                    "auth": "basic" | "token" | "cookie" | "none" | "refused",
                    "headers": {"accept": "..."}, "body": null},
        "response": {"status": 200, "headers": {"content-type": "...", ...},
                     "body": {...} | null, "text": null, "shape": ["$:object", ...]}}]}

``seq`` orders the exchanges of the whole recording. ``shape`` is the answer's body as a
sorted list of ``jsonpath:type`` (``$.hsms[].url:string``): what replay compares. Secrets
never reach a file: ``Authorization`` and ``Cookie`` request headers and ``Set-Cookie``
values are replaced by a mask, credential-like fields of request bodies too, and every file
is passed through ``luna_conformance.redaction.SECRETS`` (every secret the run holds, in its
encodings) before it is written. Non-JSON bodies are kept as at most 2,000 characters of
text (downloads as their size only).

Replay (``python -m luna_conformance replay DIR --luna-url ...``, or against the embedded
emulator without ``--luna-url``) sends each recorded GET again (writes only with
``--replay-writes`` and only to the embedded emulator; unauthenticated requests only to the
embedded emulator; requests whose credentials were refused, or that held a secret, never),
in recorded order, path parameters rebound to the ids the other target
really has (``luna_conformance.discovery.discover``), and scores each exchange out of 1: a third
for the status, a third for the headers (the ``Content-Type`` value and the names of the
headers that are not per-response, ``Date``, ``Content-Length``, ``Set-Cookie``...: Jaccard
similarity), a third for the body shape (Jaccard similarity of the shapes). An operation's
score is the mean of its exchanges'; 1.0 is full agreement.

What a replay can compare: a ``discover`` recording is GET only and compares two targets
as they are. The suite's recording holds the writes of its cases and workflows too; replayed
GET only, a GET of something the suite had created (or deleted) first answers differently
on the other target, which says more about state than about conformance.
"""

from __future__ import annotations

import contextlib
import datetime
import fcntl
import html
import json
import re
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import requests

import luna_spec

from .discover_walk import Answer, OperationIndex
from .redaction import MASK, SECRETS

__all__ = [
    "FORMAT",
    "OperationScore",
    "RecordingWriter",
    "ReplayResult",
    "load_recording",
    "replay",
    "score_exchange",
    "shape",
]

FORMAT = "luna-rest-kit-recording/1"
_TEXT_LIMIT = 2000
_SECRET_HEADERS = {"authorization", "cookie", "proxy-authorization"}
_SENSITIVE_KEY = re.compile(r"pass|secret|token|cookie|challenge|credential|pin", re.I)
VOLATILE_HEADERS = frozenset(
    {
        "date",
        "server",
        "content-length",
        "set-cookie",
        "connection",
        "keep-alive",
        "transfer-encoding",
        "etag",
        "last-modified",
        "expires",
        "age",
        "x-request-id",
    }
)


# -- shapes ----------------------------------------------------------------------------------


def shape(body: Any, where: str = "$") -> list[str]:
    """The body's structure, values left out: sorted ``jsonpath:type`` entries."""
    out: set[str] = set()
    _shape(body, where, out)
    return sorted(out)


def _shape(body: Any, where: str, out: set[str]) -> None:
    if body is None:
        out.add(f"{where}:null")
    elif isinstance(body, bool):
        out.add(f"{where}:boolean")
    elif isinstance(body, int | float):
        out.add(f"{where}:number")  # 3 and 3.0 are the same JSON number
    elif isinstance(body, str):
        out.add(f"{where}:string")
    elif isinstance(body, list):
        out.add(f"{where}:array")
        for v in body:
            _shape(v, f"{where}[]", out)
    elif isinstance(body, dict):
        out.add(f"{where}:object")
        for k, v in body.items():
            _shape(v, f"{where}.{k}", out)


def _jaccard(a: set[str], b: set[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def header_facts(headers: Mapping[str, str]) -> set[str]:
    facts = set()
    for name, value in headers.items():
        low = name.lower()
        if low in VOLATILE_HEADERS:
            continue
        facts.add(
            f"content-type={value.replace(' ', '').lower()}" if low == "content-type" else low
        )
    return facts


# -- writing -------------------------------------------------------------------------------


def _mask_body(body: Any) -> Any:
    if isinstance(body, dict):
        return {
            k: MASK if isinstance(v, str) and _SENSITIVE_KEY.search(str(k)) else _mask_body(v)
            for k, v in body.items()
        }
    if isinstance(body, list):
        return [_mask_body(v) for v in body]
    return body


def _auth_kind(headers: Mapping[str, str], status: int) -> str:
    """How the request authenticated: basic, token, cookie, none, or refused (credentials
    the target answered 401 to: never replayed, a wrong credential is never sent)."""
    lower = {k.lower(): v for k, v in headers.items()}
    if "authorization" in lower:
        kind = "basic" if lower["authorization"].lower().startswith("basic") else "token"
    else:
        kind = "cookie" if "cookie" in lower else "none"
    return "refused" if kind != "none" and status == 401 else kind


def _request_headers(headers: Mapping[str, str]) -> dict[str, str]:
    keep = ("accept", "content-type")
    return {k.lower(): v for k, v in headers.items() if k.lower() in keep}


def _response_headers(headers: Mapping[str, str]) -> dict[str, str]:
    out = {}
    for k, v in headers.items():
        low = k.lower()
        out[low] = MASK if low == "set-cookie" or low in _SECRET_HEADERS else v
    return out


def _decode(content: bytes, ctype: str) -> tuple[Any, str | None]:
    """(JSON body, text) of an answer or a request body."""
    if not content:
        return None, None
    if "json" in ctype or content[:1] in (b"{", b"["):
        try:
            return json.loads(content), None
        except ValueError:
            pass
    if "octet-stream" in ctype or "multipart" in ctype:
        return None, f"<{len(content)} bytes>"
    return None, content[:_TEXT_LIMIT].decode("utf-8", "replace")


class RecordingWriter:
    """Collects exchanges and writes the recording; thread-safe. Several processes (xdist
    workers) may write into one directory: files are merged under a lock."""

    def __init__(
        self,
        directory: Path,
        *,
        tool: str,
        target: str,
        kind: str,
        spec: dict[str, Any] | None = None,
        max_per_operation: int = 20,
    ) -> None:
        self.directory = directory
        self.tool, self.target, self.kind = tool, target, kind
        self.spec = spec if spec is not None else luna_spec.load_spec()
        self.index = OperationIndex(self.spec)
        self.max_per_operation = max_per_operation
        self.operations: dict[str, dict[str, Any]] = {}
        self._seq = 0
        self._lock = threading.Lock()

    def add(
        self,
        *,
        method: str,
        url: str,
        request_headers: Mapping[str, str],
        request_content: bytes,
        status: int,
        response_headers: Mapping[str, str],
        response_content: bytes,
    ) -> None:
        """One request and its answer (``url``: the path and query on the target)."""
        SECRETS.add_headers(dict(request_headers))
        SECRETS.add_cookies(v for k, v in response_headers.items() if k.lower() == "set-cookie")
        req_ctype = {k.lower(): v for k, v in request_headers.items()}.get("content-type", "")
        req_body, req_text = _decode(request_content, req_ctype)
        if req_body is not None:
            SECRETS.add_from_body(req_body)
        resp_ctype = {k.lower(): v for k, v in response_headers.items()}.get("content-type", "")
        resp_body, resp_text = _decode(response_content, resp_ctype)
        path = url.split("?", 1)[0]
        match = self.index.match(method, path)
        if match is not None:
            name, template, oid = match.operation_id, match.template, match.operation_id
            params = match.params
        elif (known := self.index.template_of(path)) is not None:
            # a method the spec does not declare at a known path (schemathesis probes them)
            slug = re.sub(r"[^A-Za-z0-9]+", "_", known).strip("_")
            name, template, oid, params = f"undeclared_methods_{slug}", known, "", {}
        else:
            slug = re.sub(r"[^A-Za-z0-9]+", "_", f"{method}_{path}").strip("_")
            name, template, oid, params = f"undeclared_{slug}", path, "", {}
        with self._lock:
            self._seq += 1
            entry = self.operations.setdefault(
                name,
                {
                    "format": FORMAT,
                    "operationId": oid,
                    "method": "*" if name.startswith("undeclared_methods_") else method.upper(),
                    "path": template,
                    "exchanges": [],
                },
            )
            if len(entry["exchanges"]) >= self.max_per_operation:
                return
            entry["exchanges"].append(
                {
                    "seq": self._seq,
                    "request": {
                        "method": method.upper(),
                        "url": url,
                        "params": params,
                        "auth": _auth_kind(request_headers, status),
                        "headers": _request_headers(request_headers),
                        "body": _mask_body(req_body),
                        "text": req_text,
                    },
                    "response": {
                        "status": status,
                        "headers": _response_headers(response_headers),
                        "body": resp_body,
                        "text": resp_text,
                        "shape": shape(resp_body) if resp_body is not None else [],
                    },
                }
            )

    def add_httpx(self, response: httpx.Response) -> None:
        request = response.request
        self.add(
            method=request.method,
            url=request.url.raw_path.decode("ascii", "replace"),
            request_headers=dict(request.headers),
            request_content=request.content if _has_content(request) else b"",
            status=response.status_code,
            response_headers=dict(response.headers),
            response_content=response.content,
        )

    def add_answer(self, answer: Answer) -> None:
        """An answer of the discover walk (its headers as the target sent them)."""
        request = answer.response.request
        self.add(
            method=request.method,
            url=request.url.raw_path.decode("ascii", "replace"),
            request_headers=dict(request.headers),
            request_content=b"",
            status=answer.status,
            response_headers=answer.headers,
            response_content=answer.response.content,
        )

    def add_requests(self, response: requests.Response) -> None:
        request = response.request
        body = request.body
        content = (
            body.encode() if isinstance(body, str) else body if isinstance(body, bytes) else b""
        )
        url = httpx.URL(str(request.url))
        self.add(
            method=str(request.method),
            url=url.raw_path.decode("ascii", "replace"),
            request_headers={
                str(k): v if isinstance(v, str) else v.decode("latin-1")
                for k, v in request.headers.items()
            },
            request_content=content,
            status=response.status_code,
            response_headers=dict(response.headers),
            response_content=response.content,
        )

    def hook(self, response: requests.Response, *args: Any, **kwargs: Any) -> None:
        """A ``requests`` response hook (``session.hooks["response"].append(writer.hook)``)."""
        with contextlib.suppress(Exception):  # a recording never fails the run
            self.add_requests(response)

    def write(self) -> list[Path]:
        """Write (merge into) the directory; the files written."""
        self.directory.mkdir(parents=True, exist_ok=True)
        written = []
        with open(self.directory / ".lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            index_path = self.directory / "index.json"
            index = _read_json(index_path) or {}
            operations: dict[str, str] = dict(index.get("operations", {}))
            offset = int(index.get("exchanges", 0))
            with self._lock:
                entries = {
                    k: dict(v, exchanges=list(v["exchanges"])) for k, v in self.operations.items()
                }
            for name, entry in sorted(entries.items()):
                path = self.directory / f"{name}.json"
                old = _read_json(path)
                for ex in entry["exchanges"]:
                    ex["seq"] += offset
                if old and old.get("format") == FORMAT:
                    room = self.max_per_operation - len(old["exchanges"])
                    entry["exchanges"] = old["exchanges"] + entry["exchanges"][: max(room, 0)]
                _write_json(path, entry)
                operations[name] = path.name
                written.append(path)
            index.update(
                {
                    "format": FORMAT,
                    "tool": self.tool,
                    "target": self.target,
                    "kind": self.kind,
                    "recorded": index.get("recorded")
                    or datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "apiVersion": str(self.spec.get("info", {}).get("version", "")),
                    "specSha256": luna_spec.spec_sha256(),
                    "exchanges": offset + self._seq,
                    "operations": dict(sorted(operations.items())),
                }
            )
            _write_json(index_path, index)
            written.append(index_path)
        return written


def _has_content(request: httpx.Request) -> bool:
    try:
        request.content  # noqa: B018 (raises for a streaming body that was not read)
    except httpx.RequestNotRead:
        return False
    return True


def _read_json(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def redact_tree(data: Any) -> Any:
    """``data`` with every string (keys included) redacted by value, one string at a time, so
    that a redaction pattern never reaches across JSON tokens."""
    if isinstance(data, dict):
        return {SECRETS.redact(str(k)): redact_tree(v) for k, v in data.items()}
    if isinstance(data, list):
        return [redact_tree(v) for v in data]
    if isinstance(data, str):
        return SECRETS.redact(data)
    return data


def _write_json(path: Path, data: Any) -> None:
    text = json.dumps(redact_tree(data), indent=1, sort_keys=False, ensure_ascii=False)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text + "\n", encoding="utf-8")
    tmp.replace(path)


# -- reading and replaying ---------------------------------------------------------------------


def load_recording(directory: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """(index, operation files) of a recording; ``ValueError`` if it is not one."""
    index = _read_json(directory / "index.json")
    if not index or index.get("format") != FORMAT:
        raise ValueError(f"{directory} is not a {FORMAT} recording (no index.json)")
    files = []
    for name in index.get("operations", {}).values():
        data = _read_json(directory / name)
        if data is None or data.get("format") != FORMAT:
            raise ValueError(f"{directory / name}: not a {FORMAT} operation file")
        files.append(data)
    return index, files


@dataclass
class ExchangeScore:
    url: str
    status: tuple[int, int | None]  # recorded, replayed (None: not replayed)
    status_score: float
    header_score: float
    body_score: float
    note: str = ""

    @property
    def score(self) -> float:
        return (self.status_score + self.header_score + self.body_score) / 3

    def to_json(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "recordedStatus": self.status[0],
            "replayedStatus": self.status[1],
            "status": round(self.status_score, 3),
            "headers": round(self.header_score, 3),
            "body": round(self.body_score, 3),
            "score": round(self.score, 3),
            "note": self.note,
        }


@dataclass
class OperationScore:
    name: str
    method: str
    path: str
    exchanges: list[ExchangeScore] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # why exchanges were not replayed

    @property
    def score(self) -> float | None:
        if not self.exchanges:
            return None
        return sum(e.score for e in self.exchanges) / len(self.exchanges)

    def to_json(self) -> dict[str, Any]:
        s = self.score
        return {
            "operation": self.name,
            "method": self.method,
            "path": self.path,
            "score": None if s is None else round(s, 3),
            "exchanges": [e.to_json() for e in self.exchanges],
            "skipped": self.skipped,
        }


@dataclass
class ReplayResult:
    recording: dict[str, Any]
    target: str
    operations: list[OperationScore]

    @property
    def scored(self) -> list[OperationScore]:
        return [o for o in self.operations if o.score is not None]

    @property
    def score(self) -> float:
        scored = self.scored
        return sum(o.score or 0.0 for o in scored) / len(scored) if scored else 0.0

    @property
    def agreement(self) -> bool:
        return bool(self.scored) and all(o.score == 1.0 for o in self.scored)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": "luna-rest-kit-replay/1",
            "recording": {
                k: self.recording.get(k)
                for k in ("tool", "target", "kind", "recorded", "apiVersion")
            },
            "target": self.target,
            "score": round(self.score, 3),
            "fullAgreement": self.agreement,
            "operations": [o.to_json() for o in self.operations],
        }

    def to_html(self) -> str:
        rows = []
        for o in sorted(self.operations, key=lambda o: (o.score is None, o.score or 0, o.name)):
            s = "not replayed" if o.score is None else f"{o.score:.3f}"
            worst = min(o.exchanges, key=lambda e: e.score) if o.exchanges else None
            detail = (
                f"{worst.url}: status {worst.status[0]} -> {worst.status[1]}, headers "
                f"{worst.header_score:.2f}, body {worst.body_score:.2f} {worst.note}"
                if worst
                else "; ".join(o.skipped[:2])
            )
            cls = "ok" if o.score == 1.0 else "na" if o.score is None else "bad"
            rows.append(
                f"<tr class='{cls}'><td>{html.escape(o.method)} {html.escape(o.path)}</td>"
                f"<td>{html.escape(o.name)}</td><td>{s}</td><td>{html.escape(detail)}</td></tr>"
            )
        rec = self.recording
        return SECRETS.redact(
            "<!doctype html><meta charset='utf-8'><title>luna-rest-kit replay</title>"
            "<style>body{font-family:sans-serif}td{padding:2px 8px;border-bottom:1px solid #ddd}"
            ".bad{background:#fdd}.na{color:#888}</style>"
            f"<h1>Replay of a recording</h1><p>Recorded by {html.escape(str(rec.get('tool')))} "
            f"on {html.escape(str(rec.get('target')))} ({html.escape(str(rec.get('recorded')))}),"
            f" replayed against {html.escape(self.target)}: score {self.score:.3f}, "
            f"{'full agreement' if self.agreement else 'deviations below'}.</p>"
            "<table><tr><th>operation</th><th>id</th><th>score</th><th>worst exchange</th></tr>"
            + "".join(rows)
            + "</table>"
        )


def score_exchange(
    recorded: Mapping[str, Any], status: int, headers: Mapping[str, str], body: Any, url: str
) -> ExchangeScore:
    """How far one replayed answer agrees with the recorded one (each part out of 1)."""
    rec_headers = header_facts(recorded.get("headers", {}))
    new_headers = header_facts(headers)
    rec_shape = set(recorded.get("shape") or [])
    new_shape = set(shape(body)) if body is not None else set()
    notes = []
    if rec_headers != new_headers:
        notes.append(f"headers only recorded {sorted(rec_headers - new_headers)}")
        notes.append(f"only replayed {sorted(new_headers - rec_headers)}")
    if rec_shape != new_shape:
        notes.append(f"body only recorded {sorted(rec_shape - new_shape)[:5]}")
        notes.append(f"only replayed {sorted(new_shape - rec_shape)[:5]}")
    return ExchangeScore(
        url=url,
        status=(int(recorded["status"]), status),
        status_score=1.0 if int(recorded["status"]) == status else 0.0,
        header_score=_jaccard(rec_headers, new_headers),
        body_score=_jaccard(rec_shape, new_shape),
        note="; ".join(notes),
    )


def _rebind_map(
    files: list[dict[str, Any]], found: dict[str, list[dict[str, str]]]
) -> dict[tuple[str, str], str]:
    """(parameter, recorded value) -> the value of the same-rank resource on the target."""
    mapping: dict[tuple[str, str], str] = {}
    for entry in files:
        template = entry["path"]
        targets = found.get(template) or []
        distinct: list[dict[str, str]] = []
        for ex in entry["exchanges"]:
            params = ex["request"].get("params") or {}
            real = ex["request"]["method"] == "GET" and 200 <= int(ex["response"]["status"]) < 300
            if params and real and params not in distinct:
                distinct.append(params)  # a resource the recorded target really had
        unmatched = [p for p in distinct if p not in targets]
        free = [t for t in targets if t not in distinct]
        for params, there in zip(unmatched, free, strict=False):
            for name, value in params.items():
                mapping.setdefault((name, value), there.get(name, value))
    return mapping


def _rebound(
    url: str, template: str, params: Mapping[str, str], mapping: Mapping[tuple[str, str], str]
) -> str:
    if not params:
        return url
    query = ("?" + url.split("?", 1)[1]) if "?" in url else ""
    path = template
    for name, value in params.items():
        path = path.replace("{" + name + "}", mapping.get((name, value), value))
    return path + query


def replay(
    directory: Path,
    session: Any,
    *,
    target: str,
    unauthenticated: httpx.Client | None = None,
    writes: bool = False,
    found: dict[str, list[dict[str, str]]] | None = None,
    pace: float = 0.0,
) -> ReplayResult:
    """Replay a recording through ``session`` (a ``LunaSession``: one login) and score it.

    ``unauthenticated``: a client without credentials for the recorded unauthenticated
    requests (the embedded emulator only; ``None``: they are not replayed). ``writes``:
    replay non-GET requests too (the embedded emulator only). ``found``: the target's
    resources (``discovery.discover(...).found``) to rebind path parameters to."""
    import time

    index, files = load_recording(directory)
    mapping = _rebind_map(files, found or {})
    scores = {
        f"{e['method']} {e['path']} {e['operationId']}": OperationScore(
            e["operationId"] or f"(undeclared) {e['path']}", e["method"], e["path"]
        )
        for e in files
    }
    queue = sorted(
        (
            (ex["seq"], f"{e['method']} {e['path']} {e['operationId']}", e, ex)
            for e in files
            for ex in e["exchanges"]
        ),
        key=lambda t: t[0],
    )
    sent = 0
    for _, key, entry, ex in queue:
        op = scores[key]
        req = ex["request"]
        method = str(req["method"]).upper()
        if method != "GET" and not writes:
            op.skipped.append(f"{method} {req['url']}: a write (--replay-writes, emulator only)")
            continue
        if req.get("auth") == "none" and unauthenticated is None:
            op.skipped.append(f"{method} {req['url']}: unauthenticated (embedded emulator only)")
            continue
        if req.get("auth") == "refused":
            op.skipped.append(f"{method} {req['url']}: its credentials were refused (401)")
            continue
        if MASK in json.dumps(req.get("body")) or MASK in str(req["url"]):
            op.skipped.append(f"{method} {req['url']}: it held a secret (masked)")
            continue
        url = _rebound(str(req["url"]), entry["path"], req.get("params") or {}, mapping)
        if pace and sent:
            time.sleep(pace)
        sent += 1
        client = unauthenticated if req.get("auth") == "none" else session.http
        assert client is not None
        kwargs: dict[str, Any] = {"headers": dict(req.get("headers") or {})}
        if req.get("body") is not None:
            kwargs["content"] = json.dumps(req["body"]).encode()
        try:
            response = client.request(method, url, **kwargs)
        except (httpx.HTTPError, OSError) as err:
            rec = ex["response"]
            op.exchanges.append(
                ExchangeScore(
                    url,
                    (int(rec["status"]), None),
                    0.0,
                    0.0,
                    0.0,
                    SECRETS.redact(f"{type(err).__name__}: {err}"),
                )
            )
            continue
        body, _ = _decode(response.content, response.headers.get("content-type", ""))
        op.exchanges.append(
            score_exchange(ex["response"], response.status_code, dict(response.headers), body, url)
        )
    return ReplayResult(index, target, sorted(scores.values(), key=lambda o: o.name))


# -- the pytest plugin ------------------------------------------------------------------------


def pytest_addoption(parser: pytest.Parser) -> None:
    g = parser.getgroup("luna", "luna-rest-kit conformance")
    g.addoption(
        "--luna-record",
        "--record",
        dest="luna_record",
        default=None,
        metavar="DIR",
        help="record every request the schema-driven and stateful layers send, and the "
        "answers, secrets redacted, one file per operation (format: "
        "luna_conformance/recording.py); replay with python -m luna_conformance replay DIR",
    )
    g.addoption(
        "--luna-record-max",
        type=int,
        default=20,
        metavar="N",
        help="exchanges kept per operation in a recording (default 20)",
    )


@pytest.fixture(scope="session", autouse=True)
def _luna_recording(request: pytest.FixtureRequest) -> Iterator[RecordingWriter | None]:
    """With --luna-record: a response hook on the session schemathesis sends through."""
    directory = request.config.getoption("luna_record")
    if not directory:
        yield None
        return
    target = request.getfixturevalue("target")
    writer = RecordingWriter(
        Path(str(directory)),
        tool="suite",
        target=target.url,
        kind="embedded emulator" if target.is_emulator else "appliance",
        max_per_operation=int(request.config.getoption("--luna-record-max")),
    )
    target.requests_session().hooks["response"].append(writer.hook)
    try:
        yield writer
    finally:
        writer.write()
