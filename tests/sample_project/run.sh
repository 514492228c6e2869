#!/bin/sh
# Issue 17, point 5: a user's project tested with the plugin, from the user's side. Builds the
# wheels of this repository and of the sample project (with PYTHON, which needs hatchling:
# the dev venv's), installs them with the `testing` extra into a fresh virtual environment and
# runs the sample project's tests there, outside the repository's sys.path and conftest.
# Usage: tests/sample_project/run.sh [PYTHON]   (default: .venv/bin/python)
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PYTHON="${1:-$ROOT/.venv/bin/python}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
QUIET="--quiet --disable-pip-version-check --no-input"
# Copied first: building in place would leave build files in the source tree.
cp -R "$HERE" "$WORK/sample"
"$PYTHON" -m pip wheel $QUIET --no-deps --no-build-isolation --wheel-dir "$WORK/dist" "$ROOT" "$WORK/sample"
"$PYTHON" -m venv "$WORK/venv"
LIBRARY="$(ls "$WORK"/dist/huaweicloud_ocr-*.whl)"
SAMPLE="$(ls "$WORK"/dist/ocr_sample_app-*.whl)"
"$WORK/venv/bin/python" -m pip install $QUIET "$LIBRARY[testing]" "$SAMPLE"
cd "$WORK/sample"
rm -rf src  # the tests must import the installed package
"$WORK/venv/bin/python" -m pytest -p no:cacheprovider
