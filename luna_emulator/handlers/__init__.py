"""Hand-written handlers, one module per resource family. Importing the package
registers them with ``backend.HANDLERS``."""

from . import appliance, auth, hsm, ntls, partitions, session, tasks, users

__all__ = ["appliance", "auth", "hsm", "ntls", "partitions", "session", "tasks", "users"]
