"""openapi/cckm.yaml is valid OpenAPI, covers the CCKM Luna-keys documents, follows its rules."""

from __future__ import annotations

import re
from typing import Any

import pytest
from openapi_schema_validator import OAS30Validator
from openapi_spec_validator import validate

import luna_spec

SPEC = luna_spec.load_cckm_spec()
OPS = luna_spec.iter_cckm_operations(SPEC)
BY_ID = {op["operationId"]: (m, p, op) for m, p, op in OPS}

# Every operation the issue asks for, as the documents write it (from /v1/...), with the
# document it comes from. "003" is the CCKM "Luna HSM Key APIs" reference page (seed
# 003_08ae69a1d40246fe.txt); the others are listed in cckm-facts.md sections 1-4.
DOCUMENTED: list[tuple[str, str, str]] = [
    ("POST", "/v1/cckm/hsm/luna/keys", "003"),
    ("GET", "/v1/cckm/hsm/luna/keys", "003"),
    ("GET", "/v1/cckm/hsm/luna/keys/{id}", "003"),
    ("PATCH", "/v1/cckm/hsm/luna/keys/{id}", "003"),
    ("POST", "/v1/cckm/hsm/luna/keys/{id}/replicate", "003"),
    ("DELETE", "/v1/cckm/hsm/luna/keys/{id}", "003"),
    ("POST", "/v1/cckm/hsm/luna/{id}/delete", "003"),
    ("POST", "/v1/cckm/hsm/luna/refresh", "003"),
    ("GET", "/v1/cckm/hsm/luna/refresh", "003"),
    ("GET", "/v1/cckm/hsm/luna/refresh/{id}", "003"),
    ("POST", "/v1/cckm/hsm/luna/refresh/{id}/cancel", "003"),
    ("POST", "/v1/cckm/hsm/luna/synchronize", "003"),
    ("GET", "/v1/cckm/hsm/luna/synchronize", "003"),
    ("GET", "/v1/cckm/hsm/luna/synchronize/{id}", "003"),
    ("POST", "/v1/cckm/hsm/luna/synchronize/{id}/cancel", "003"),
    ("POST", "/v1/cckm/hsm/luna/add-partition", "partitions"),
    ("GET", "/v1/cckm/hsm/luna/partitions", "partitions"),
    ("GET", "/v1/cckm/hsm/luna/partitions/{id}", "partitions"),
    ("PATCH", "/v1/cckm/hsm/luna/partitions/{id}", "partitions"),
    ("DELETE", "/v1/cckm/hsm/luna/partitions/{id}", "partitions"),
    ("POST", "/v1/cckm/hsm/luna/partitions/{id}/update-acls", "partitions"),
    ("POST", "/v1/auth/tokens/", "tokens"),
    ("GET", "/v1/auth/tokens/", "tokens"),
    ("GET", "/v1/auth/tokens/{id}", "tokens"),
    ("DELETE", "/v1/auth/tokens/{id}", "tokens"),
    ("GET", "/v1/connectionmgmt/services/luna-network/connections", "connections"),
    ("POST", "/v1/connectionmgmt/services/luna-network/connections", "connections"),
    ("GET", "/v1/connectionmgmt/services/luna-network/connections/{id}", "connections"),
    ("PATCH", "/v1/connectionmgmt/services/luna-network/connections/{id}", "connections"),
    ("DELETE", "/v1/connectionmgmt/services/luna-network/connections/{id}", "connections"),
]
SEED_PAGE = "cckmapi/luna-hsm-apis/luna-hsm-key-apis"
PATH_PARAMS = {  # ours: the pages write {id} everywhere
    "keyId": "lunaKeys",
    "partitionId": "lunaPartitions",
    "connectionId": "lunaConnections",
    "tokenId": "tokens",
    "refreshJobId": "lunaRefresh",
    "synchronizeJobId": "lunaSynchronize",
}
EVIDENCE = {"doc", "adm", "idx", "code"}
ASYNC = {"none", "key-status", "key-operation", "job"}


def _template(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "{}", path)


BY_TEMPLATE = {(m, _template(p)): op for m, p, op in OPS}


