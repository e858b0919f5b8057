"""luna_spec.diff: every class of change between two specs, classified; the CLI.

Most tests take a small spec, change one thing in a copy and check the exact set
of (kind, severity) the diff reports, and where it says the change is.
"""

from __future__ import annotations

import configparser
import copy
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

import luna_spec
from luna_spec import load_spec
from luna_spec.diff import (
    Change,
    ChangeKind,
    Severity,
    SpecSourceError,
    diff_specs,
    load_source,
    main,
    render_markdown,
    render_text,
)

B, NB, BH = Severity.BREAKING, Severity.NON_BREAKING, Severity.BEHAVIOUR
K = ChangeKind
V17 = "application/vnd.safenetinc.lunasa+json;version=17"
ROOT = Path(__file__).resolve().parent.parent

HSM = "/api/lunasa/hsms/{hsmid}"
ACTION = "/api/lunasa/hsms/{hsmid}/actions/{actionid}"


def _ref(name: str, kind: str = "schemas") -> dict[str, str]:
    return {"$ref": f"#/components/{kind}/{name}"}


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {V17: {"schema": schema}, "application/json": {"schema": schema}}


def _op(op_id: str, **extra: Any) -> dict[str, Any]:
    op: dict[str, Any] = {
        "operationId": op_id,
        "tags": ["hsms"],
        "summary": op_id,
        "description": op_id,
        "x-luna-privileges": ["admin", "operator"],
        "x-luna-destructive": False,
        "x-luna-task": "none",
        "x-luna-evidence": "doc",
        "x-luna-source": ["ref"],
        "security": [{"basicAuth": []}, {"sessionCookie": []}],
        "x-luna-errors": {"400": ["FRAMEWORK_BAD_REQUEST"], "404": []},
        "responses": {"400": _ref("BadRequest", "responses"), "404": {"description": "nf"}},
    }
    op.update(extra)
    return op


def base_spec() -> dict[str, Any]:
    """A small spec in the style of luna.yaml: two paths, three operations."""
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "17", "x-luna-api-version": "17"},
        "paths": {
            HSM: {
                "parameters": [_ref("HsmId", "parameters")],
                "get": _op(
                    "getHsm",
                    parameters=[
                        {
                            "name": "limit",
                            "in": "query",
                            "required": False,
                            "schema": {"type": "integer", "minimum": 1, "maximum": 100},
                        },
                        {"name": "force", "in": "query", "required": True, "schema": {}},
                    ],
                    responses={
                        "200": {
                            "description": "the HSM",
                            "headers": {"Link": {"required": True, "schema": {"type": "string"}}},
                            "content": _json(_ref("Hsm")),
                        },
                        "400": _ref("BadRequest", "responses"),
                        "404": {"description": "nf"},
                    },
                ),
                "put": _op(
                    "initializeHsm",
                    **{"x-luna-task": "usually", "x-luna-privileges": ["admin"]},
                    requestBody={"required": True, "content": {V17: {"schema": _ref("HsmInit")}}},
                    responses={
                        "202": {"description": "tasked", "content": _json(_ref("Task"))},
                        "204": {"description": "done"},
                        "400": _ref("BadRequest", "responses"),
                    },
                ),
            },
            ACTION: {
                "parameters": [
                    _ref("HsmId", "parameters"),
                    {"name": "actionid", "in": "path", "required": True, "schema": _ref("SubId")},
                ],
                "post": _op(
                    "performHsmAction",
                    **{
                        "x-luna-task": "protected",
                        "x-luna-destructive": True,
                        "x-luna-destructive-reason": "zeroize erases the HSM",
                        "x-luna-actions": ["selfTest", "zeroize", "factoryReset"],
                        "x-luna-protected-actions": ["zeroize"],
                        "x-luna-requires": "hsm-so",
                    },
                    requestBody={
                        "required": False,
                        "x-luna-body-required": False,
                        "content": {V17: {"schema": {"type": "object"}}},
                    },
                    responses={
                        "202": {"description": "tasked", "content": _json(_ref("Task"))},
                        "204": {"description": "done"},
                        "400": _ref("BadRequest", "responses"),
                    },
                ),
            },
        },
        "components": {
            "securitySchemes": {
                "basicAuth": {"type": "http", "scheme": "basic"},
                "sessionCookie": {"type": "apiKey", "in": "cookie", "name": "SESSION"},
            },
            "parameters": {
                "HsmId": {
                    "name": "hsmid",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "integer", "format": "int64", "minimum": 1},
                }
            },
            "responses": {
                "BadRequest": {
                    "description": "bad",
                    "content": _json(_ref("ErrorDescription")),
                }
            },
            "schemas": {
                "SubId": {"type": "string", "minLength": 1, "maxLength": 32},
                "ErrorDescription": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {"id": {"type": "string"}, "message": {"type": "string"}},
                },
                "Task": {
                    "type": "object",
                    "required": ["instance", "state"],
                    "properties": {
                        "instance": {"type": "string"},
                        "state": {"type": "string", "enum": ["Waiting", "Running", "Finished"]},
                    },
                },
                "PartitionRef": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {"id": {"type": "string"}, "url": {"type": "string"}},
                },
                "Hsm": {
                    "type": "object",
                    "required": ["serial", "state"],
                    "properties": {
                        "serial": {"type": "integer"},
                        "state": {"type": "string", "enum": ["Zeroized", "Initialized"]},
                        "label": {"type": "string", "maxLength": 32},
                        "note": {"type": "string"},
                        "partitions": {"type": "array", "items": _ref("PartitionRef")},
                    },
                },
                "HsmInit": {
                    "type": "object",
                    "required": ["label", "password"],
                    "additionalProperties": False,
                    "properties": {
                        "label": {
                            "type": "string",
                            "minLength": 1,
                            "maxLength": 32,
                            "pattern": "^[a-z]*$",
                        },
                        "password": {"type": "string"},
                        "domain": {"type": "string"},
                        "policy": {"type": "string", "enum": ["a", "b"], "default": "a"},
                        "size": {"type": "integer", "format": "int32"},
                    },
                },
            },
        },
    }


