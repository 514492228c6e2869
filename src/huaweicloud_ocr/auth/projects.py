"""Opt-in project_id look-up: IAM `GET /v3/projects?name=<region>`, done once and cached."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

import httpx

from huaweicloud_ocr.auth._iam import (
    LoopLocks,
    iam_client,
    iam_endpoint_for,
    iam_error,
    iam_message,
    known_secrets,
    reaching_iam,
    read_iam,
    require_https,
    send_async,
    send_sync,
)
from huaweicloud_ocr.errors import AuthenticationError, ConfigurationError
from huaweicloud_ocr_api import models

if TYPE_CHECKING:
    from types import ModuleType


class ProjectIdResolver:
    """Finds the id of a region's default project (named after the region) with any auth."""

    def __init__(
        self,
        auth: httpx.Auth,
        region: str,
        *,
        iam_endpoint: str | None = None,
        timeout: float = 30.0,
        httpx_args: dict[str, object] | None = None,
        allow_insecure_http: bool = False,
    ) -> None:
        self.region = region
        self._project_id: str | None = None  # before any check: repr() may render a half-built self
        self.iam_endpoint = (iam_endpoint or iam_endpoint_for(region)).rstrip("/")
        require_https(self.iam_endpoint, allow_insecure_http)
        self._auth = auth
        self._client = iam_client(self.iam_endpoint, timeout, httpx_args, auth=auth)
        self._lock = threading.Lock()
        self._async_lock = LoopLocks()  # concurrent first calls on one loop: one request

    def __repr__(self) -> str:
        return f"ProjectIdResolver(region={self.region!r}, project_id={self._project_id!r})"

    def _accept(self, response: httpx.Response) -> str:
        status = response.status_code
        # The body is read only for a list: an error answer's body may be anything.
        parsed = read_iam(_list_projects(), self._client, response) if status == 200 else None
        if not isinstance(parsed, models.KeystoneListProjectsResponse):
            raise iam_error(
                AuthenticationError,
                f"IAM at {self.iam_endpoint} did not list projects (HTTP {status})",
                response,
                detail=iam_message(response),
                secrets=known_secrets(self._auth),
            )
        projects = parsed.projects if isinstance(parsed.projects, list) else []
        ids = [p.id for p in projects if p.name == self.region and isinstance(p.id, str)]
        if len(ids) != 1:
            raise iam_error(
                ConfigurationError,
                f"IAM lists {len(ids)} projects named {self.region!r}; pass project_id explicitly",
                response,
            )
        self._project_id = ids[0]
        return ids[0]

    def resolve(self) -> str:
        if self._project_id:
            return self._project_id
        with self._lock:
            if self._project_id:
                return self._project_id
            # Sent and read here, not by sync_detailed: see IamPasswordTokenProvider.token.
            kwargs = _list_projects()._get_kwargs(name=self.region)
            with reaching_iam(self.iam_endpoint):
                response = send_sync(self._client, kwargs)
            return self._accept(response)

    async def aresolve(self) -> str:
        if self._project_id:
            return self._project_id
        async with self._async_lock():
            if self._project_id:
                return self._project_id
            kwargs = _list_projects()._get_kwargs(name=self.region)
            with reaching_iam(self.iam_endpoint):
                response = await send_async(self._client, kwargs)
            # Not self._lock: a blocking resolve() in another thread holds it across its request.
            return self._project_id or self._accept(response)


def _list_projects() -> ModuleType:
    # Imported on first use: the IAM endpoint and its models cost import time to every user.
    from huaweicloud_ocr_api.api.iam import keystone_list_projects

    return keystone_list_projects
