"""luna_ext's public API changes only on purpose."""

from __future__ import annotations

import httpx

import luna_ext

EXPECTED = {
    "API_VERSION",
    "AsyncBoundCall",
    "BoundCall",
    "CallResult",
    "InsecureURLError",
    "LunaConnectionError",
    "LunaTLSError",
    "NotAFileError",
    "Operation",
    "Retry",
    "SoLoginRefused",
    "TaskProgress",
    "logger",
    "to_dict",
    "workflows",
    "AsyncCckmSession",
    "CckmApiError",
    "CckmAuthenticationError",
    "CckmBadRequestError",
    "CckmConflictError",
    "CckmError",
    "CckmNotFoundError",
    "CckmOperationFailed",
    "CckmServerError",
    "CckmSession",
    "CckmTimeout",
    "AsyncLunaSession",
    "Backoff",
    "CertificateLogin",
    "Login",
    "LunaApiError",
    "LunaAuthenticationError",
    "LunaConflictError",
    "LunaError",
    "LunaNotFoundError",
    "LunaServerError",
    "LunaSession",
    "PasswordLogin",
    "ProtectedTaskNotStarted",
    "RedactingFilter",
    "SessionAuth",
    "TaskFailed",
    "TaskGone",
    "TaskResult",
    "TaskTimeout",
    "answer_challenge",
    "error_from_response",
    "fetch_certificate",
    "indirect_login",
    "install_redaction",
    "pem_for_api",
    "redact",
    "setup_indirect_login",
    "ssl_context",
    "task_url",
    "vendor_type",
}


def test_exported_names() -> None:
    assert set(luna_ext.__all__) == EXPECTED
    assert list(luna_ext.__all__) == sorted(luna_ext.__all__)
    for name in luna_ext.__all__:
        assert getattr(luna_ext, name) is not None


def test_errors_form_one_hierarchy() -> None:
    for name in (
        "LunaApiError",
        "TaskFailed",
        "TaskGone",
        "TaskTimeout",
        "ProtectedTaskNotStarted",
        "LunaConnectionError",
        "LunaTLSError",
        "InsecureURLError",
        "SoLoginRefused",
        "CckmError",
    ):
        assert issubclass(getattr(luna_ext, name), luna_ext.LunaError)
    for name in (
        "CckmAuthenticationError",
        "CckmBadRequestError",
        "CckmConflictError",
        "CckmNotFoundError",
        "CckmServerError",
    ):
        assert issubclass(getattr(luna_ext, name), luna_ext.CckmApiError)
    for name in ("CckmApiError", "CckmTimeout", "CckmOperationFailed"):
        assert issubclass(getattr(luna_ext, name), luna_ext.CckmError)
    # a failed task is an API error like the one the request would have answered
    assert issubclass(luna_ext.TaskFailed, luna_ext.LunaApiError)
    # connection errors stay httpx errors for code written against httpx
    assert issubclass(luna_ext.LunaConnectionError, httpx.TransportError)
    assert issubclass(luna_ext.LunaTLSError, luna_ext.LunaConnectionError)