Mutation = Callable[[dict[str, Any]], None]


def _get(s: dict[str, Any]) -> dict[str, Any]:
    return s["paths"][HSM]["get"]  # type: ignore[no-any-return]


def _put(s: dict[str, Any]) -> dict[str, Any]:
    return s["paths"][HSM]["put"]  # type: ignore[no-any-return]


def _act(s: dict[str, Any]) -> dict[str, Any]:
    return s["paths"][ACTION]["post"]  # type: ignore[no-any-return]


def _schema(s: dict[str, Any], name: str) -> dict[str, Any]:
    return s["components"]["schemas"][name]  # type: ignore[no-any-return]


def _prop(s: dict[str, Any], name: str, field: str) -> dict[str, Any]:
    return _schema(s, name)["properties"][field]  # type: ignore[no-any-return]


def _limit(s: dict[str, Any]) -> dict[str, Any]:
    return _get(s)["parameters"][0]["schema"]  # type: ignore[no-any-return]


def _set(target: Callable[[dict[str, Any]], dict[str, Any]], key: str, value: Any) -> Mutation:
    def mutate(s: dict[str, Any]) -> None:
        target(s)[key] = value

    return mutate


def _drop(target: Callable[[dict[str, Any]], dict[str, Any]], key: str) -> Mutation:
    def mutate(s: dict[str, Any]) -> None:
        del target(s)[key]

    return mutate


def _both(*mutations: Mutation) -> Mutation:
    def mutate(s: dict[str, Any]) -> None:
        for m in mutations:
            m(s)

    return mutate


def _hsm_init(s: dict[str, Any]) -> dict[str, Any]:
    return _schema(s, "HsmInit")


def _hsm(s: dict[str, Any]) -> dict[str, Any]:
    return _schema(s, "Hsm")


def _label_in(s: dict[str, Any]) -> dict[str, Any]:
    return _prop(s, "HsmInit", "label")


def _label_out(s: dict[str, Any]) -> dict[str, Any]:
    return _prop(s, "Hsm", "label")


def _add_param(required: bool) -> Mutation:
    def mutate(s: dict[str, Any]) -> None:
        param = {"name": "verbose", "in": "query", "required": required, "schema": {}}
        _get(s)["parameters"].append(param)

    return mutate


def _add_status(status: str) -> Mutation:
    return lambda s: _get(s)["responses"].update({status: {"description": status}})


def _responses(s: dict[str, Any]) -> dict[str, Any]:
    return _get(s)["responses"]  # type: ignore[no-any-return]


def _errors(s: dict[str, Any]) -> dict[str, Any]:
    return _get(s)["x-luna-errors"]  # type: ignore[no-any-return]


def _put_body(s: dict[str, Any]) -> dict[str, Any]:
    return _put(s)["requestBody"]["content"]  # type: ignore[no-any-return]


def _get_200(s: dict[str, Any]) -> dict[str, Any]:
    return _get(s)["responses"]["200"]["content"]  # type: ignore[no-any-return]


def _version_18(s: dict[str, Any]) -> None:
    s["info"]["x-luna-api-version"] = "18"
    s["info"]["version"] = "18"
    text = json.dumps(s).replace("version=17", "version=18")
    s.clear()
    s.update(json.loads(text))


def _rename_path_param(s: dict[str, Any]) -> None:
    item = s["paths"].pop(HSM)
    schema = copy.deepcopy(s["components"]["parameters"]["HsmId"]["schema"])
    item["parameters"] = [{"name": "id", "in": "path", "required": True, "schema": schema}]
    s["paths"]["/api/lunasa/hsms/{id}"] = item


