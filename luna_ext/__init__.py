"""luna_ext: the hand-written layer over the generated ``luna_client``.

Sessions (password or certificate login, reopened when they expire), task waiting,
file transfer in bounded memory, paging and typed errors, sync and async::

    from luna_ext import LunaSession
    from luna_client.api.hsms import list_hsms

    with LunaSession("https://hsm.example:8443", username="admin", password=pw,
                     ca_file="server.pem") as luna:
        hsms = luna.call(list_hsms)
"""

from ._auth import Login, PasswordLogin, SessionAuth
from ._certlogin import CertificateLogin, answer_challenge, pem_for_api
from ._errors import (
    LunaApiError,
    LunaAuthenticationError,
    LunaConflictError,
    LunaError,
    LunaNotFoundError,
    LunaServerError,
    ProtectedTaskNotStarted,
    TaskFailed,
    TaskGone,
    TaskTimeout,
    error_from_response,
)
from ._indirect import indirect_login, setup_indirect_login
from ._logging import RedactingFilter, install_redaction, redact
from ._media import API_VERSION, vendor_type
from ._session import AsyncLunaSession, LunaSession
from ._tasks import Backoff, TaskResult, task_url
from ._tls import fetch_certificate, ssl_context

__all__ = [
    "API_VERSION",
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
]
