"""luna_ext is typed end to end: mypy --strict accepts the README's examples and correct
calls, and rejects wrong parameter names, wrong types and wrong uses of results.

Each rejected snippet is one file whose line marked ``# E`` must be reported by mypy."""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import pkgutil
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from .test_readme import _usage_blocks

ROOT = Path(__file__).resolve().parent.parent

PRELUDE = """\
from __future__ import annotations
import asyncio
from luna_client.api.hsms import get_hsm, list_hsms
from luna_client.api.partitions import create_partition
from luna_client.models import CreatePartitionRequest, Hsm, HsmList
from luna_ext import AsyncLunaSession, LunaSession, Retry
from luna_ext.workflows import PartitionRef, create_partition as make_partition, so_login
URL = "https://hsm.example:8443"
luna = LunaSession(URL, username="admin", password="x", ca_file="server.pem")
aluna = AsyncLunaSession(URL, username="admin", password="x", ca_file="server.pem")
"""

ACCEPTED = """\
hsm: Hsm = luna.call(get_hsm, hsmid=151256)
print(hsm.label, hsm.so_logins_left)
hsms: HsmList = luna.call(list_hsms)
print(luna.call(list_hsms))  # a context (print's object) does not spoil the inference
print([h.id for h in hsms.hsms])
result = luna.run(get_hsm, 151256)
print(result.value.state, result.status, result.location, result.id)
created = luna.operation(create_partition, on_progress=print, timeout=60.0).detailed(
    151256, body=CreatePartitionRequest(name="p1", has_pso=False, all_storage_space=True)
)
print(created.id, created.task)
print(get_hsm.sync(hsmid=151256, client=luna.client))  # the generated client directly
LunaSession(URL, username="a", password="b", retry=Retry(attempts=2), task_timeout=5.0)


async def main() -> str:
    h: Hsm = await aluna.call(get_hsm, hsmid=151256)
    async for item in aluna.iterate("/api/lunasa/ntls/clients", page_size=10):
        print(item)
    bound = aluna.operation(get_hsm, wait=False)
    again: Hsm = await bound(hsmid=1)
    await so_login(aluna, 1, "pw")
    part: PartitionRef = await make_partition(aluna, 1, "p", so_password="x", domain="d")
    return f"{h.label}{again.label}{part.id}"


so_login(luna, 1, "pw", force=True)
sync_part: PartitionRef = make_partition(luna, 1, "p", so_password="x", domain="d")
"""

REJECTED = {
    "misspelt_parameter": "luna.call(get_hsm, hsmd=151256)  # E",
    "wrong_parameter_type": 'luna.call(get_hsm, hsmid="151256")  # E',
    "missing_parameter": "luna.call(get_hsm)  # E",
    "too_many_arguments": "luna.call(list_hsms, 1)  # E",
    "misspelt_session_keyword": 'LunaSession(URL, usernme="admin", password="x")  # E',
    "unknown_session_keyword": 'LunaSession(URL, username="a", password="b", hsmz=1)  # E',
    "wrong_session_type": 'LunaSession(URL, username="a", password="b", retry="3")  # E',
    "misspelt_model_field": (
        'luna.call(create_partition, 1, body=CreatePartitionRequest(lable="p", has_pso=False))  # E'
    ),
    "wrong_body_type": 'luna.call(create_partition, 1, body={"name": "p"})  # E',
    "wrong_result_type": "lst: HsmList = luna.call(get_hsm, hsmid=1)  # E",
    "unknown_result_attribute": "print(luna.call(get_hsm, hsmid=1).labell)  # E",
    "run_value_attribute": "print(luna.run(get_hsm, hsmid=1).value.nope)  # E",
    "wrong_task_option": 'luna.operation(get_hsm, start="yes")  # E',
    "bound_call_parameter": "luna.operation(get_hsm)(hsmid=1, hsm=2)  # E",
    "async_result_not_awaited": "h: Hsm = aluna.call(get_hsm, hsmid=1)  # E",
    "wrong_page_size": 'luna.iterate("/api/lunasa/ntls/clients", page_size="2")  # E',
    "async_workflow_not_awaited": (
        'p: PartitionRef = make_partition(aluna, 1, "p", so_password="x", domain="d")  # E'
    ),
    "workflow_misspelt_keyword": 'so_login(luna, 1, "pw", forced=True)  # E',
}