# (id, mutation, expected {(kind, severity)}, where (operation_id, location, json_path) or None)
CASES: list[tuple[str, Mutation, set[tuple[ChangeKind, Severity]], tuple[str, str, str] | None]] = [
    # operations
    (
        "operation removed",
        lambda s: s["paths"][HSM].pop("put"),
        {(K.OPERATION_REMOVED, B)},
        ("initializeHsm", "", ""),
    ),
    (
        "operation added",
        lambda s: s["paths"][HSM].update(delete=_op("deleteHsm")),
        {(K.OPERATION_ADDED, NB)},
        ("deleteHsm", "", ""),
    ),
    (
        "operationId renamed",
        _set(_get, "operationId", "fetchHsm"),
        {(K.OPERATION_ID, B)},
        ("fetchHsm", "operationId", ""),
    ),
    ("tag moved", _set(_get, "tags", ["appliance"]), {(K.TAGS, B)}, None),
    ("deprecated", _set(_get, "deprecated", True), {(K.DEPRECATED, NB)}, None),
    (
        "security alternative removed",
        _set(_get, "security", [{"sessionCookie": []}]),
        {(K.SECURITY, B)},
        ("getHsm", "security", ""),
    ),
    (
        "session cookie renamed",
        lambda s: s["components"]["securitySchemes"]["sessionCookie"].update(name="SID"),
        {(K.SECURITY, B)},
        ("", "components.securitySchemes.sessionCookie", ""),
    ),
    (
        "path parameter renamed",
        _rename_path_param,
        {(K.PARAMETER_RENAMED, B)},
        ("getHsm", "parameter path id", ""),
    ),
    # parameters
    (
        "optional parameter added",
        _add_param(False),
        {(K.PARAMETER_ADDED, NB)},
        ("getHsm", "parameter query verbose", ""),
    ),
    ("required parameter added", _add_param(True), {(K.PARAMETER_ADDED, B)}, None),
    (
        "parameter removed",
        lambda s: _get(s)["parameters"].pop(0),
        {(K.PARAMETER_REMOVED, B)},
        ("getHsm", "parameter query limit", ""),
    ),
    (
        "parameter made required",
        lambda s: _get(s)["parameters"][0].update(required=True),
        {(K.PARAMETER_REQUIRED, B)},
        ("getHsm", "parameter query limit", ""),
    ),
    (
        "parameter made optional",
        lambda s: _get(s)["parameters"][1].update(required=False),
        {(K.PARAMETER_OPTIONAL, NB)},
        ("getHsm", "parameter query force", ""),
    ),
    (
        "parameter maximum narrowed",
        _set(_limit, "maximum", 50),
        {(K.CONSTRAINT_NARROWED, B)},
        ("getHsm", "parameter query limit", "$"),
    ),
    ("parameter maximum widened", _set(_limit, "maximum", 500), {(K.CONSTRAINT_WIDENED, NB)}, None),
    ("parameter minimum raised", _set(_limit, "minimum", 5), {(K.CONSTRAINT_NARROWED, B)}, None),
    ("parameter minimum removed", _drop(_limit, "minimum"), {(K.CONSTRAINT_WIDENED, NB)}, None),
    (
        "shared path parameter (through $ref) narrowed",
        lambda s: s["components"]["parameters"]["HsmId"]["schema"].update(maximum=9999),
        {(K.CONSTRAINT_NARROWED, B)},
        None,
    ),
    # request body constraints
    (
        "request maxLength narrowed",
        _set(_label_in, "maxLength", 16),
        {(K.CONSTRAINT_NARROWED, B)},
        ("initializeHsm", "request body", "$.label"),
    ),
    (
        "request maxLength widened",
        _set(_label_in, "maxLength", 64),
        {(K.CONSTRAINT_WIDENED, NB)},
        None,
    ),
    (
        "request minLength raised",
        _set(_label_in, "minLength", 3),
        {(K.CONSTRAINT_NARROWED, B)},
        None,
    ),
    ("request pattern removed", _drop(_label_in, "pattern"), {(K.CONSTRAINT_WIDENED, NB)}, None),
    (
        "request pattern changed",
        _set(_label_in, "pattern", "^[A-Z]*$"),
        {(K.CONSTRAINT_CHANGED, B)},
        None,
    ),
    (
        "request pattern added",
        lambda s: _prop(s, "HsmInit", "domain").update(pattern="^x"),
        {(K.CONSTRAINT_NARROWED, B)},
        None,
    ),
    (
        "request enum value removed",
        lambda s: _prop(s, "HsmInit", "policy").update(enum=["a"]),
        {(K.ENUM_VALUE_REMOVED, B)},
        ("initializeHsm", "request body", "$.policy"),
    ),
    (
        "request enum value added",
        lambda s: _prop(s, "HsmInit", "policy").update(enum=["a", "b", "c"]),
        {(K.ENUM_VALUE_ADDED, NB)},
        None,
    ),
    (
        "request default changed",
        lambda s: _prop(s, "HsmInit", "policy").update(default="b"),
        {(K.DEFAULT, BH)},
        None,
    ),
    (
        "request format widened int32 -> int64",
        lambda s: _prop(s, "HsmInit", "size").update(format="int64"),
        {(K.CONSTRAINT_WIDENED, NB)},
        None,
    ),
    (
        "request integer -> number",
        lambda s: _prop(s, "HsmInit", "size").update(type="number"),
        {(K.CONSTRAINT_WIDENED, NB)},
        None,
    ),
    (
        "request closed to extra fields",
        lambda s: _act(s)["requestBody"]["content"][V17]["schema"].update(
            additionalProperties=False
        ),
        {(K.CONSTRAINT_NARROWED, B)},
        ("performHsmAction", "request body", "$"),
    ),
    (
        "response array maxItems added",
        lambda s: _prop(s, "Hsm", "partitions").update(maxItems=100),
        {(K.CONSTRAINT_NARROWED, NB)},
        ("getHsm", "response 200", "$.partitions"),
    ),
    (
        "request multipleOf added",
        lambda s: _prop(s, "HsmInit", "size").update(multipleOf=8),
        {(K.CONSTRAINT_NARROWED, B)},
        None,
    ),
    (
        "request exclusiveMinimum set",
        lambda s: _limit(s).update(exclusiveMinimum=True),
        {(K.CONSTRAINT_NARROWED, B)},
        None,
    ),
    (
        "request schema moved into allOf (same resolved schema)",
        lambda s: s["components"]["schemas"].update(
            HsmInit={"allOf": [{"$ref": "#/components/schemas/HsmInitBase"}]},
            HsmInitBase=_schema(s, "HsmInit"),
        ),
        set(),
        None,
    ),
    (
        "request field required through allOf",
        lambda s: s["components"]["schemas"].update(
            HsmInit={
                "allOf": [{"$ref": "#/components/schemas/HsmInitBase"}, {"required": ["domain"]}]
            },
            HsmInitBase=_schema(s, "HsmInit"),
        ),
        {(K.FIELD_REQUIRED, B)},
        ("initializeHsm", "request body", "$.domain"),
    ),
    (
        "response map values retyped",
        lambda s: _hsm(s).update(additionalProperties={"type": "integer"}),
        {(K.CONSTRAINT_NARROWED, NB)},
        None,
    ),
    (
        "response oneOf variant added",
        lambda s: _hsm(s)["properties"]["note"].update(
            oneOf=[{"type": "string"}, {"type": "integer"}]
        ),
        {(K.CONSTRAINT_CHANGED, B)},
        None,
    ),
    # request body fields
    (
        "request optional field added",
        lambda s: _hsm_init(s)["properties"].update(mode={"type": "string"}),
        {(K.FIELD_ADDED, NB)},
        ("initializeHsm", "request body", "$.mode"),
    ),
    (
        "request required field added",
        _both(
            lambda s: _hsm_init(s)["properties"].update(mode={"type": "string"}),
            lambda s: _hsm_init(s)["required"].append("mode"),
        ),
        {(K.FIELD_ADDED, B)},
        None,
    ),
    (
        "request field removed",
        lambda s: _hsm_init(s)["properties"].pop("domain"),
        {(K.FIELD_REMOVED, B)},
        ("initializeHsm", "request body", "$.domain"),
    ),
    (
        "request field made required",
        lambda s: _hsm_init(s)["required"].append("domain"),
        {(K.FIELD_REQUIRED, B)},
        None,
    ),
    (
        "request field made optional",
        lambda s: _hsm_init(s)["required"].remove("password"),
        {(K.FIELD_OPTIONAL, NB)},
        None,
    ),
    (
        "request field retyped",
        lambda s: _prop(s, "HsmInit", "size").update(type="string"),
        {(K.RETYPED, B)},
        ("initializeHsm", "request body", "$.size"),
    ),
    (
        "request body made required (x-luna-body-required)",
        lambda s: _act(s)["requestBody"].update({"x-luna-body-required": True}),
        {(K.REQUEST_BODY_REQUIRED, B)},
        ("performHsmAction", "request body", ""),
    ),
    (
        "request body made optional",
        lambda s: _put(s)["requestBody"].update(required=False),
        {(K.REQUEST_BODY_OPTIONAL, NB)},
        None,
    ),
    (
        "request body removed",
        lambda s: _put(s).pop("requestBody"),
        {(K.REQUEST_BODY_REMOVED, B)},
        None,
    ),
    (
        "required request body added",
        lambda s: _get(s).update(requestBody={"required": True, "content": {V17: {}}}),
        {(K.REQUEST_BODY_ADDED, B)},
        None,
    ),
    # response fields and constraints
    (
        "response field added",
        lambda s: _hsm(s)["properties"].update(model={"type": "string"}),
        {(K.FIELD_ADDED, NB)},
        ("getHsm", "response 200", "$.model"),
    ),
    (
        "response field removed",
        lambda s: _hsm(s)["properties"].pop("note"),
        {(K.FIELD_REMOVED, B)},
        ("getHsm", "response 200", "$.note"),
    ),
    (
        "response field made optional",
        lambda s: _hsm(s)["required"].remove("state"),
        {(K.FIELD_OPTIONAL, B)},
        ("getHsm", "response 200", "$.state"),
    ),
    (
        "response field made required",
        lambda s: _hsm(s)["required"].append("label"),
        {(K.FIELD_REQUIRED, NB)},
        None,
    ),
    (
        "response field retyped integer -> string",
        lambda s: _prop(s, "Hsm", "serial").update(type="string"),
        {(K.RETYPED, B)},
        ("getHsm", "response 200", "$.serial"),
    ),
    (
        "response nested array item retyped",
        lambda s: _prop(s, "PartitionRef", "id").update(type="integer"),
        {(K.RETYPED, B)},
        ("getHsm", "response 200", "$.partitions[*].id"),
    ),
    (
        "response format added (str -> datetime in the client)",
        lambda s: _prop(s, "Hsm", "note").update(format="date-time"),
        {(K.RETYPED, B)},
        None,
    ),
    (
        "response enum value added",
        lambda s: _prop(s, "Hsm", "state").update(
            enum=["Zeroized", "Initialized", "Decommissioned"]
        ),
        {(K.ENUM_VALUE_ADDED, B)},
        ("getHsm", "response 200", "$.state"),
    ),
    (
        "response enum value removed",
        lambda s: _prop(s, "Hsm", "state").update(enum=["Initialized"]),
        {(K.ENUM_VALUE_REMOVED, NB)},
        None,
    ),
    (
        "response maxLength widened",
        _set(_label_out, "maxLength", 64),
        {(K.CONSTRAINT_WIDENED, B)},
        None,
    ),
    (
        "response maxLength narrowed",
        _set(_label_out, "maxLength", 16),
        {(K.CONSTRAINT_NARROWED, NB)},
        None,
    ),
    ("response now nullable", _set(_label_out, "nullable", True), {(K.NULLABLE, B)}, None),
    (
        "response open to extra fields (the client keeps them)",
        _set(_hsm, "additionalProperties", False),
        {(K.CONSTRAINT_NARROWED, NB)},
        None,
    ),
    # status codes, headers, error ids, media types
    (
        "error status added",
        _add_status("409"),
        {(K.STATUS_ADDED, NB)},
        ("getHsm", "response 409", ""),
    ),
    ("success status added", _add_status("202"), {(K.STATUS_ADDED, B)}, None),
    (
        "success status removed",
        lambda s: _put(s)["responses"].pop("204"),
        {(K.STATUS_REMOVED, B)},
        ("initializeHsm", "response 204", ""),
    ),
    (
        "error status removed",
        lambda s: _responses(s).pop("404"),
        {(K.STATUS_REMOVED, NB)},
        None,
    ),
    (
        "response header removed",
        lambda s: _responses(s)["200"].pop("headers"),
        {(K.HEADER_REMOVED, B)},
        ("getHsm", "response 200", ""),
    ),
    (
        "response header no longer always sent",
        lambda s: _responses(s)["200"]["headers"]["Link"].update(required=False),
        {(K.HEADER_OPTIONAL, B)},
        ("getHsm", "response 200", ""),
    ),
    (
        "response header added",
        lambda s: _put(s)["responses"]["202"].update(
            headers={"Location": {"required": True, "schema": {"type": "string"}}}
        ),
        {(K.HEADER_ADDED, NB)},
        ("initializeHsm", "response 202", ""),
    ),
    (
        "response header retyped",
        lambda s: _responses(s)["200"]["headers"]["Link"].update(schema={"type": "integer"}),
        {(K.RETYPED, B)},
        ("getHsm", "response 200 header Link", "$"),
    ),
    (
        "error id added",
        lambda s: _errors(s)["404"].append("HSMPLUGIN_INVALID_HSM"),
        {(K.ERROR_ID_ADDED, NB)},
        ("getHsm", "response 404 x-luna-errors", ""),
    ),
    (
        "error id removed",
        lambda s: _errors(s).update({"400": []}),
        {(K.ERROR_ID_REMOVED, BH)},
        None,
    ),
    (
        "request media type removed",
        lambda s: (
            _put_body(s).update({"application/vnd.safenetinc.lunasa+octet-stream;version=17": {}})
            or _put_body(s).pop(V17)
        ),
        {(K.MEDIA_TYPE_REMOVED, B), (K.MEDIA_TYPE_ADDED, NB)},
        None,
    ),
    (
        "response media type added",
        lambda s: _get_200(s).update({"text/plain": {"schema": {"type": "string"}}}),
        {(K.MEDIA_TYPE_ADDED, B)},
        None,
    ),
    (
        "response media type removed",
        lambda s: _get_200(s).pop("application/json"),
        {(K.MEDIA_TYPE_REMOVED, NB)},
        None,
    ),
    (
        "response body removed",
        lambda s: _responses(s)["200"].pop("content"),
        {(K.MEDIA_TYPE_REMOVED, B)},
        ("getHsm", "response 200", ""),
    ),
    (
        "API version and every media type version",
        _version_18,
        {(K.API_VERSION, BH), (K.MEDIA_TYPE_VERSION, BH)},
        None,
    ),
    (
        "one media type version alone",
        lambda s: _put_body(s).update({V17.replace("17", "18"): _put_body(s).pop(V17)}),
        {(K.MEDIA_TYPE_VERSION, BH)},
        ("initializeHsm", "request body", ""),
    ),
    # x-luna semantics
    (
        "became destructive",
        _set(_get, "x-luna-destructive", True),
        {(K.DESTRUCTIVE, BH)},
        ("getHsm", "x-luna-destructive", ""),
    ),
    (
        "no longer destructive",
        _set(_act, "x-luna-destructive", False),
        {(K.DESTRUCTIVE, BH)},
        None,
    ),
    (
        "privilege removed",
        _set(_get, "x-luna-privileges", ["admin"]),
        {(K.PRIVILEGE_REMOVED, B)},
        ("getHsm", "x-luna-privileges", ""),
    ),
    (
        "privilege added",
        _set(_get, "x-luna-privileges", ["admin", "operator", "monitor"]),
        {(K.PRIVILEGE_ADDED, BH)},
        None,
    ),
    ("task kind none -> usually", _set(_get, "x-luna-task", "usually"), {(K.TASK_KIND, BH)}, None),
    (
        "task kind becomes protected",
        _set(_put, "x-luna-task", "protected"),
        {(K.TASK_KIND, B)},
        ("initializeHsm", "x-luna-task", ""),
    ),
    ("requires a login", _set(_get, "x-luna-requires", "hsm-so"), {(K.REQUIRES, B)}, None),
    ("no longer requires a login", _drop(_act, "x-luna-requires"), {(K.REQUIRES, BH)}, None),
    (
        "another login now suffices",
        _set(_act, "x-luna-requires", ["hsm-so", "partition-so"]),
        {(K.REQUIRES, BH)},
        ("performHsmAction", "x-luna-requires", ""),
    ),
    (
        "login required only when initialized",
        _set(_act, "x-luna-requires-if", "initialized"),
        {(K.REQUIRES, BH)},
        ("performHsmAction", "x-luna-requires-if", ""),
    ),
    (
        "login waived by a body field",
        _set(_act, "x-luna-requires-unless", "useEvp"),
        {(K.REQUIRES, BH)},
        ("performHsmAction", "x-luna-requires-unless", ""),
    ),
    (
        "an x-luna extension this tool does not know yet",
        _set(_get, "x-luna-rate-limit", 5),
        {(K.EXTENSION, BH)},
        ("getHsm", "x-luna-rate-limit", ""),
    ),
    ("became critical", _set(_get, "x-luna-critical", True), {(K.CRITICAL, BH)}, None),
    (
        "requires a private session",
        _set(_get, "x-luna-private-session", True),
        {(K.PRIVATE_SESSION, B)},
        ("getHsm", "x-luna-private-session", ""),
    ),
    (
        "action removed",
        _set(_act, "x-luna-actions", ["selfTest", "zeroize"]),
        {(K.ACTION_REMOVED, B)},
        None,
    ),
    (
        "action added",
        _set(_act, "x-luna-actions", ["selfTest", "zeroize", "factoryReset", "stmTransport"]),
        {(K.ACTION_ADDED, NB)},
        None,
    ),
    (
        "action became protected",
        _set(_act, "x-luna-protected-actions", ["zeroize", "factoryReset"]),
        {(K.PROTECTED_ACTIONS, B)},
        ("performHsmAction", "x-luna-protected-actions", ""),
    ),
    (
        "action no longer protected",
        _set(_act, "x-luna-protected-actions", []),
        {(K.PROTECTED_ACTIONS, BH)},
        None,
    ),
]