def _deref(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def _properties(schema: Any) -> dict[str, Any]:
    """Properties of a schema, through allOf."""
    schema = _deref(schema)
    props: dict[str, Any] = dict(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        props.update(_properties(part))
    return props


def _required(schema: Any) -> set[str]:
    schema = _deref(schema)
    req = set(schema.get("required", []))
    for part in schema.get("allOf", []):
        req |= _required(part)
    return req


def _ok_schema(op: dict[str, Any]) -> Any:
    for code, resp in op["responses"].items():
        if code.startswith("2"):
            content = _deref(resp).get("content", {})
            if "application/json" in content:
                return content["application/json"]["schema"]
    return None


def _validator(schema: Any) -> OAS30Validator:
    return OAS30Validator({**schema, "components": SPEC["components"]})


def test_spec_is_valid_openapi() -> None:
    validate(SPEC)


def test_every_documented_operation_is_in_the_spec() -> None:
    have = set(BY_TEMPLATE)
    want = {(m, _template("/api" + p)) for m, p, _ in DOCUMENTED}
    assert len(DOCUMENTED) == len(want) == 30
    assert sorted(want - have) == []
    assert sorted(have - want) == []  # nothing undocumented slipped in


@pytest.mark.parametrize(("method", "path", "origin"), DOCUMENTED)
def test_every_operation_names_its_source(method: str, path: str, origin: str) -> None:
    op = BY_TEMPLATE[(method, _template("/api" + path))]
    sources = op["x-cckm-source"]
    assert isinstance(sources, list)
    assert sources
    assert all(isinstance(s, str) for s in sources)
    assert all(re.match(r"^(doc|adm|idx|code)\b", s) for s in sources), sources
    evidence = op["x-cckm-evidence"]
    assert evidence in EVIDENCE
    assert any(s.startswith(evidence) for s in sources), "evidence not among the sources"
    if origin == "003":  # the seed page documents these: request, response, behaviour
        assert evidence == "doc"
        assert any(SEED_PAGE in s and "thalesdocs.com/ctp/cm/" in s for s in sources)
    if evidence != "doc" or origin != "003":
        # where the reference is silent, the operation says so instead of inventing
        assert op["x-cckm-undocumented"], f"{method} {path} records no gaps"


@pytest.mark.parametrize(("method", "path", "op"), OPS, ids=[op["operationId"] for *_, op in OPS])
def test_operation_follows_conventions(method: str, path: str, op: dict[str, Any]) -> None:
    assert re.fullmatch(r"[a-z][a-zA-Z0-9]*", op["operationId"])
    assert len(op["tags"]) == 1
    assert op["tags"][0] in {t["name"] for t in SPEC["tags"]}
    # security per operation (the generator ignores the top level)
    expected: list[dict[str, list[str]]] = (
        [] if op["operationId"] == "issueToken" else [{"bearerJWT": []}]
    )
    assert op["security"] == expected
    assert isinstance(op["x-cckm-destructive"], bool)
    assert ("x-cckm-destructive-reason" in op) == op["x-cckm-destructive"]
    assert op["x-cckm-async"] in ASYNC
    assert all(isinstance(s, str) and s for s in op.get("x-cckm-undocumented", []))
    codes = set(op["responses"])
    assert any(c.startswith("2") for c in codes), "no 2xx"
    assert {"4XX", "5XX"} <= codes  # the pages document the ranges
    if op["security"]:
        assert "401" in codes
    if "{" in path:
        assert "404" in codes


@pytest.mark.parametrize(("method", "path", "op"), OPS, ids=[op["operationId"] for *_, op in OPS])
def test_client_errors_use_the_ciphertrust_error_body(
    method: str, path: str, op: dict[str, Any]
) -> None:
    for code, resp in op["responses"].items():
        if code.startswith("4"):
            content = _deref(resp)["content"]
            assert list(content) == ["application/json"], f"{method} {path} {code}"
            assert content["application/json"]["schema"] == {
                "$ref": "#/components/schemas/CipherTrustError"
            }


def test_error_body_shape() -> None:
    v = _validator({"$ref": "#/components/schemas/CipherTrustError"})
    v.validate({"code": 16, "codeDesc": "NCERRResourceNotFound: Resource not found"})
    with pytest.raises(Exception, match="codeDesc"):
        v.validate({"code": 16})


@pytest.mark.parametrize(
    ("method", "path", "op"),
    [(m, p, op) for m, p, op in OPS if "resources" in _properties(_ok_schema(op) or {})],
    ids=lambda x: x["operationId"] if isinstance(x, dict) else None,
)
def test_lists_answer_the_envelope_and_page(method: str, path: str, op: dict[str, Any]) -> None:
    schema = _ok_schema(op)
    assert method == "GET"
    assert {"skip", "limit", "total", "resources"} <= _required(schema)
    names = {_deref(p)["name"] for p in op.get("parameters", [])}
    assert {"skip", "limit"} <= names


def test_six_lists_and_sort_only_where_documented_or_conventional() -> None:
    lists = {
        op["operationId"] for _, _, op in OPS if "resources" in _properties(_ok_schema(op) or {})
    }
    assert lists == {
        "listRefreshTokens",
        "listLunaConnections",
        "listLunaPartitions",
        "listLunaKeys",
        "listLunaRefreshJobs",
        "listLunaSynchronizeJobs",
    }
    with_sort = {
        op["operationId"]
        for _, _, op in OPS
        if "sort" in {_deref(p)["name"] for p in op.get("parameters", [])}
    }
    # the job pages document id, overall_status, skip and limit only
    assert with_sort == {"listLunaConnections", "listLunaPartitions", "listLunaKeys"}


def test_key_list_takes_every_documented_filter() -> None:
    _, _, op = BY_ID["listLunaKeys"]
    names = {_deref(p)["name"] for p in op["parameters"]}
    assert names == {
        "id", "label", "algorithm", "mechanism", "size", "byok_key", "partition_id",
        "partition_label", "status", "object_type", "origin", "sha_256_fingerprint",
        "modulus", "link_id", "replicated", "skip", "limit", "sort",
    }  # fmt: skip


def test_key_object_statuses_and_operations() -> None:
    schemas = SPEC["components"]["schemas"]
    assert schemas["LunaKeyStatus"]["enum"] == ["in_progress", "AVAILABLE", "DELETED"]
    assert schemas["LunaKeyOperation"]["enum"] == [
        "keycreate",
        "keyupdate",
        "keyreplicate",
        "keydelete",
    ]
    assert set(schemas["LunaKeyOperationStatus"]["enum"]) == {
        "",
        "created",
        "in_progress",
        "completed",
    }
    props = _properties({"$ref": "#/components/schemas/LunaKey"})
    for field in ("status", "operation", "operation_status", "links", "replication_info"):
        assert field in props
    key = _validator({"$ref": "#/components/schemas/LunaKey"})
    with pytest.raises(Exception, match="PENDING"):
        key.validate({"id": "k", "status": "PENDING"})


@pytest.mark.parametrize(
    ("mechanism", "size", "valid"),
    [
        ("CKM_RSA_PKCS_KEY_PAIR_GEN", 2048, True),
        ("CKM_RSA_X9_31_KEY_PAIR_GEN", 3072, True),
        ("CKM_RSA_FIPS_186_3_PRIME_KEY_PAIR_GEN", 4096, True),
        ("CKM_RSA_FIPS_186_3_AUX_PRIME_KEY_PAIR_GEN", 2048, True),
        ("CKM_AES_KEY_GEN", 128, True),
        ("CKM_AES_KEY_GEN", 192, True),
        ("CKM_AES_KEY_GEN", 256, True),
        ("CKM_RSA_PKCS_KEY_PAIR_GEN", 1024, False),
        ("CKM_RSA_PKCS_KEY_PAIR_GEN", 256, False),
        ("CKM_AES_KEY_GEN", 2048, False),
        ("CKM_AES_KEY_GEN", 512, False),
        ("CKM_EC_KEY_PAIR_GEN", 256, False),  # 2.18 only, sizes unknown: not declared
    ],
)
def test_key_create_size_rules(mechanism: str, size: int, valid: bool) -> None:
    body = {
        "label": "lrk-key",
        "size": size,
        "partition_id": "p",
        "mechanism": mechanism,
        "attributes": ["CKA_ENCRYPT", "CKA_DECRYPT"],
    }
    v = _validator({"$ref": "#/components/schemas/LunaKeyCreate"})
    assert v.is_valid(body) is valid


def test_key_create_attributes_are_the_documented_ten() -> None:
    assert SPEC["components"]["schemas"]["LunaAttribute"]["enum"] == [
        "CKA_MODIFIABLE",
        "CKA_EXTRACTABLE",
        "CKA_SENSITIVE",
        "CKA_ENCRYPT",
        "CKA_DECRYPT",
        "CKA_WRAP",
        "CKA_UNWRAP",
        "CKA_SIGN",
        "CKA_VERIFY",
        "CKA_DERIVE",
    ]
    v = _validator({"$ref": "#/components/schemas/LunaKeyUpdate"})
    assert v.is_valid({"attributes": [{"type": "CKA_SIGN", "value": True}]})
    assert not v.is_valid({"attributes": [{"type": "CKA_TOKEN", "value": True}]})
    assert not v.is_valid({"attributes": ["CKA_SIGN"]})


def test_only_deleting_from_the_hsm_and_removing_configuration_is_destructive() -> None:
    destructive = {op["operationId"] for _, _, op in OPS if op["x-cckm-destructive"]}
    assert destructive == {"deleteLunaKeyFromHsm", "deleteLunaPartition", "deleteLunaConnection"}
    _, path, op = BY_ID["deleteLunaKeyFromHsm"]
    assert path == "/api/v1/cckm/hsm/luna/{keyId}/delete"
    assert "HSM" in op["x-cckm-destructive-reason"]
    assert BY_ID["deleteLunaKey"][2]["x-cckm-destructive"] is False  # CCKM record only


@pytest.mark.parametrize(
    ("op_id", "kind", "field", "success"),
    [
        ("createLunaKey", "key-status", "status", ["AVAILABLE"]),
        ("updateLunaKey", "key-operation", "operation_status", ["completed"]),
        ("replicateLunaKey", "key-operation", "operation_status", ["completed"]),
        ("deleteLunaKeyFromHsm", "key-operation", "status", ["DELETED"]),
        ("startLunaRefresh", "job", "overall_status", ["completed"]),
        ("startLunaSynchronize", "job", "overall_status", ["completed"]),
        ("cancelLunaRefreshJob", "job", "overall_status", ["completed"]),
        ("cancelLunaSynchronizeJob", "job", "overall_status", ["completed"]),
    ],
)
def test_asynchronous_operations_say_how_completion_is_observed(
    op_id: str, kind: str, field: str, success: list[str]
) -> None:
    _, _, op = BY_ID[op_id]
    assert op["x-cckm-async"] == kind
    done = op["x-cckm-completion"]
    assert done["field"] == field
    assert done["success"] == success
    # the polled operation is a GET on the same resource whose answer has that field,
    # and every value named is one the field's schema allows
    poll_method, poll_path, poll = BY_ID[done["poll"]]
    assert poll_method == "GET"
    assert re.search(r"/\{\w+\}$", poll_path)
    prop = _deref(_properties(_ok_schema(poll))[field])
    for value in done["pending"] + done["success"] + done["failure"]:
        assert value in prop["enum"], (field, value)
    if kind == "key-operation":
        ops = SPEC["components"]["schemas"]["LunaKeyOperation"]["enum"]
        assert done["operation"] in ops


def test_synchronous_operations_have_no_completion() -> None:
    for _, _, op in OPS:
        assert ("x-cckm-completion" in op) == (op["x-cckm-async"] != "none"), op["operationId"]


def test_token_issue() -> None:
    method, path, op = BY_ID["issueToken"]
    assert (method, path) == ("POST", "/api/v1/auth/tokens/")
    assert op["security"] == []
    assert op["x-cckm-jwt-lifetime-seconds"] == 300
    assert "200" in op["responses"]
    grants = SPEC["components"]["schemas"]["GrantType"]["enum"]
    assert {"password", "refresh_token"} <= set(grants)
    scheme = SPEC["components"]["securitySchemes"]["bearerJWT"]
    assert (scheme["type"], scheme["scheme"], scheme["bearerFormat"]) == ("http", "bearer", "JWT")
    response = _validator(_ok_schema(op))
    assert response.is_valid({"jwt": "a.b.c", "duration": 300})
    assert not response.is_valid({"duration": 300})


def test_add_partition_names_a_connection() -> None:
    _, _, op = BY_ID["addLunaPartition"]
    body = _deref(op["requestBody"]["content"]["application/json"]["schema"])
    assert body["required"] == ["connection"]
    _, _, create = BY_ID["createLunaConnection"]
    conn = _deref(create["requestBody"]["content"]["application/json"]["schema"])
    assert set(conn["required"]) == {"name", "password", "partitions"}
    assert "409" in create["responses"]


def test_job_requests_are_partitions_or_all() -> None:
    for op_id in ("startLunaRefresh", "startLunaSynchronize"):
        _, _, op = BY_ID[op_id]
        body = _deref(op["requestBody"]["content"]["application/json"]["schema"])
        assert body["x-cckm-mutually-exclusive"] == ["partitions", "synchronize_all"]
        assert set(body["properties"]) == {"partitions", "synchronize_all"}
    status = SPEC["components"]["schemas"]["JobStatus"]["enum"]
    assert status == ["in_progress", "completed", "failed"]


@pytest.mark.parametrize(
    ("create", "targets"),
    [
        ("createLunaKey", {"getLunaKey", "updateLunaKey", "replicateLunaKey", "deleteLunaKey",
                           "deleteLunaKeyFromHsm"}),
        ("addLunaPartition", {"getLunaPartition", "deleteLunaPartition"}),
        ("createLunaConnection", {"getLunaConnection", "deleteLunaConnection"}),
        ("startLunaRefresh", {"getLunaRefreshJob", "cancelLunaRefreshJob"}),
        ("startLunaSynchronize", {"getLunaSynchronizeJob", "cancelLunaSynchronizeJob"}),
    ],
)  # fmt: skip
def test_creates_link_to_their_resource(create: str, targets: set[str]) -> None:
    _, _, op = BY_ID[create]
    links = next(r["links"] for c, r in op["responses"].items() if c.startswith("2"))
    assert {link["operationId"] for link in links.values()} == targets
    for link in links.values():
        _, target_path, _ = BY_ID[link["operationId"]]
        (name,) = re.findall(r"\{(\w+)\}", target_path)
        assert link["parameters"] == {name: "$response.body#/id"}


def _examples() -> list[tuple[str, Any, Any]]:
    found: list[tuple[str, Any, Any]] = []

    def walk(node: Any, where: str, in_properties: bool = False) -> None:
        if isinstance(node, dict):
            if not in_properties and "example" in node:
                found.append((where, node.get("schema", node), node["example"]))
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


def test_spec_has_examples_from_the_documents() -> None:
    assert len(EXAMPLES) >= 12


@pytest.mark.parametrize(("where", "schema", "example"), EXAMPLES, ids=[w for w, _, _ in EXAMPLES])
def test_example_validates_against_its_schema(where: str, schema: Any, example: Any) -> None:
    _validator(schema).validate(example)


def test_an_invalid_example_is_caught() -> None:
    v = _validator({"$ref": "#/components/schemas/RefreshJob"})
    with pytest.raises(Exception, match="cancelled"):
        v.validate({"id": "j", "overall_status": "cancelled"})


def test_refresh_and_synchronize_jobs_are_told_apart() -> None:
    refresh = _validator({"$ref": "#/components/schemas/RefreshJob"})
    sync = _validator({"$ref": "#/components/schemas/SynchronizeJob"})
    job = {"id": "j", "overall_status": "in_progress", "abort": False}
    assert refresh.is_valid({**job, "job_type": "refresh"})
    assert not refresh.is_valid({**job, "job_type": "ha_synchronize"})
    assert sync.is_valid({**job, "job_type": "ha_synchronize"})
    assert not sync.is_valid({**job, "job_type": "refresh"})
    for op_id, schema in (
        ("getLunaRefreshJob", "RefreshJob"),
        ("getLunaSynchronizeJob", "SynchronizeJob"),
    ):
        assert _ok_schema(BY_ID[op_id][2]) == {"$ref": f"#/components/schemas/{schema}"}


def test_path_parameters_are_named_per_resource() -> None:
    """Distinct names per resource family, so that neither link inference nor a reader
    can take one resource's id (a connection's) for another's (a key to delete)."""
    for _, path, op in OPS:
        for name in re.findall(r"\{(\w+)\}", path):
            assert PATH_PARAMS[name] == op["tags"][0], (path, name)
    used = {n for _, p, _ in OPS for n in re.findall(r"\{(\w+)\}", p)}
    assert used == set(PATH_PARAMS)


def _generated_cases(operation: Any) -> list[Any]:
    from hypothesis import HealthCheck, given, settings

    cases: list[Any] = []

    @given(operation.as_strategy())
    @settings(max_examples=2, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    def collect(case: Any) -> None:
        cases.append(case)

    collect()
    return cases


def test_schemathesis_generates_a_request_for_every_operation() -> None:
    """The conformance suite's engine reads the spec: every operation yields requests."""
    import schemathesis
    from schemathesis.core.result import Ok

    schema = schemathesis.openapi.from_path(str(luna_spec.cckm_spec_path()))
    labels = []
    for result in schema.get_all_operations():
        assert isinstance(result, Ok), result  # an Err is a part of the spec it cannot read
        operation = result.ok()
        cases = _generated_cases(operation)
        assert cases, operation.label
        assert all(case.method == operation.method.upper() for case in cases)
        labels.append(operation.label)
    assert len(labels) == len(OPS)
