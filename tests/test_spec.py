"""The spec is valid OpenAPI, follows the project's rules and covers the documents."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openapi_schema_validator import OAS30Validator
from openapi_spec_validator import validate

import luna_spec
from luna_spec.lint import lint

SPEC = luna_spec.load_spec()
OPS = luna_spec.iter_operations(SPEC)
DOCUMENTED = Path(luna_spec.spec_path()).with_name("documented-operations.txt")


def test_spec_is_valid_openapi() -> None:
    validate(SPEC)


def test_spec_follows_project_rules() -> None:
    assert lint(SPEC) == []


def test_lint_catches_a_broken_operation() -> None:
    broken = {**SPEC, "paths": {"/x/{id}": {"get": {"operationId": "Bad_name", "responses": {}}}}}
    problems = "\n".join(lint(broken))
    for expected in (
        "not camelCase",
        "exactly one declared tag",
        "x-luna-privileges",
        "x-luna-destructive",
        "no 2xx",
        "no 400",
        "no 404",
        "security",
    ):
        assert expected in problems


def _documented() -> list[tuple[str, str]]:
    rows = []
    for line in DOCUMENTED.read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            method, path = line.split()[:2]
            rows.append((method, path))
    return rows


def test_every_documented_operation_is_in_the_spec() -> None:
    have = {(m, p) for m, p, _ in OPS}
    documented = _documented()
    assert len(documented) == len(set(documented)) == 63  # 71 pairs as the documents name them
    missing = [f"{m} {p}" for m, p in documented if (m, p) not in have]
    assert missing == []


def test_spec_is_broad() -> None:
    assert len(OPS) >= 110


@pytest.mark.parametrize(("method", "path"), [(m, p) for m, p, _ in OPS])
def test_operation_documents_responses_with_schemas(method: str, path: str) -> None:
    op = SPEC["paths"][path][method.lower()]
    for code, resp in op["responses"].items():
        resp = _deref(resp)
        if code.startswith(("4", "5")):
            schemas = [c["schema"] for c in resp.get("content", {}).values()]
            assert schemas, f"{method} {path} {code} has no error schema"
            assert all(s == {"$ref": "#/components/schemas/ErrorDescription"} for s in schemas)
        for media, content in resp.get("content", {}).items():
            assert "schema" in content, f"{method} {path} {code} {media}"


def test_ids_use_v17_constraints() -> None:
    params = SPEC["components"]["parameters"]
    assert params["HsmId"]["schema"] == {
        "type": "integer",
        "format": "int64",
        "minimum": 1,
        "maximum": 9999999999,
    }
    assert params["PartitionId"]["schema"]["minimum"] == 1000000
    assert params["PartitionId"]["schema"]["maximum"] == 99999999999999999
    sub = SPEC["components"]["schemas"]["SubId"]
    assert (sub["minLength"], sub["maxLength"], sub["pattern"]) == (1, 32, "^[a-zA-Z0-9_.-]*$")


def test_request_bodies_pin_the_api_version() -> None:
    for method, path, op in OPS:
        body = _deref(op.get("requestBody", {}))
        for media in body.get("content", {}):
            assert media.endswith(f";version={luna_spec.API_VERSION}"), f"{method} {path}"


def test_lists_are_paged() -> None:
    """Every operation answering an array takes limit/offset and declares Link."""
    for method, path, op in OPS:
        ok = _deref(op["responses"].get("200", {}))
        schema = _deref(ok.get("content", {}).get(luna_spec.VENDOR_JSON, {}).get("schema", {}))
        arrays = [
            k for k, v in schema.get("properties", {}).items() if _deref(v).get("type") == "array"
        ]
        if method != "GET" or not arrays:
            continue
        names = {_deref(p)["name"] for p in op.get("parameters", [])}
        assert {"limit", "offset"} <= names, f"{method} {path} answers {arrays} without paging"
        assert "Link" in ok.get("headers", {}), f"{method} {path} lacks the Link header"


def test_destructive_operations_are_marked() -> None:
    destructive = {(m, p) for m, p, op in OPS if op["x-luna-destructive"]}
    for pair in [
        ("POST", "/api/lunasa/hsms/{hsmid}/actions/{actionid}"),
        ("POST", "/api/lunasa/actions/{actionid}"),
        ("POST", "/api/lunasa/config/factoryReset"),
        ("POST", "/api/lunasa/config/backups/{backupid}/actions/{actionid}"),
        ("POST", "/api/lunasa/hsms/{hsmid}/firmware/actions/{actionid}"),
        ("POST", "/api/lunasa/packageFiles"),
        ("DELETE", "/api/lunasa/hsms/{hsmid}/partitions/{partitionid}"),
        ("PUT", "/api/lunasa/hsms/{hsmid}"),
    ]:
        assert pair in destructive, pair
    assert ("GET", "/api/lunasa/hsms") not in destructive


def _deref(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def _examples() -> list[tuple[str, Any, Any]]:
    """Every (where, schema, example): media types and parameters with a schema and an
    example, and schema objects carrying their own example."""
    found: list[tuple[str, Any, Any]] = []

    def walk(node: Any, where: str, in_properties: bool = False) -> None:
        if isinstance(node, dict):
            if not in_properties and "example" in node:
                schema = node.get("schema", node)
                found.append((where, schema, node["example"]))
            for name, ex in (node.get("examples") or {}).items():
                if "schema" in node:
                    found.append((f"{where}/examples/{name}", node["schema"], _deref(ex)["value"]))
            for key, value in node.items():
                if key not in ("example", "examples"):
                    walk(value, f"{where}/{key}", in_properties=(key == "properties"))
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{where}/{i}")

    walk(SPEC["paths"], "#/paths")
    walk(SPEC["components"], "#/components")
    return found


EXAMPLES = _examples()


def test_spec_has_examples() -> None:
    assert len(EXAMPLES) >= 20


@pytest.mark.parametrize(("where", "schema", "example"), EXAMPLES, ids=[w for w, _, _ in EXAMPLES])
def test_example_validates_against_its_schema(where: str, schema: Any, example: Any) -> None:
    resolver_schema = {**schema, "components": SPEC["components"]}
    OAS30Validator(resolver_schema).validate(example)


def test_an_invalid_example_is_caught() -> None:
    schema = {"$ref": "#/components/schemas/Task", "components": SPEC["components"]}
    with pytest.raises(Exception, match="state"):
        OAS30Validator(schema).validate(
            {"instance": "/tasks/1", "responseUrl": "x", "sourceUrl": "y", "state": "Sleeping"}
        )


def test_the_fast_yaml_loader_reads_the_documents_as_the_pure_python_one_does() -> None:
    import yaml

    from luna_spec._documents import SafeLoader, document_path

    for name in ("luna.yaml", "cckm.yaml"):
        text = document_path(name).read_text(encoding="utf-8")
        assert yaml.load(text, Loader=SafeLoader) == yaml.load(text, Loader=yaml.SafeLoader)  # noqa: S506
