"""The generated client matches the spec: one function per operation, no drift."""

from __future__ import annotations

import importlib
import inspect
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import luna_spec

ROOT = Path(__file__).resolve().parent.parent
OPS = luna_spec.iter_operations()


def _snake(name: str) -> str:
    """The generator's own name mangling (operationId or tag -> module name)."""
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(name, prefix="field_"))


@pytest.mark.parametrize(("method", "path", "op"), OPS, ids=[op["operationId"] for _, _, op in OPS])
def test_every_operation_has_its_client_function(method: str, path: str, op: dict) -> None:
    module = importlib.import_module(
        f"luna_client.api.{_snake(op['tags'][0])}.{_snake(op['operationId'])}"
    )
    for fn in ("sync_detailed", "asyncio_detailed"):
        assert inspect.isfunction(getattr(module, fn)), f"{module.__name__}.{fn}"
    src = inspect.getsource(module._get_kwargs)
    assert f'"method": "{method.lower()}"' in src
    template = re.sub(r"\{[^}]+\}", "{}", path)
    assert re.sub(r"\{[^}]+\}", "{}", re.search(r'"url": "([^"]+)"', src).group(1)) == template  # type: ignore[union-attr]


def test_client_modules_match_operations_exactly() -> None:
    """No function the spec does not know (e.g. a renamed operation left behind)."""
    api = ROOT / "generated" / "luna_client" / "api"
    modules = {f"{p.parent.name}.{p.stem}" for p in api.glob("*/*.py") if p.stem != "__init__"}
    expected = {f"{_snake(op['tags'][0])}.{_snake(op['operationId'])}" for _, _, op in OPS}
    assert modules == expected


def test_json_bodies_carry_the_pinned_version() -> None:
    from luna_client.api.tasks import perform_task_action
    from luna_client.models import Empty

    kwargs = perform_task_action._get_kwargs("3", "start", body=Empty())
    assert kwargs["headers"]["Content-Type"] == luna_spec.VENDOR_JSON
    assert kwargs["json"] == {}


def test_record_names_the_spec_it_was_generated_from() -> None:
    record = json.loads((ROOT / "generated" / "GENERATED_FROM.json").read_text())
    assert record["spec_sha256"] == luna_spec.spec_sha256()
    assert record["generator"] == "openapi-python-client 0.29.1"


@pytest.mark.slow
def test_regeneration_reproduces_generated_exactly() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "regen.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
