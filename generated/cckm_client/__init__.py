"""A client library for accessing Thales CipherTrust Manager (CCKM) Luna HSM keys API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
