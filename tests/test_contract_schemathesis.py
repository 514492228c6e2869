"""Schemathesis against the embedded local OCR server (issue 6, point 3b): every operation of
openapi.yaml, the IAM ones included, over real HTTP on 127.0.0.1, with all of Schemathesis's
default checks.

* Phases: examples (the spec's request examples), coverage (boundary values, missing and wrong
  parameters, undeclared methods, wrong Content-Type) and fuzzing, each in positive and negative
  mode. Checks: every built-in check Schemathesis enables by default (status code, Content-Type,
  response headers and response schema conformance, negative data rejection, positive data
  acceptance, missing required header, unsupported method, Allow header, ignored auth, server
  errors; the stateful ones have nothing to do here). One check is narrowed, see
  `positive_data_acceptance_beyond_image_content`; none is off.
* Bounded and deterministic: a fixed seed, derandomized generation, no example database (so no
  replay of earlier runs), MAX_EXAMPLES fuzzed cases per operation, no deadline. About 30 s on 2
  cores (the whole file).
* All traffic goes to the local server: every call and every probe a check sends gets its base
  URL, which overrides the spec's servers (also the IAM paths' own iam.{region} server).
* Auth: a token of the local server in X-Auth-Token. `ignored_auth` probes without it and with a
  wrong one (the server must answer 401).
* project_id: the server's project in most cases, so that bodies reach validation and answers
  reach the response checks; Schemathesis's own value where it generated an invalid one on
  purpose, and in one case of four (chosen by a hash of the value, so deterministically), where
  the server answers 403 ModelArts.4203.
"""

from __future__ import annotations

import json
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import Any, TypeVar, cast
from urllib.parse import urlsplit

import pytest
import requests
import schemathesis
from schemathesis import APIOperation, Case, CheckContext, Response
from schemathesis.core.parameters import ParameterLocation
from schemathesis.core.result import Ok
from schemathesis.specs.openapi.checks import positive_data_acceptance

from huaweicloud_ocr.testing import LocalOcrServer
from tests import golden

SEED = 20251205
MAX_EXAMPLES = 25
F = TypeVar("F", bound=Callable[..., None])

CONFIG = schemathesis.Config.from_dict(
    {
        "seed": SEED,
        "generation": {
            "mode": "all",
            "max-examples": MAX_EXAMPLES,
            "deterministic": True,
            "database": "none",
        },
        # Hypothesis's too_slow health check times data generation, so a busy machine could fail
        # a run that is otherwise bounded and deterministic. The other health checks stay on.
        "suppress-health-check": ["too_slow"],
    }
)
SCHEMA = schemathesis.openapi.from_path(golden.SPEC_PATH, config=CONFIG)
# operation label -> the statuses its documented method was answered with in this run
OUTCOMES: defaultdict[str, set[int]] = defaultdict(set)

# What the service answers for an image it cannot use: not Base64 (or a data: prefix), too big,
# not an image of a supported format or too poor (chapter 6). JSON Schema cannot say "a Base64
# image of a supported format", so a schema-valid body can rightly get these; the spec's own
# request examples do, because the document shortens their Base64 with "...".
IMAGE_CONTENT_ERRORS = frozenset({"AIS.0102", "AIS.0103", "AIS.0104"})


def positive_data_acceptance_beyond_image_content(
    ctx: CheckContext, response: Response, case: Case[Any]
) -> bool | None:
    """positive_data_acceptance, except for a 400 that rejects the image's content (above).
    Any other rejection of a schema-valid request still fails, AIS.0101 included."""
    if response.status_code == 400:
        try:
            code = json.loads(response.content).get("error_code")
        except (ValueError, AttributeError):
            code = None
        if code in IMAGE_CONTENT_ERRORS:
            return None
    return positive_data_acceptance(ctx, response, case)


def _iam_user() -> tuple[tuple[str, str], str]:
    """The account, user and password of the spec's token request example."""
    example = golden.load_spec()["components"]["examples"]["IamTokenRequest"]["value"]
    user = example["auth"]["identity"]["password"]["user"]
    return (user["domain"]["name"], user["name"]), user["password"]


@pytest.fixture(scope="module")
def server() -> Iterator[LocalOcrServer]:
    account_user, password = _iam_user()  # so that the example gets its 201
    with LocalOcrServer(users={account_user: password}) as running:
        yield running


@pytest.fixture(scope="module")
def token(server: LocalOcrServer) -> str:
    return server.issue_token()


@pytest.fixture(scope="module")
def session() -> Iterator[requests.Session]:
    """One kept-alive connection, as clients use the service (and faster than one per call)."""
    with requests.Session() as kept_alive:
        yield kept_alive


def _choose_project(case: Case[Any], project_id: str) -> None:
    generated = (case.path_parameters or {}).get("project_id")
    if generated is None:
        return
    if case.meta is not None and case.meta.is_negative_at(ParameterLocation.PATH):
        return
    if zlib.crc32(str(generated).encode()) % 4:
        # Schemathesis sees the edit and revalidates the case before sending it.
        case.path_parameters["project_id"] = project_id


def parametrize(func: F) -> F:
    """SCHEMA.parametrize() with its type: one test per operation of the spec."""
    return cast(F, SCHEMA.parametrize()(func))


@parametrize
def test_local_server_conforms_to_the_spec(
    case: Case[Any], server: LocalOcrServer, token: str, session: requests.Session
) -> None:
    _choose_project(case, server.project_id)
    headers = {"X-Auth-Token": token}
    response = case.call(base_url=server.url, headers=headers, session=session)
    assert urlsplit(response.request.url).hostname == "127.0.0.1"
    if case.method == case.operation.method.upper():
        OUTCOMES[case.operation.label].add(response.status_code)
    case.validate_response(
        response,
        headers=headers,
        transport_kwargs={"base_url": server.url, "headers": headers, "session": session},
        excluded_checks=[positive_data_acceptance],
        additional_checks=[positive_data_acceptance_beyond_image_content],
    )


def _operations() -> list[APIOperation[Any, Any, Any, Any]]:
    found = []
    for result in SCHEMA.get_all_operations():
        assert isinstance(result, Ok), result.err()
        found.append(result.ok())
    return found


def test_the_run_reached_success_and_rejection_of_every_operation(
    request: pytest.FixtureRequest,
) -> None:
    """Guards against a vacuous pass (a bad token would make every answer a 401, which the
    checks accept): every operation that ran got a 2xx, and every one with a body also a 400."""
    name = test_local_server_conforms_to_the_spec.__name__
    ran = {
        item.name.partition("[")[2].rstrip("]")
        for item in request.session.items
        if item.name.startswith(name + "[")
    }
    if not ran:
        pytest.skip(f"{name} was not selected")
    expected = {
        operation.label: "2xx and 400" if len(operation.body) else "2xx"
        for operation in _operations()
        if operation.label in ran
    }
    reached = {}
    for label, statuses in OUTCOMES.items():
        success = any(200 <= status < 300 for status in statuses)
        reached[label] = ("2xx and 400" if 400 in statuses else "2xx") if success else "no 2xx"
    assert reached == expected


def test_every_operation_of_the_spec_is_tested() -> None:
    spec = golden.load_spec()
    expected = {f"{op.method.upper()} {op.path}" for op in golden.operations(spec)}
    assert {operation.label for operation in _operations()} == expected
