"""A client library for accessing Huawei Cloud OCR API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
