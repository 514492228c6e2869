"""Write tests/vectors/signing/*.json from the official signer (run by hand, results committed).

    .venv/bin/python -m tests.vectors.make_signing_vectors

Each vector: the request as sent (method, URL, headers, body), the credentials and date, and
the official signer's canonical request, string to sign and Authorization header.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

import httpx

from tests.signing_oracle import oracle_sign

OUT = Path(__file__).parent / "signing"
AK, SK = "HPUAEXAMPLEACCESSKEY", "exampleSecretKey0123456789abcdefghijklmn"
DATE = "20261121T093000Z"
HOST = "https://ocr.ap-southeast-1.myhuaweicloud.com"
JSON = {"Content-Type": "application/json"}

CASES: dict[str, dict[str, object]] = {
    "get-root": {"method": "GET", "path": "/"},
    "get-no-trailing-slash": {"method": "GET", "path": "/v3/projects"},
    "post-ocr-json-body": {
        "method": "POST",
        "path": "/v2/0a1b2c3d/ocr/general-text",
        "headers": JSON,
        "body": b'{"image":"/9j/4AAQSkZJRg==","detect_direction":true}',
    },
    "post-empty-body": {"method": "POST", "path": "/v2/p/ocr/passport", "headers": JSON},
    "query-sorted-and-repeated-keys": {
        "method": "GET",
        "path": "/v3/projects",
        "query": [("name", "ap-southeast-1"), ("b", "2"), ("a", "2"), ("a", "1")],
    },
    "query-empty-value-and-reserved": {
        "method": "GET",
        "path": "/q",
        "query": [("empty", ""), ("space", "a b"), ("plus", "1+1"), ("tilde", "~x"), ("amp", "&=")],
    },
    "path-unicode-and-reserved": {"method": "GET", "path": "/données/a b/x+y/!*'()~/"},
    "path-encoded-slash": {"method": "GET", "path": "/a%2Fb/c"},
    "header-case-and-whitespace": {
        "method": "POST",
        "path": "/v2/p/ocr/id-card",
        "headers": {**JSON, "X-Custom-Header": "  padded value  ", "x-LOWER-upper": "v"},
        "body": b"{}",
    },
    "header-with-underscore-unsigned": {
        "method": "POST",
        "path": "/v2/p/ocr/id-card",
        "headers": {**JSON, "X_Underscore": "not signed", "X-Dash": "signed"},
        "body": b"{}",
    },
    "security-token": {
        "method": "POST",
        "path": "/v2/p/ocr/passport",
        "headers": {**JSON, "X-Security-Token": "gQpjbi1ub3J0aC00EXAMPLE"},
        "body": b'{"url":"https://example.com/p.jpg"}',
    },
    "enterprise-project-header": {
        "method": "POST",
        "path": "/v2/p/ocr/general-text",
        "headers": {**JSON, "Enterprise-Project-Id": "0"},
        "body": b'{"image":"AAAA"}',
    },
    "binary-body": {
        "method": "PUT",
        "path": "/bin",
        "headers": {"Content-Type": "application/json"},
        "body": bytes(range(256)),
    },
    "port-in-host": {"method": "GET", "path": "/p", "host": "http://127.0.0.1:8443"},
}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, case in CASES.items():
        body = case.get("body", b"")
        assert isinstance(body, bytes)
        url = httpx.URL(str(case.get("host", HOST))).copy_with(path=str(case["path"]))
        request = httpx.Request(
            str(case["method"]),
            url,
            params=case.get("query", []),  # type: ignore[arg-type]
            headers={**case.get("headers", {}), "X-Sdk-Date": DATE},  # type: ignore[dict-item]
            content=body,
        )
        # Send the canonical query, as the client does, then sign officially.
        from huaweicloud_ocr.auth import AkSkAuth

        AkSkAuth(AK, SK).sign(request)
        del request.headers["Authorization"]
        result = oracle_sign(request, AK, SK)
        vector = {
            "description": name,
            "credentials": {"ak": AK, "sk": SK},
            "request": {
                "method": request.method,
                "url": str(request.url),
                "headers": [[k.decode(), v.decode()] for k, v in request.headers.raw],
                "body_base64": base64.b64encode(body).decode(),
            },
            "canonical_request": result.canonical_request,
            "string_to_sign": result.string_to_sign,
            "authorization": result.authorization,
        }
        path = OUT / f"{name}.json"
        path.write_text(json.dumps(vector, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote", path.relative_to(Path.cwd()))


if __name__ == "__main__":
    main()