@pytest.mark.parametrize(
    ("mutation", "expected", "where"),
    [pytest.param(m, e, w, id=name) for name, m, e, w in CASES],
)
def test_each_class_of_change_is_classified(
    mutation: Mutation,
    expected: set[tuple[ChangeKind, Severity]],
    where: tuple[str, str, str] | None,
) -> None:
    old = base_spec()
    new = copy.deepcopy(old)
    mutation(new)
    result = diff_specs(old, new)
    assert {(c.kind, c.severity) for c in result.changes} == expected
    assert result.has_breaking == any(sev is B for _, sev in expected)
    if where is not None:
        places = {(c.operation_id, c.location, c.json_path) for c in result.changes}
        assert where in places


def test_requires_alternatives_and_conditions_tightened_are_breaking() -> None:
    old = base_spec()
    _act(old).update(
        {
            "x-luna-requires": ["hsm-so", "partition-so"],
            "x-luna-requires-if": "initialized",
            "x-luna-requires-unless": "useEvp",
        }
    )
    new = copy.deepcopy(old)
    _act(new)["x-luna-requires"] = ["hsm-so"]
    del _act(new)["x-luna-requires-if"]
    _act(new)["x-luna-requires-unless"] = "force"
    found = {(c.location, c.severity, c.message) for c in diff_specs(old, new).changes}
    assert found == {
        ("x-luna-requires", B, "the partition-so login no longer suffices"),
        ("x-luna-requires-if", B, "the login is now required without `only when initialized`"),
        ("x-luna-requires-unless", B, "the login's condition useEvp -> force"),
    }
    # the other way the alternative and the condition loosen; a changed waiver stays breaking
    back = diff_specs(new, old)
    assert {(c.location, c.severity) for c in back.changes} == {
        ("x-luna-requires", BH),
        ("x-luna-requires-if", BH),
        ("x-luna-requires-unless", B),
    }


