"""The router's segment filter (spec_index._SegmentFilter) is an optimisation only: for any
path and method, ``SpecIndex.match`` and ``methods_at`` answer exactly what trying every
route's regex in routing order answers (and, when none matches, what they answer for the
path without its one trailing slash)."""

from __future__ import annotations

import random
import re
from typing import Any

import pytest

from luna_emulator.spec_index import SpecIndex

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")
VALUES = ("151256", "1", "x", "actions", "login", "", "a\n", "\n", "hsms", "{hsmid}", "a b", "ñ")


@pytest.fixture(scope="module")
def index() -> SpecIndex:
    return SpecIndex()


def _reference(index: SpecIndex) -> list[tuple[re.Pattern[str], dict[str, Any]]]:
    """Every path template's regex, most literal segments first (spec order otherwise)."""
    routes = []
    for path in index.spec["paths"]:
        regex = "^" + re.sub(r"\\\{([a-zA-Z0-9_]+)\\\}", r"(?P<\1>[^/]+)", re.escape(path)) + "$"
        literals = sum(1 for seg in path.split("/") if seg and not seg.startswith("{"))
        ops = {op.method: op for op in index.operations.values() if op.path == path}
        routes.append((literals, re.compile(regex), ops))
    routes.sort(key=lambda r: -r[0])
    return [(regex, ops) for _, regex, ops in routes]


def _paths(index: SpecIndex) -> set[str]:
    rnd = random.Random(17)
    paths = {"", "/", "\n", "/api/lunasa", "/api/lunasa\n", "api/lunasa", "/api", "/tasks\n"}
    for template in index.spec["paths"]:
        segments = template.split("/")
        for _ in range(8):
            path = "/".join(
                rnd.choice(VALUES) if seg.startswith("{") or rnd.random() < 0.05 else seg
                for seg in segments
            )
            paths.update({path, path + "\n", path + "/", path + "/x", "/" + path, path[:-1]})
    return paths


def test_match_is_the_first_matching_route_in_routing_order(index: SpecIndex) -> None:
    reference = _reference(index)
    for path in _paths(index):
        matching = [(m, ops) for regex, ops in reference if (m := regex.match(path))]
        if not matching and len(path) > 1 and path.endswith("/") and not path.endswith("//"):
            # one trailing slash names the same resource (/api/lunasa/ is /api/lunasa)
            matching = [(m, ops) for regex, ops in reference if (m := regex.match(path[:-1]))]
        expected_methods = sorted(matching[0][1]) if matching else []
        assert index.methods_at(path) == expected_methods, path
        for method in METHODS:
            expected = next(
                ((ops[method], m.groupdict()) for m, ops in matching if method in ops), None
            )
            op, params, known = index.match(method, path)
            assert known == bool(matching), (method, path)
            if expected is None:
                assert (op, params) == (None, {}), (method, path)
            else:
                assert op is expected[0], (method, path)
                assert params == expected[1], (method, path)


def test_trailing_newline_matches_as_the_regex_does(index: SpecIndex) -> None:
    # `$` also matches before a final newline: the filter must not lose those routes
    op, params, _ = index.match("GET", "/api/lunasa/hsms/151256\n")
    assert op is not None
    assert op.operation_id == "getHsm"
    assert params == {"hsmid": "151256\n"}
    op, params, _ = index.match("GET", "/api/lunasa/hsms\n")  # a literal last segment
    assert op is not None
    assert op.operation_id == "listHsms"
    assert params == {}
