"""Committed signature vectors (request → canonical request → string to sign → Authorization),
made once from the official signer by tests/vectors/make_signing_vectors.py. No oracle needed."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

from huaweicloud_ocr.auth import AkSkAuth, signing

VECTORS = sorted((Path(__file__).parent / "vectors" / "signing").glob("*.json"))


def load(path: Path) -> dict[str, Any]:
    vector: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return vector


def test_vectors_exist() -> None:
    assert len(VECTORS) >= 12


@pytest.mark.parametrize("path", VECTORS, ids=lambda p: p.stem)
def test_signing_functions_reproduce_every_step(path: Path) -> None:
    v = load(path)
    req = v["request"]
    url = httpx.URL(req["url"])
    raw_path, _, raw_query = url.raw_path.decode().partition("?")
    body = base64.b64decode(req["body_base64"])
    result = signing.sign(
        access_key=v["credentials"]["ak"],
        secret_key=v["credentials"]["sk"],
        method=req["method"],
        path=raw_path,
        query=parse_qsl(raw_query, keep_blank_values=True),
        headers=dict(req["headers"]),
        payload_sha256=hashlib.sha256(body).hexdigest(),
    )
    assert result.canonical_request == v["canonical_request"]
    assert result.string_to_sign == v["string_to_sign"]
    assert result.authorization == v["authorization"]


@pytest.mark.parametrize("path", VECTORS, ids=lambda p: p.stem)
def test_httpx_auth_reproduces_authorization(path: Path) -> None:
    v = load(path)
    req = v["request"]
    headers = [(k, val) for k, val in req["headers"] if k.lower() != "x-security-token"]
    token = next((val for k, val in req["headers"] if k.lower() == "x-security-token"), None)
    request = httpx.Request(
        req["method"], req["url"], headers=headers, content=base64.b64decode(req["body_base64"])
    )
    AkSkAuth(v["credentials"]["ak"], v["credentials"]["sk"], security_token=token).sign(request)
    assert request.headers["Authorization"] == v["authorization"]
    assert str(request.url) == req["url"]