def test_a_new_login_requirement_names_its_condition() -> None:
    old = base_spec()
    new = copy.deepcopy(old)
    _put(new).update({"x-luna-requires": "hsm-so", "x-luna-requires-if": "initialized"})
    (change,) = diff_specs(old, new).changes
    assert (change.severity, change.location) == (B, "x-luna-requires")
    assert change.message == "now requires the hsm-so login first (only when initialized)"


def test_base_spec_against_itself_is_empty() -> None:
    assert diff_specs(base_spec(), base_spec()).is_empty


def test_documentation_is_not_a_change() -> None:
    old, new = base_spec(), base_spec()
    _get(new)["description"] = "rewritten"
    _get(new)["x-luna-source"] = ["another page"]
    _get(new)["x-luna-evidence"] = "code"
    assert diff_specs(old, new).is_empty


def test_reverse_of_a_breaking_change_is_not_breaking() -> None:
    old, new = base_spec(), base_spec()
    _label_in(new)["maxLength"] = 16
    assert diff_specs(old, new).has_breaking
    assert not diff_specs(new, old).has_breaking


def test_change_in_a_shared_schema_names_the_schema_in_every_operation() -> None:
    old, new = base_spec(), base_spec()
    _prop(new, "Task", "state")["enum"].append("Cancelled")
    changes = diff_specs(old, new).changes
    assert {c.operation_id for c in changes} == {"initializeHsm", "performHsmAction"}
    assert {(c.schema, c.schema_path, c.json_path, c.location) for c in changes} == {
        ("Task", "$.state", "$.state", "response 202")
    }


