"""The emulated CipherTrust Manager (CCKM) Luna-keys API, backed by the emulated appliance.

``create_cckm_app(emulator)`` serves ``openapi/cckm.yaml``: API tokens (HS256 JWTs valid
for the lifetime the spec declares, on the appliance's clock; refresh tokens), the
``emulated-luna`` connection and other Luna connections, CCKM partitions backed by the
appliance's partitions, keys that become (and stop being) objects of those partitions,
refresh and synchronization jobs that read the partitions' objects. Its control API is
under ``/_emulator/cckm/`` (``control_client.CckmControlClient``). State and rules are in
``backend.py`` and the family modules; ``app.py`` is the HTTP pipeline.
"""

from .app import CckmApp, create_cckm_app
from .backend import DEFAULT_CCKM_PASSWORD, DEFAULT_CCKM_USER, EMULATED_CONNECTION

__all__ = [
    "DEFAULT_CCKM_PASSWORD",
    "DEFAULT_CCKM_USER",
    "EMULATED_CONNECTION",
    "CckmApp",
    "create_cckm_app",
]
