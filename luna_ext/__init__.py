"""luna_ext: the hand-written layer over the generated ``luna_client``.

Sessions (password or certificate login, reopened when they expire), typed calls of the
generated operations with task waiting, retries, typed connection, TLS and API errors,
file transfer in bounded memory, paging, redacted logging, the guide's workflows as calls,
sync and async; ``CckmSession`` / ``AsyncCckmSession`` do the same for a CipherTrust
Manager's CCKM API (``cckm_session.py``)::

    from luna_ext import LunaSession
    from luna_client.api.hsms import list_hsms

    with LunaSession("https://hsm.example:8443", username="admin", password=pw,
                     ca_file="server.pem") as luna:
        hsms = luna.call(list_hsms)
"""

from . import workflows
from ._auth import Login, PasswordLogin, SessionAuth
from ._calls import AsyncBoundCall, BoundCall, CallResult, Operation
from ._certlogin import CertificateLogin, answer_challenge, pem_for_api
from ._errors import (
    InsecureURLError,
    LunaApiError,
    LunaAuthenticationError,
    LunaConflictError,
    LunaConnectionError,
    LunaError,
    LunaNotFoundError,
    LunaServerError,
    LunaTLSError,
    ProtectedTaskNotStarted,
    SoLoginRefused,
    TaskFailed,
    TaskGone,
    TaskTimeout,
    error_from_response,
)
from ._files import NotAFileError
from ._indirect import indirect_login, setup_indirect_login
from ._logging import RedactingFilter, install_redaction, logger, redact
from ._media import API_VERSION, vendor_type
from ._models import to_dict
from ._session import AsyncLunaSession, LunaSession, TaskProgress
from ._tasks import Backoff, TaskResult, task_url
from ._tls import fetch_certificate, ssl_context
from ._transport import Retry
from .cckm_errors import (
    CckmApiError,
    CckmAuthenticationError,
    CckmBadRequestError,
    CckmConflictError,
    CckmError,
    CckmNotFoundError,
    CckmOperationFailed,
    CckmServerError,
    CckmTimeout,
)
from .cckm_session import AsyncCckmSession, CckmSession

__all__ = [
    "API_VERSION",
    "AsyncBoundCall",
    "AsyncCckmSession",
    "AsyncLunaSession",
    "Backoff",
    "BoundCall",
    "CallResult",
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
    "CertificateLogin",
    "InsecureURLError",
    "Login",
    "LunaApiError",
    "LunaAuthenticationError",
    "LunaConflictError",
    "LunaConnectionError",
    "LunaError",
    "LunaNotFoundError",
    "LunaServerError",
    "LunaSession",
    "LunaTLSError",
    "NotAFileError",
    "Operation",
    "PasswordLogin",
    "ProtectedTaskNotStarted",
    "RedactingFilter",
    "Retry",
    "SessionAuth",
    "SoLoginRefused",
    "TaskFailed",
    "TaskGone",
    "TaskProgress",
    "TaskResult",
    "TaskTimeout",
    "answer_challenge",
    "error_from_response",
    "fetch_certificate",
    "indirect_login",
    "install_redaction",
    "logger",
    "pem_for_api",
    "redact",
    "setup_indirect_login",
    "ssl_context",
    "task_url",
    "to_dict",
    "vendor_type",
    "workflows",
]
