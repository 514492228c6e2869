"""Opt-in project_id look-up: IAM `GET /v3/projects?name=<region>`, done once and cached."""

from __future__ import annotations

import threading
from typing import Any

import httpx

from huaweicloud_ocr.auth._iam import reaching_iam
from huaweicloud_ocr.errors import AuthenticationError, ConfigurationError
from huaweicloud_ocr_api.api.iam import keystone_list_projects
from huaweicloud_ocr_api.client import Client
from huaweicloud_ocr_api.models import KeystoneListProjectsResponse
from huaweicloud_ocr_api.types import Response


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
    ) -> None:
        self.region = region
        self.iam_endpoint = (iam_endpoint or f"https://iam.{region}.myhuaweicloud.com").rstrip("/")
        self._client = Client(
            base_url=self.iam_endpoint,
            timeout=httpx.Timeout(timeout),
            httpx_args={**(httpx_args or {}), "auth": auth},
        )
        self._project_id: str | None = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"ProjectIdResolver(region={self.region!r}, project_id={self._project_id!r})"

    def _accept(self, response: Response[Any]) -> str:
        parsed, status = response.parsed, int(response.status_code)
        if status != 200 or not isinstance(parsed, KeystoneListProjectsResponse):
            raise AuthenticationError(
                f"IAM at {self.iam_endpoint} did not list projects (HTTP {status})"
            )
        projects = parsed.projects if isinstance(parsed.projects, list) else []
        ids = [p.id for p in projects if p.name == self.region and isinstance(p.id, str)]
        if len(ids) != 1:
            raise ConfigurationError(
                f"IAM lists {len(ids)} projects named {self.region!r}; pass project_id explicitly"
            )
        self._project_id = ids[0]
        return ids[0]

    def resolve(self) -> str:
        if self._project_id:
            return self._project_id
        with self._lock:
            if self._project_id:
                return self._project_id
            with reaching_iam(self.iam_endpoint):
                response = keystone_list_projects.sync_detailed(
                    client=self._client, name=self.region
                )
            return self._accept(response)

    async def aresolve(self) -> str:
        if self._project_id:
            return self._project_id
        with reaching_iam(self.iam_endpoint):
            response = await keystone_list_projects.asyncio_detailed(
                client=self._client, name=self.region
            )
        with self._lock:
            return self._project_id or self._accept(response)