def test_json_path_is_absolute_and_schema_path_relative() -> None:
    old, new = base_spec(), base_spec()
    _prop(new, "PartitionRef", "url")["type"] = "integer"
    (change,) = diff_specs(old, new).changes
    assert change.json_path == "$.partitions[*].url"
    assert (change.schema, change.schema_path) == ("PartitionRef", "$.url")


def test_inline_schemas_replaced_by_the_same_ref_are_compared_each() -> None:
    old = base_spec()
    _schema(old, "Hsm")["properties"]["serial"] = {"type": "string"}
    _schema(old, "Hsm")["properties"]["note"] = {"type": "integer"}
    new = copy.deepcopy(old)
    _schema(new, "Hsm")["properties"]["serial"] = _ref("SubId")
    _schema(new, "Hsm")["properties"]["note"] = _ref("SubId")
    found = {(c.json_path, c.kind) for c in diff_specs(old, new).changes}
    assert ("$.note", K.RETYPED) in found
    assert ("$.serial", K.RETYPED) not in found
    assert ("$.serial", K.CONSTRAINT_NARROWED) in found  # minLength/maxLength added


def test_recursive_schemas_terminate() -> None:
    old = base_spec()
    _schema(old, "PartitionRef")["properties"]["parent"] = _ref("PartitionRef")
    new = copy.deepcopy(old)
    _prop(new, "PartitionRef", "url")["type"] = "integer"
    kinds = [c.kind for c in diff_specs(old, new).changes]
    assert kinds == [K.RETYPED]


