"""A client library for accessing Thales Luna Network HSM 7 appliance REST API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
