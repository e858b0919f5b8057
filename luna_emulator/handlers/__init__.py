"""Hand-written handlers, one module per resource family. Importing the package
registers them with ``backend.HANDLERS``."""

from . import auth, users

__all__ = ["auth", "users"]
