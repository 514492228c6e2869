"""Typed as installed (issue 12): a wheel built from this tree, installed with its `server` extra
into a fresh virtual environment, type-checks from outside the repository with `mypy --strict`:
every ```python block of README.md, and tests/typing/user_script.py, which calls all operations
on both clients and holds marked lines that must fail (its docstring gives the marker
convention). mypy runs in a temporary directory with a configuration file written there, and
without MYPYPATH: the repo's pyproject.toml (mypy_path = src, generated) would otherwise type the
source tree and hide what the wheel lacks.
"""

from __future__ import annotations

import ast
import io
import json
import os
import re
import subprocess
import sys
import tokenize
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
USER_SCRIPT = ROOT / "tests" / "typing" / "user_script.py"
SPEC_DATA = ROOT / "generated" / "huaweicloud_ocr_api" / "spec_data.json"
EXTRA = "testing,pillow"  # the README blocks use the plugin and overlays (typed with Pillow)
TIMEOUT = 300  # seconds per command; the whole module takes about 20 s, mostly pip

# As the repo's [tool.mypy], minus mypy_path: strict, for the oldest Python the package supports.
MYPY_CONFIG = "[mypy]\nstrict = True\npython_version = 3.11\n"

# Names the README's prose leaves to the reader: its Authentication block signs with the
# reader's own AK, SK and token. Declared with a type and no value, so each use is checked
# against the real signatures. Only such placeholders belong here, nothing a block forgot.
README_PLACEHOLDERS = "ak: str\nsk: str\ntoken: str\n"

# mypy's answer to this, line by line: the installed models and client methods have real
# types; without py.typed in the wheel they would be Any and line 4 and 5 would pass.
PROBE = [
    "from huaweicloud_ocr import OcrClient",
    "from huaweicloud_ocr_api import models",
    "",
    "x: int = models.GeneralTextResult()",
    "y: int = OcrClient.recognize_general_text",
]
PROBE_EXPECTED = {(4, "assignment"), (5, "assignment")}

# The marker of a line that must fail (tests/typing/user_script.py): one whole comment.
MARKER = re.compile(r"# type: ignore\[(?P<code>[a-z0-9-]+)\]  # expect-error")
ANY_IGNORE = re.compile(r"type:\s*ignore")
MYPY_LINE = re.compile(
    r"^(?P<file>[^:\n]+):(?P<line>\d+): error: (?P<message>.*?)(?:  \[(?P<code>[a-z0-9-]+)\])?$"
)


# -- reading README.md and the user script -----------------------------------------------------


@dataclass(frozen=True)
class Block:
    heading: str  # the heading the block sits under
    line: int  # README.md line of the block's first code line
    code: str


def readme_python_blocks(text: str) -> list[Block]:
    """Every fenced block whose info string is `python`, in order (CommonMark fences)."""
    blocks: list[Block] = []
    heading = "top"
    fence: str | None = None  # the opening fence, while inside any fenced block
    language, start, body = "", 0, list[str]()
    for number, line in enumerate(text.splitlines(), start=1):
        if fence is None:
            opening = re.match(r"^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)", line)
            if opening:
                fence, language, start, body = opening[1], opening[2], number + 1, []
            elif found := re.match(r"^ {0,3}#{1,6}\s+(.+?)\s*#*\s*$", line):
                heading = found[1]
        elif re.fullmatch(rf" {{0,3}}{fence[0]}{{{len(fence)},}}\s*", line):
            if language == "python":
                blocks.append(Block(heading, start, "\n".join(body) + "\n"))
            fence = None
        else:
            body.append(line)
    return blocks


def block_id(block: Block) -> str:
    return f"L{block.line}-" + re.sub(r"[^a-z0-9]+", "-", block.heading.lower()).strip("-")


README_BLOCKS = readme_python_blocks(README.read_text(encoding="utf-8"))


def strip_markers(text: str) -> tuple[str, set[tuple[int, str]]]:
    """The script without its markers, and the marked (line, code) pairs.

    Comments are found with tokenize, so a marker quoted in a docstring is text, not a marker.
    Any other `type: ignore` comment fails the test: as installed it would hide an error.
    """
    lines = text.splitlines()
    expected: set[tuple[int, str]] = set()
    for token in tokenize.generate_tokens(io.StringIO(text).readline):
        if token.type != tokenize.COMMENT:
            continue
        number, column = token.start
        marker = MARKER.fullmatch(token.string)
        if marker:
            expected.add((number, marker["code"]))
            lines[number - 1] = lines[number - 1][:column].rstrip()
        elif ANY_IGNORE.search(token.string):
            pytest.fail(f"user_script.py:{number}: a `type: ignore` without `# expect-error`")
    return "\n".join(lines) + "\n", expected


