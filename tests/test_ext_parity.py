"""AsyncLunaSession is the complete twin of LunaSession: same public methods, same
parameters (names, kinds, defaults), coroutines where the sync one blocks."""

from __future__ import annotations

import inspect
from typing import Any

from luna_ext import AsyncLunaSession, LunaSession

# the context-manager protocols differ by nature: with / async with
_PROTOCOL = {"__enter__", "__exit__", "__aenter__", "__aexit__"}
# methods that return an object rather than doing I/O themselves
_NOT_COROUTINES = {"iterate", "operation"}


def _public(cls: type) -> dict[str, Any]:
    return {
        name: member
        for name, member in inspect.getmembers(cls)
        if (not name.startswith("_") or name == "__init__")
        and (inspect.isfunction(member) or isinstance(member, property))
    }


def test_the_same_public_methods() -> None:
    sync, aio = _public(LunaSession), _public(AsyncLunaSession)
    assert set(sync) - _PROTOCOL == set(aio) - _PROTOCOL
    assert len(sync) >= 17  # open, close, call, run, operation, files, paging, tasks...


def test_the_same_parameters() -> None:
    sync, aio = _public(LunaSession), _public(AsyncLunaSession)
    for name, member in sync.items():
        if isinstance(member, property):
            assert isinstance(aio[name], property), name
            continue
        s, a = inspect.signature(member), inspect.signature(aio[name])
        assert [(p.name, p.kind, p.default) for p in s.parameters.values()] == [
            (p.name, p.kind, p.default) for p in a.parameters.values()
        ], name


def test_async_methods_are_coroutines() -> None:
    sync, aio = _public(LunaSession), _public(AsyncLunaSession)
    for name, member in aio.items():
        if isinstance(member, property) or name == "__init__":
            continue
        if name in _NOT_COROUTINES:
            assert not inspect.iscoroutinefunction(member), name
        else:
            assert inspect.iscoroutinefunction(member), name
        assert not inspect.iscoroutinefunction(sync[name]), name


def test_the_async_context_manager() -> None:
    assert inspect.iscoroutinefunction(AsyncLunaSession.__aenter__)
    assert inspect.iscoroutinefunction(AsyncLunaSession.__aexit__)
    assert hasattr(LunaSession, "__enter__")
    assert hasattr(LunaSession, "__exit__")
