"""Build generated/ from openapi.yaml, or check that it is up to date (the script behind
`make generate` and `make check-generated`).

The generator always writes into a fresh temporary directory; `generate` then swaps the result
into generated/, `--check` compares it with generated/ byte for byte and fails on any difference.
"""

from __future__ import annotations

import argparse
import difflib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
CONFIG = ROOT / "generator" / "config.yml"
TEMPLATES = ROOT / "generator" / "templates"
PACKAGE = "huaweicloud_ocr_api"
TARGET = ROOT / "generated" / PACKAGE


def run_generator(out_dir: Path) -> Path:
    """Run the pinned openapi-python-client; return the package directory it wrote."""
    bin_dir = Path(sys.executable).parent
    env = dict(os.environ)
    # The ruff post-hooks are looked up on PATH; without ruff they are skipped silently.
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    if shutil.which("ruff", path=env["PATH"]) is None:
        sys.exit("generate: ruff is not on PATH; run through `make generate`")
    package_dir = out_dir / PACKAGE
    cmd = [
        str(bin_dir / "openapi-python-client"),
        "generate",
        "--path",
        str(SPEC),
        "--config",
        str(CONFIG),
        "--meta",
        "none",
        "--output-path",
        str(package_dir),
        "--fail-on-warning",
    ]
    if any(TEMPLATES.glob("*.jinja")):
        cmd += ["--custom-template-path", str(TEMPLATES)]
    # A fixed argument list of our own, no shell.
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if done.returncode != 0 or not package_dir.is_dir():
        sys.stderr.write(done.stdout + done.stderr)
        sys.exit(f"generate: openapi-python-client failed (exit {done.returncode})")
    return package_dir


def differences(expected: Path, actual: Path) -> list[str]:
    """A unified diff (or a one-line note) for every file that differs between two trees."""

    def files(root: Path) -> set[Path]:
        found = {p.relative_to(root) for p in root.rglob("*") if p.is_file()}
        return {p for p in found if "__pycache__" not in p.parts}

    fresh, kept = files(expected), files(actual)
    out = [f"only in the fresh output: {p}" for p in sorted(fresh - kept)]
    out += [f"only in generated/: {p}" for p in sorted(kept - fresh)]
    for rel in sorted(fresh & kept):
        new, old = (expected / rel).read_bytes(), (actual / rel).read_bytes()
        if new != old:
            diff = difflib.unified_diff(
                old.decode(errors="replace").splitlines(keepends=True),
                new.decode(errors="replace").splitlines(keepends=True),
                f"generated/{PACKAGE}/{rel}",
                f"fresh/{PACKAGE}/{rel}",
            )
            out.append("".join(diff))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ocr-gen-") as tmp:
        fresh = run_generator(Path(tmp))
        if args.check:
            if not TARGET.is_dir():
                print(f"generated/ is missing {PACKAGE}: run `make generate`", file=sys.stderr)
                return 1
            diffs = differences(fresh, TARGET)
            if diffs:
                sys.stderr.write("\n".join(diffs[:20]) + "\n")
                print(
                    f"generated/ has drifted from openapi.yaml ({len(diffs)} files differ): "
                    "run `make generate` and commit the result.",
                    file=sys.stderr,
                )
                return 1
            print("generated/ matches openapi.yaml")
            return 0
        if TARGET.exists():
            shutil.rmtree(TARGET)
        TARGET.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(fresh, TARGET)
        print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