def test_a_change_behind_a_cycle_is_found_from_every_entry_point() -> None:
    old = base_spec()
    _schema(old, "PartitionRef")["properties"]["hsm"] = _ref("Hsm")  # Hsm <-> PartitionRef
    _act(old)["responses"]["202"]["content"] = _json(_ref("PartitionRef"))
    new = copy.deepcopy(old)
    _prop(new, "Hsm", "note")["type"] = "integer"
    found = {(c.operation_id, c.json_path) for c in diff_specs(old, new).changes}
    assert found == {("getHsm", "$.note"), ("performHsmAction", "$.hsm.note")}


def test_changes_come_breaking_first() -> None:
    old, new = base_spec(), base_spec()
    _get(new)["x-luna-critical"] = True  # behaviour
    _hsm(new)["properties"]["model"] = {"type": "string"}  # non-breaking
    _hsm(new)["properties"].pop("note")  # breaking
    severities = [c.severity for c in diff_specs(old, new).changes]
    assert severities == [B, BH, NB]


# -- the real spec -----------------------------------------------------------------


def test_the_spec_against_itself_is_empty() -> None:
    spec = load_spec()
    assert diff_specs(spec, copy.deepcopy(spec)).is_empty


def test_the_spec_against_a_fresh_parse_is_empty() -> None:
    fresh = load_source(str(ROOT / "openapi" / "luna.yaml")).spec
    result = diff_specs(load_spec(), fresh)
    assert result.changes == ()
    assert result.old_api_version == result.new_api_version == "17"


def test_a_field_removed_from_a_shared_schema_of_the_real_spec() -> None:
    old = load_spec()
    new = copy.deepcopy(old)
    del new["components"]["schemas"]["Task"]["properties"]["details"]
    result = diff_specs(old, new)
    assert result.has_breaking
    assert {(c.kind, c.schema, c.schema_path) for c in result.changes} == {
        (K.FIELD_REMOVED, "Task", "$.details")
    }
    operations = {c.operation_id for c in result.changes}
    assert len(operations) > 5
    text = render_text(result)
    assert text.count("schema Task $.details: field removed") == 1
    lines = text.splitlines()
    at = lines.index("  - schema Task $.details: field removed")
    assert lines[at + 1].startswith(f"      in {len(operations)} operations: ")
    assert "BREAKING (1)" in text


# -- rendering and the command line ----------------------------------------------


def _write(tmp_path: Path, name: str, spec: dict[str, Any]) -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path, Path]:
    """Files: the base spec, a breaking change of it, a non-breaking change of it."""
    old = base_spec()
    breaking = copy.deepcopy(old)
    _prop(breaking, "Hsm", "serial")["type"] = "string"
    _get(breaking)["x-luna-destructive"] = True
    harmless = copy.deepcopy(old)
    _hsm(harmless)["properties"]["model"] = {"type": "string"}
    return (
        _write(tmp_path, "old.yaml", old),
        _write(tmp_path, "breaking.yaml", breaking),
        _write(tmp_path, "harmless.yaml", harmless),
    )


