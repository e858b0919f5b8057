"""The generated cckm_client matches openapi/cckm.yaml: one module per operation, no drift."""

from __future__ import annotations

import importlib
import inspect
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

import luna_spec

ROOT = Path(__file__).resolve().parent.parent
OPS = luna_spec.iter_cckm_operations()
RECORD = ROOT / "generated" / "GENERATED_FROM.cckm.json"


def _snake(name: str) -> str:
    """The generator's own name mangling (operationId or tag -> module name)."""
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(name, prefix="field_"))


@pytest.mark.parametrize(("method", "path", "op"), OPS, ids=[op["operationId"] for _, _, op in OPS])
def test_every_operation_has_its_client_function(
    method: str, path: str, op: dict[str, Any]
) -> None:
    module = importlib.import_module(
        f"cckm_client.api.{_snake(op['tags'][0])}.{_snake(op['operationId'])}"
    )
    for fn in ("sync_detailed", "asyncio_detailed"):
        assert inspect.isfunction(getattr(module, fn)), f"{module.__name__}.{fn}"
    src = inspect.getsource(module._get_kwargs)
    assert f'"method": "{method.lower()}"' in src
    url = re.search(r'"url": f?"([^"]+)"', src)
    assert url is not None
    assert re.sub(r"\{[^}]+\}", "{}", url.group(1)) == re.sub(r"\{[^}]+\}", "{}", path)


def test_client_modules_match_operations_exactly() -> None:
    """No function the spec does not know (e.g. a renamed operation left behind)."""
    api = ROOT / "generated" / "cckm_client" / "api"
    modules = {f"{p.parent.name}.{p.stem}" for p in api.glob("*/*.py") if p.stem != "__init__"}
    expected = {f"{_snake(op['tags'][0])}.{_snake(op['operationId'])}" for _, _, op in OPS}
    assert len(expected) == len(OPS) == 30
    assert modules == expected


def test_record_names_the_spec_it_was_generated_from() -> None:
    record = json.loads(RECORD.read_text())
    assert record["spec"] == "openapi/cckm.yaml"
    assert record["spec_sha256"] == luna_spec.cckm_spec_sha256()
    assert record["generator"] == "openapi-python-client 0.29.1"
    assert record["formatter"] == "ruff 0.17.5"


def test_key_create_body_keeps_the_size_rule_as_two_models() -> None:
    from cckm_client.api.luna_keys import create_luna_key
    from cckm_client.models import AesKeyCreate, AesKeyCreateSize, RsaKeyCreate, RsaKeyCreateSize

    assert {s.value for s in RsaKeyCreateSize} == {2048, 3072, 4096}
    assert {s.value for s in AesKeyCreateSize} == {128, 192, 256}
    body = AesKeyCreate.from_dict(
        {"label": "lrk-aes", "size": 256, "partition_id": "p1", "mechanism": "CKM_AES_KEY_GEN"}
    )
    kwargs = create_luna_key._get_kwargs(body=body)
    assert kwargs["headers"]["Content-Type"] == "application/json"
    assert kwargs["json"] == {
        "label": "lrk-aes",
        "size": 256,
        "partition_id": "p1",
        "mechanism": "CKM_AES_KEY_GEN",
    }
    with pytest.raises(ValueError, match="not a valid RsaMechanism"):
        RsaKeyCreate.from_dict(
            {"label": "x", "size": 2048, "partition_id": "p", "mechanism": "CKM_AES_KEY_GEN"}
        )
    with pytest.raises(ValueError, match="not a valid RsaKeyCreateSize"):
        RsaKeyCreate.from_dict(
            {
                "label": "x",
                "size": 256,
                "partition_id": "p",
                "mechanism": "CKM_RSA_PKCS_KEY_PAIR_GEN",
            }
        )


def _key_example() -> dict[str, Any]:
    spec = luna_spec.load_cckm_spec()
    op = spec["paths"]["/api/v1/cckm/hsm/luna/keys"]["post"]
    example: dict[str, Any] = op["responses"]["2XX"]["content"]["application/json"]["example"]
    return example


def test_bearer_token_is_sent_and_the_document_key_parses() -> None:
    from cckm_client import AuthenticatedClient
    from cckm_client.api.luna_keys import get_luna_key
    from cckm_client.models import LunaKey, LunaKeyStatus

    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=_key_example())

    client = AuthenticatedClient(
        base_url="https://cm.example",
        token="jwt-value",
        httpx_args={"transport": httpx.MockTransport(handler)},
    )
    reply = get_luna_key.sync_detailed("a79f373b-4f94-4bf0-8768-5b809cb43c46", client=client)
    assert str(seen[0].url).endswith(
        "/api/v1/cckm/hsm/luna/keys/a79f373b-4f94-4bf0-8768-5b809cb43c46"
    )
    assert seen[0].headers["Authorization"] == "Bearer jwt-value"
    key = reply.parsed
    assert isinstance(key, LunaKey)
    assert key.status == LunaKeyStatus.IN_PROGRESS
    assert isinstance(key.links, LunaKey)  # the other half of the pair, same model
    assert key.links.id == "ca74e45b-e3d0-4fde-af00-f841a7e586d0"


def test_a_ciphertrust_error_parses_as_the_error_model() -> None:
    from cckm_client import AuthenticatedClient
    from cckm_client.api.luna_keys import get_luna_key
    from cckm_client.models import CipherTrustError

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json={"code": 16, "codeDesc": "NCERRResourceNotFound: x"})

    client = AuthenticatedClient(
        base_url="https://cm.example",
        token="t",
        httpx_args={"transport": httpx.MockTransport(handler)},
    )
    err = get_luna_key.sync("nope", client=client)
    assert isinstance(err, CipherTrustError)
    assert (err.code, err.code_desc) == (16, "NCERRResourceNotFound: x")


@pytest.mark.slow
def test_regeneration_reproduces_cckm_client_exactly() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "regen.py"), "--check", "--only", "cckm_client"],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "generated/cckm_client matches openapi/cckm.yaml" in proc.stdout


def test_regen_check_names_the_drifted_package(tmp_path: Path) -> None:
    """The drift check's comparison, on a tampered copy, without running the generator."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        regen = importlib.import_module("regen")
    finally:
        sys.path.remove(str(ROOT / "tools"))
    committed = ROOT / "generated" / "cckm_client"
    fresh = tmp_path / "cckm_client"
    shutil.copytree(committed, fresh, ignore=shutil.ignore_patterns("__pycache__"))
    assert regen.diff(fresh, committed) == []
    (fresh / "api" / "luna_keys" / "get_luna_key.py").write_text("# tampered\n")
    (fresh / "extra.py").write_text("")
    assert regen.diff(fresh, committed) == [
        "missing from generated/: extra.py",
        "differs: api/luna_keys/get_luna_key.py",
    ]
    assert set(regen.TARGETS) == {"luna_client", "cckm_client"}
    assert regen.TARGETS["cckm_client"].record == RECORD.name