def _mypy() -> list[str] | None:
    if importlib.util.find_spec("mypy") is not None:
        return [sys.executable, "-m", "mypy"]
    for candidate in (ROOT / ".tox" / "lint" / "bin" / "mypy", shutil.which("mypy")):
        if candidate and Path(candidate).exists():
            return [str(candidate)]
    return None


def _readme_module() -> str:
    stubs = textwrap.dedent(
        """\
        from cryptography import x509
        from cryptography.hazmat.primitives.asymmetric import rsa
        URL = "https://hsm.example:8443"
        PASSWORD = "x"
        CA_FILE = "server.pem"


        def make_key_and_certificate() -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
            raise NotImplementedError
        """
    )
    blocks = [
        f"def block_{i}() -> None:\n" + textwrap.indent(b, "    ")
        for i, b in enumerate(_usage_blocks())
    ]
    return stubs + "\n\n" + "\n\n".join(blocks)


@pytest.fixture(scope="module")
def mypy_output(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    command = _mypy()
    if command is None:
        pytest.skip("mypy is not installed (pip install -e '.[lint]')")
    folder = tmp_path_factory.mktemp("typing")
    (folder / "accepted_calls.py").write_text(PRELUDE + ACCEPTED)
    (folder / "accepted_readme.py").write_text(_readme_module())
    for name, line in REJECTED.items():
        (folder / f"rejected_{name}.py").write_text(PRELUDE + line + "\n")
    proc = subprocess.run(
        [
            *command,
            "--strict",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(folder / ".mypy_cache"),
            "--no-error-summary",
            "--show-absolute-path",
            *sorted(str(p) for p in folder.glob("*.py")),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
        check=False,
    )
    return proc.stdout + proc.stderr, folder


def test_at_least_ten_wrong_calls() -> None:
    assert len(REJECTED) >= 10


def test_mypy_accepts_correct_calls_and_the_readme(mypy_output: tuple[str, Path]) -> None:
    out, folder = mypy_output
    for name in ("accepted_calls.py", "accepted_readme.py"):
        errors = [
            line for line in out.splitlines() if f"{folder}/{name}:" in line and "error" in line
        ]
        assert errors == [], "\n".join(errors)


@pytest.mark.parametrize("name", sorted(REJECTED))
def test_mypy_rejects(name: str, mypy_output: tuple[str, Path]) -> None:
    out, folder = mypy_output
    path = folder / f"rejected_{name}.py"
    marked = 1 + next(
        i for i, line in enumerate(path.read_text().splitlines()) if line.endswith("# E")
    )
    errors = [
        line
        for line in out.splitlines()
        if re.match(rf"{re.escape(str(path))}:{marked}(:\d+)?: error:", line)
    ]
    assert errors, f"mypy accepted {REJECTED[name]!r}:\n{out}"


def _operations() -> list[Any]:
    import luna_client.api

    found = []
    for tag in pkgutil.iter_modules(luna_client.api.__path__):
        package = importlib.import_module(f"luna_client.api.{tag.name}")
        for op in pkgutil.iter_modules(package.__path__):
            found.append(importlib.import_module(f"{package.__name__}.{op.name}"))
    return found


def test_every_generated_operation_fits_the_call_protocol() -> None:
    """``call()``'s parameters are typed from the generator's request builder and it runs
    the public ``sync_detailed``: both must take the same parameters (``client`` aside), for
    every operation, or the types would not describe the call."""
    operations = _operations()
    assert len(operations) >= 200
    for op in operations:
        builder = inspect.signature(op._get_kwargs)
        for public in (op.sync_detailed, op.asyncio_detailed):
            params = [
                p for p in inspect.signature(public).parameters.values() if p.name != "client"
            ]
            assert [(p.name, p.kind, p.default, p.annotation) for p in params] == [
                (p.name, p.kind, p.default, p.annotation) for p in builder.parameters.values()
            ], op.__name__