def called_methods(text: str) -> tuple[set[str], set[str]]:
    """Names of the methods called on something, inside `def`s and inside `async def`s."""
    in_sync: set[str] = set()
    in_async: set[str] = set()
    for function in ast.walk(ast.parse(text)):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        names = in_async if isinstance(function, ast.AsyncFunctionDef) else in_sync
        for node in ast.walk(function):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                names.add(node.func.attr)
    return in_sync, in_async


# -- the fresh environment and mypy ------------------------------------------------------------


@dataclass(frozen=True)
class Installed:
    python: Path  # the fresh venv's interpreter
    work: Path  # mypy's working directory: its config, the files it checks, nothing else
    config: Path
    cache: Path


@dataclass(frozen=True)
class MypyError:
    file: str
    line: int
    code: str | None
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}  [{self.code}]"


def clean_env() -> dict[str, str]:
    """This process's environment (pip's index settings included) minus what adds import paths."""
    env = dict(os.environ)
    for name in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "MYPYPATH", "VIRTUAL_ENV"):
        env.pop(name, None)
    return env


def run(args: list[str], cwd: Path, failure: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(  # noqa: S603 - this interpreter's own tools, arguments built here
        args,
        cwd=cwd,
        env=clean_env(),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    if result.returncode != 0:
        pytest.fail(
            f"{failure}\n$ {' '.join(args)}\nexit {result.returncode}\n"
            f"{result.stdout}{result.stderr}",
            pytrace=False,
        )
    return result


WHERE_IMPORTED = """\
import json, sys, sysconfig
import huaweicloud_ocr, huaweicloud_ocr_api
print(json.dumps({
    "purelib": sysconfig.get_paths()["purelib"],
    "files": [huaweicloud_ocr.__file__, huaweicloud_ocr_api.__file__],
    "path": sys.path,
}))
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """The wheel of this tree in a fresh venv, checked to be what `import` finds there."""
    root = tmp_path_factory.mktemp("typed-as-installed")
    wheels, env_dir, work = root / "wheels", root / "venv", root / "work"
    work.mkdir()
    quiet = ["--quiet", "--disable-pip-version-check", "--no-input"]
    build = ["--no-deps", "--no-build-isolation", "--wheel-dir", str(wheels), str(ROOT)]
    run(
        [sys.executable, "-m", "pip", "wheel", *quiet, *build],
        root,
        "could not build the wheel from the source tree",
    )
    (wheel,) = wheels.glob("*.whl")
    run([sys.executable, "-m", "venv", str(env_dir)], root, "could not create a virtualenv")
    python = env_dir / "bin" / "python"
    run(
        [str(python), "-m", "pip", "install", *quiet, f"{wheel}[{EXTRA}]"],
        root,
        f"pip could not install {wheel.name}[{EXTRA}] into a fresh virtualenv; its "
        "dependencies (httpx, attrs, sniffio, jsonschema) come from PyPI: is it reachable?",
    )
    where = json.loads(run([str(python), "-c", WHERE_IMPORTED], work, "import failed").stdout)
    purelib = Path(where["purelib"]).resolve()
    for file in where["files"]:
        assert Path(file).resolve().is_relative_to(purelib), f"{file} not in {purelib}"
    assert not [p for p in where["path"] if p and Path(p).resolve().is_relative_to(ROOT)], where
    config = work / "mypy.ini"
    config.write_text(MYPY_CONFIG, encoding="utf-8")
    return Installed(python, work, config, root / "mypy-cache")


def mypy(installed: Installed, name: str, source: str) -> list[MypyError]:
    """mypy --strict on `source` (as work/`name`), against the fresh venv's packages only."""
    (installed.work / name).write_text(source, encoding="utf-8")
    args = [sys.executable, "-m", "mypy", "--config-file", str(installed.config)]
    args += ["--python-executable", str(installed.python), "--cache-dir", str(installed.cache)]
    result = subprocess.run(  # noqa: S603 - this interpreter's mypy, arguments built here
        [*args, "--no-error-summary", name],
        cwd=installed.work,
        env=clean_env(),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    found = [
        MypyError(m["file"], int(m["line"]), m["code"], m["message"])
        for m in map(MYPY_LINE.match, result.stdout.splitlines())
        if m
    ]
    # 0: clean, 1: errors (each parsed above); anything else is mypy failing to run.
    if result.returncode not in (0, 1) or (result.returncode == 1) != bool(found):
        pytest.fail(
            f"mypy exited {result.returncode}:\n{result.stdout}{result.stderr}", pytrace=False
        )
    return found


@dataclass(frozen=True)
class Mismatch:
    missing: list[tuple[int, str]]  # (line, code) marked, but mypy reports no such error
    unexpected: list[MypyError]  # reported by mypy, but not marked

    def __str__(self) -> str:
        return "\n".join(
            [
                f"line {line}: marked [{code}], mypy reports no such error"
                for line, code in self.missing
            ]
            + [f"not marked: {error}" for error in self.unexpected]
        )


def compare(expected: set[tuple[int, str]], found: list[MypyError]) -> Mismatch:
    """The marked errors against mypy's: equal when both lists are empty."""
    reported = {(error.line, error.code) for error in found}
    return Mismatch(
        sorted(expected - reported),
        [error for error in found if (error.line, error.code) not in expected],
    )


# -- the tests ---------------------------------------------------------------------------------


def test_installed_package_is_typed(installed: Installed) -> None:
    """Wrong assignments from both packages are errors, so mypy reads the installed types."""
    found = mypy(installed, "probe.py", "\n".join(PROBE) + "\n")
    assert {(error.line, error.code) for error in found} == PROBE_EXPECTED, "\n".join(
        map(str, found)
    )


def test_readme_has_python_blocks() -> None:
    assert README_BLOCKS, "no ```python block found in README.md"


@pytest.mark.parametrize("block", README_BLOCKS, ids=block_id)
def test_readme_block_type_checks(installed: Installed, block: Block) -> None:
    """Copied from README.md at test time, so the README cannot drift from what type-checks."""
    found = mypy(installed, f"readme_line_{block.line}.py", README_PLACEHOLDERS + block.code)
    offset = block.line - 1 - README_PLACEHOLDERS.count("\n")
    shown = [f"README.md:{e.line + offset}: {e.message}  [{e.code}]" for e in found]
    assert not found, f"the block under '{block.heading}' fails mypy --strict:\n" + "\n".join(shown)


def test_user_script_calls_every_operation_on_both_clients() -> None:
    """The operations are read from spec_data.json, so a new one must be added to the script."""
    operations = json.loads(SPEC_DATA.read_text(encoding="utf-8"))["operations"]
    in_sync, in_async = called_methods(USER_SCRIPT.read_text(encoding="utf-8"))
    assert operations
    assert sorted(set(operations) - in_sync) == [], "not called in a def (OcrClient)"
    assert sorted(set(operations) - in_async) == [], "not called in an async def (AsyncOcrClient)"


def test_user_script_fails_exactly_on_marked_lines(installed: Installed) -> None:
    source, expected = strip_markers(USER_SCRIPT.read_text(encoding="utf-8"))
    assert expected, "user_script.py marks no line that must fail"
    mismatch = compare(expected, mypy(installed, "user_script.py", source))
    assert mismatch == Mismatch([], []), str(mismatch)


def test_marker_comparison_is_live(installed: Installed) -> None:
    """The check fails when a marked error is left unmarked, or a marked line stops failing."""
    lines = USER_SCRIPT.read_text(encoding="utf-8").splitlines()
    _, expected = strip_markers("\n".join(lines) + "\n")
    (unmarked, unmarked_code), (fixed, fixed_code) = sorted(expected)[:2]

    changed = list(lines)
    changed[unmarked - 1] = MARKER.sub("", lines[unmarked - 1]).rstrip()
    source, fewer = strip_markers("\n".join(changed) + "\n")
    mismatch = compare(fewer, mypy(installed, "user_script_unmarked.py", source))
    assert mismatch.missing == [], str(mismatch)
    assert [(e.line, e.code) for e in mismatch.unexpected] == [(unmarked, unmarked_code)]

    changed = list(lines)
    marker = MARKER.search(lines[fixed - 1])
    assert marker is not None
    indent = lines[fixed - 1][: len(lines[fixed - 1]) - len(lines[fixed - 1].lstrip())]
    changed[fixed - 1] = f"{indent}pass  {marker[0]}"  # a correct line, still marked
    source, same = strip_markers("\n".join(changed) + "\n")
    assert same == expected
    mismatch = compare(expected, mypy(installed, "user_script_fixed.py", source))
    assert mismatch == Mismatch([(fixed, fixed_code)], []), str(mismatch)
