"""docs/make_overlay_picture.py remakes the README's picture: a PNG of the committed one's size,
with the overlay's colours on it (not compared byte for byte: font rendering may differ between
Pillow versions)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PIL import Image

from huaweicloud_ocr.exports.overlay import KIND_COLOURS

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "docs" / "make_overlay_picture.py"
COMMITTED = ROOT / "docs" / "overlay.png"


def test_the_script_remakes_the_readme_picture(tmp_path: Path) -> None:
    done = subprocess.run(  # noqa: S603
        [sys.executable, str(SCRIPT), str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    made = tmp_path / "overlay.png"
    assert done.stdout.strip() == str(made)
    with Image.open(made) as picture, Image.open(COMMITTED) as committed:
        assert picture.format == committed.format == "PNG"
        assert picture.size == committed.size
        colours = {colour for _, colour in picture.convert("RGB").getcolors(1 << 24) or []}
    # Every kind the documented Smart Document Recognizer example locates is drawn.
    for kind in ("word", "layout", "table", "formula", "key_value"):
        assert KIND_COLOURS[kind] in colours, kind