def test_cli_text(pair: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    old, breaking, _ = pair
    assert main([str(old), str(breaking)]) == 1
    out = capsys.readouterr().out
    assert "1 breaking, 1 behaviour, 0 non-breaking" in out
    assert "BREAKING (1)" in out
    assert (
        "GET /api/lunasa/hsms/{hsmid} (getHsm) response 200 $.serial: type integer -> string" in out
    )
    assert "BEHAVIOUR (1)" in out
    assert out.index("BREAKING") < out.index("BEHAVIOUR")


def test_cli_markdown(pair: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    old, breaking, _ = pair
    assert main([str(old), str(breaking), "--format", "markdown"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("### API changes:")
    assert "**1 breaking**" in out
    assert "#### Breaking (1)" in out
    assert "- `GET /api/lunasa/hsms/{hsmid}` (`getHsm`) response 200 `$.serial`: type" in out


def test_cli_json(pair: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    old, breaking, _ = pair
    assert main([str(old), str(breaking), "-f", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["breaking"] is True
    assert data["counts"] == {"breaking": 1, "behaviour": 1, "non-breaking": 0}
    kinds = {(c["kind"], c["severity"], c["json_path"]) for c in data["changes"]}
    assert kinds == {("retyped", "breaking", "$.serial"), ("destructive", "behaviour", "")}


def test_cli_exit_zero_without_breaking_changes(
    pair: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    old, _, harmless = pair
    assert main([str(old), str(harmless)]) == 0
    assert "NON-BREAKING (1)" in capsys.readouterr().out
    assert main([str(old), str(old), "--format", "markdown"]) == 0
    assert "No API changes." in capsys.readouterr().out


def test_cli_output_file(pair: tuple[Path, Path, Path], tmp_path: Path) -> None:
    old, breaking, _ = pair
    report = tmp_path / "report.md"
    assert main([str(old), str(breaking), "-f", "markdown", "-o", str(report)]) == 1
    assert "#### Breaking (1)" in report.read_text(encoding="utf-8")


def test_cli_usage_errors(
    pair: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, _, _ = pair
    assert main([str(old), str(tmp_path / "missing.yaml")]) == 2
    assert "neither a file nor a git revision" in capsys.readouterr().err
    not_openapi = tmp_path / "list.yaml"
    not_openapi.write_text("- 1\n- 2\n", encoding="utf-8")
    assert main([str(old), str(not_openapi)]) == 2
    assert "not an OpenAPI document" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main([str(old), str(old), "--format", "html"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main([])
    assert exc.value.code == 2


def test_python_dash_m(pair: tuple[Path, Path, Path]) -> None:
    old, breaking, harmless = pair
    cmd = [sys.executable, "-m", "luna_spec"]
    run = subprocess.run([*cmd, "diff", str(old), str(breaking)], capture_output=True, text=True)
    assert run.returncode == 1, run.stderr
    assert "type integer -> string" in run.stdout
    run = subprocess.run([*cmd, "diff", str(old), str(harmless)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    run = subprocess.run([*cmd, "frobnicate"], capture_output=True, text=True)
    assert run.returncode == 2
    assert "unknown command" in run.stderr


def test_public_api_is_exported_from_the_package() -> None:
    assert luna_spec.diff_specs is diff_specs
    assert issubclass(luna_spec.SpecDiff, object)
    assert luna_spec.Severity is Severity


def test_markdown_groups_a_shared_schema_change() -> None:
    old = base_spec()
    _get(old)["responses"]["404"] = _ref("BadRequest", "responses")
    new = copy.deepcopy(old)
    _schema(new, "ErrorDescription")["properties"].pop("message")
    result = diff_specs(old, new)
    assert len(result.changes) == 4  # getHsm 400 and 404, initializeHsm and performHsmAction 400
    text = render_markdown(result)
    assert "#### Breaking (1)" in text
    assert (
        "- schema `ErrorDescription` `$.message`: field removed (in 3 operations: "
        "`getHsm` (responses 400, 404), `initializeHsm` (response 400), "
        "`performHsmAction` (response 400))"
    ) in text


# -- git revisions -------------------------------------------------------------------


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository whose openapi/luna.yaml has two commits (the second breaking)."""
    git = shutil.which("git")
    if git is None:
        pytest.skip("git is not installed")
    root = tmp_path / "repo"
    (root / "openapi").mkdir(parents=True)
    ident = [
        "-c",
        "user.name=t",
        "-c",
        "user.email=t@example.invalid",
        "-c",
        "commit.gpgsign=false",
    ]

    def run(*args: str) -> None:
        subprocess.run([git, *ident, *args], cwd=root, check=True, capture_output=True)

    run("init", "-q")
    spec = base_spec()
    _write(root / "openapi", "luna.yaml", spec)
    run("add", "openapi/luna.yaml")
    run("commit", "-q", "-m", "first")
    _prop(spec, "Hsm", "serial")["type"] = "string"
    _write(root / "openapi", "luna.yaml", spec)
    run("commit", "-q", "-am", "second")
    _hsm(spec)["properties"]["model"] = {"type": "string"}
    _write(root / "openapi", "luna.yaml", spec)  # uncommitted: a non-breaking edit
    return root


def test_git_revisions(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = load_source("HEAD~1", cwd=repo)
    assert first.label == "git:HEAD~1"
    assert _prop(first.spec, "Hsm", "serial")["type"] == "integer"
    assert load_source("git:HEAD", cwd=repo).label == "git:HEAD"
    assert load_source("git:HEAD:openapi/luna.yaml", cwd=repo).spec == _committed_spec(repo)
    with pytest.raises(SpecSourceError, match="neither a file nor a git revision"):
        load_source("no-such-branch", cwd=repo)
    with pytest.raises(SpecSourceError, match="git:nope"):
        load_source("git:nope", cwd=repo)


def _committed_spec(repo: Path) -> Any:
    """The committed spec at HEAD, read with git directly."""
    git = shutil.which("git")
    assert git is not None
    shown = subprocess.run(
        [git, "show", "HEAD:openapi/luna.yaml"], cwd=repo, check=True, capture_output=True
    )
    return yaml.safe_load(shown.stdout)


def test_cli_with_git_revisions(
    repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(repo)
    assert main(["HEAD~1", "git:HEAD"]) == 1
    out = capsys.readouterr().out
    assert "from git:HEAD~1 (version 17) to git:HEAD" in out
    assert "$.serial: type integer -> string" in out
    # NEW defaults to the working file: against HEAD only the uncommitted edit shows
    assert main(["HEAD", "-f", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(c["kind"], c["json_path"]) for c in data["changes"]] == [("field-added", "$.model")]


def test_the_working_spec_against_its_committed_version_parses() -> None:
    """The regen step's own command works in this checkout (whatever the diff says)."""
    git = shutil.which("git")
    if git is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    run = subprocess.run(
        [sys.executable, "-m", "luna_spec", "diff", "git:HEAD", "openapi/luna.yaml"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert run.returncode in (0, 1), run.stderr
    assert "git:HEAD" in run.stdout


def test_change_is_json_serializable() -> None:
    change = Change(Severity.BREAKING, ChangeKind.RETYPED, "type a -> b", "GET", "/x", "getX")
    assert json.loads(json.dumps(change.to_json()))["operation_id"] == "getX"
    assert change.operation == "GET /x (getX)"
    assert change.where() == "GET /x (getX)"


def test_tox_regen_prints_the_diff_before_regenerating() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT / "tox.ini", encoding="utf-8")
    commands = [
        line.strip()
        for line in parser["testenv:regen"]["commands"].splitlines()
        if line.strip() and not line.strip().startswith("#")
    ]
    diff_at = next(i for i, c in enumerate(commands) if "-m luna_spec diff git:HEAD" in c)
    regen_at = next(i for i, c in enumerate(commands) if "tools/regen.py" in c)
    assert diff_at < regen_at
    assert commands[diff_at].startswith("-")  # a breaking diff must not stop the regeneration
    assert "pyyaml" in parser["testenv:regen"]["deps"].lower()
