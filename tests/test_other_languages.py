"""Other languages compile (issue 6): TypeScript types from openapi-typescript and a client from
openapi-generator's typescript-fetch, both generated from openapi.yaml into a temporary directory,
pass `tsc --strict` together with tests/typescript/usage.ts, which uses two operations' types.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests import golden

ROOT = golden.ROOT
NODE_BIN = ROOT / "generator" / "js" / "node_modules" / ".bin"
OPENAPI_TYPESCRIPT = NODE_BIN / "openapi-typescript"
TSC = NODE_BIN / "tsc"
# The PyPI wrapper of openapi-generator's jar, installed in the venv by `make install`.
OPENAPI_GENERATOR = ROOT / ".venv" / "bin" / "openapi-generator-cli"
USAGE_TSCONFIG = ROOT / "tests" / "typescript" / "tsconfig.json"
USAGE = ROOT / "tests" / "typescript" / "usage.ts"

OPENAPI_TYPESCRIPT_ARGS = [
    # Every default in the spec is on a request-body field, which a caller may leave out; by
    # default openapi-typescript makes each field with a default required.
    "--default-non-nullable",
    "false",
]
OPENAPI_GENERATOR_ARGS = [
    "-g",
    "typescript-fetch",
    # Only the code: no Markdown docs or test stubs.
    "--global-property",
    "apiDocs=false,modelDocs=false,apiTests=false,modelTests=false",
    # Wire names as property names, so usage.ts can compare the models with openapi-typescript's.
    "--additional-properties",
    "modelPropertyNaming=original",
    # Its reserved-word list would rename `char` (GeneralTextCharList) and `class`
    # (MyanmarIdcardResult) to `_char` and `_class`; both are valid TypeScript property names.
    "--reserved-words-mappings",
    "char=char,class=class",
]
# openapi-generator's warnings for this spec, both checked harmless: its OpenAPI 3.1 support is
# labelled beta, and its 3.1 normaliser logs a null $ref for Quadrilateral (a top-level array of
# arrays) yet types it right (Array<Array<number>>, compared with openapi-typescript's in
# usage.ts). Any other warning fails, so whoever changes the spec sees a new one.
KNOWN_GENERATOR_WARNINGS = {
    "o.o.codegen.DefaultCodegen - OpenAPI 3.1 support is still in beta. To report an issue "
    "related to 3.1 spec, please kindly open an issue in the Github repo: "
    "https://github.com/openAPITools/openapi-generator.",
    "o.o.codegen.utils.ModelUtils - Failed to get the schema name: null",
}
TIMEOUT = 180  # seconds, per tool run; all of them take about 10 s together

OPERATION_IDS = [op.operation_id for op in golden.operations(golden.load_spec())]


@dataclass(frozen=True)
class Outputs:
    root: Path
    schema: Path  # openapi-typescript's output
    client: Path  # typescript-fetch's output directory
    openapi_typescript_log: str
    generator_log: str


def require_tools() -> None:
    # Fail rather than skip: a skipped check would let a broken spec pass `make test`.
    missing = [
        str(path.relative_to(ROOT))
        for path in (OPENAPI_TYPESCRIPT, TSC, OPENAPI_GENERATOR)
        if not path.exists()
    ]
    missing += [program for program in ("node", "java") if shutil.which(program) is None]
    if missing:
        pytest.fail(
            f"not found: {', '.join(missing)}. Run `make install` (it needs npm; "
            "openapi-generator-cli also needs Java 11 or later on PATH).",
            pytrace=False,
        )


def tool_env() -> dict[str, str]:
    env = dict(os.environ)
    # openapi-typescript lints with Redocly's library: no telemetry, no update notice.
    env["REDOCLY_TELEMETRY"] = "off"
    env["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true"
    # openapi-generator logs at INFO by default; the warnings are what the test reads.
    env["JAVA_OPTS"] = "-Dlog.level=warn"
    # It would run this program on each generated file; the files are compiled as generated.
    env.pop("TS_POST_PROCESS_FILE", None)
    return env


def run(args: list[str], cwd: Path) -> str:
    """Run a tool; fail with its output unless it exits 0. Returns stdout and stderr together."""
    result = subprocess.run(  # noqa: S603 - the repo's own pinned tools, arguments built here
        args,
        cwd=cwd,
        env=tool_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    if result.returncode != 0:
        pytest.fail(
            f"{Path(args[0]).name} exited {result.returncode}:\n{result.stdout}", pytrace=False
        )
    return result.stdout


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> Outputs:
    require_tools()
    out = tmp_path_factory.mktemp("other-languages")
    spec = str(golden.SPEC_PATH)
    schema = out / "schema.d.ts"
    client = out / "fetch-client"
    # cwd is the temporary directory, so no redocly.yaml found on the way configures the tools.
    ts_log = run([str(OPENAPI_TYPESCRIPT), spec, "-o", str(schema), *OPENAPI_TYPESCRIPT_ARGS], out)
    generator_log = run(
        [
            str(OPENAPI_GENERATOR),
            "generate",
            "-i",
            spec,
            "-o",
            str(client),
            *OPENAPI_GENERATOR_ARGS,
        ],
        out,
    )
    return Outputs(out, schema, client, ts_log, generator_log)


def test_generators_warn_only_as_known(outputs: Outputs) -> None:
    # openapi-typescript marks warnings with ⚠ and errors with ✘ (Redocly lint problems too).
    assert not re.search("[\u26a0\u2718]", outputs.openapi_typescript_log), (
        outputs.openapi_typescript_log
    )
    # Its log lines read "[main] WARN  <logger> - <message>".
    warnings = set(re.findall(r"^\[\w+\] (?:WARN|ERROR) +(.*)$", outputs.generator_log, re.M))
    assert warnings <= KNOWN_GENERATOR_WARNINGS, outputs.generator_log


def test_openapi_typescript_types_every_operation(outputs: Outputs) -> None:
    text = outputs.schema.read_text(encoding="utf-8")
    block = text.split("\nexport interface operations {\n", 1)[1].split("\n}\n", 1)[0]
    typed = re.findall(r"^    (\w+): \{$", block, re.MULTILINE)
    assert sorted(typed) == sorted(OPERATION_IDS)


def test_typescript_fetch_has_one_method_per_operation(outputs: Outputs) -> None:
    methods = [
        name
        for api in sorted((outputs.client / "apis").glob("*Api.ts"))
        for name in re.findall(
            r"^    async (\w+)\(requestParameters", api.read_text(encoding="utf-8"), re.MULTILINE
        )
        if not name.endswith(("Raw", "RequestOpts"))
    ]
    assert sorted(methods) == sorted(op[0].lower() + op[1:] for op in OPERATION_IDS)


def test_tsc_strict_compiles_client_and_usage(outputs: Outputs) -> None:
    # A tsconfig in the temporary directory: the repo's settings, usage.ts's two module names
    # mapped to the generated code, and every generated file compiled, used by usage.ts or not.
    tsconfig = outputs.root / "tsconfig.json"
    config = {
        "extends": str(USAGE_TSCONFIG),
        "compilerOptions": {
            "paths": {
                "ocr-openapi-typescript": [str(outputs.schema)],
                "ocr-typescript-fetch": [str(outputs.client / "index.ts")],
            },
        },
        "files": [str(USAGE), str(outputs.schema)],
        "include": [str(outputs.client / "**" / "*.ts")],
    }
    tsconfig.write_text(json.dumps(config, indent=2), encoding="utf-8")
    result = subprocess.run(  # noqa: S603 - the repo's own pinned tsc
        [str(TSC), "-p", str(tsconfig), "--strict", "--noEmit", "--pretty", "false", "--listFiles"],
        cwd=outputs.root,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, f"tsc --strict failed:\n{result.stdout}{result.stderr}"
    # --listFiles: the check covered usage.ts, the types and the whole client.
    compiled = {Path(line).resolve() for line in result.stdout.splitlines()}
    generated = {p.resolve() for p in outputs.client.rglob("*.ts")}
    assert len(generated) > len(OPERATION_IDS)
    assert {USAGE.resolve(), outputs.schema.resolve(), *generated} <= compiled
