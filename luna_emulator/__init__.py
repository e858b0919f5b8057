"""luna_emulator: a stateful emulator of the Luna Network HSM 7 appliance REST API."""

from .app import Emulator, create_app
from .backend import DEFAULT_USERS

__all__ = ["DEFAULT_USERS", "Emulator", "create_app"]
