"""The huaweicloud-ocr command against the local OCR server."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from huaweicloud_ocr import _spec, cli
from huaweicloud_ocr.testing import LocalOcrServer, sample_png


@pytest.fixture
def image(tmp_path: Path) -> Path:
    path = tmp_path / "sample.png"
    path.write_bytes(sample_png())
    return path


def test_help_lists_every_operation_from_the_spec(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        cli.main(["--help"])
    assert done.value.code == 0
    text = capsys.readouterr().out
    for method, op in _spec.operations().items():
        assert method.removeprefix("recognize_").replace("_", "-") in text
        assert op["summary"] in text


@pytest.mark.usefixtures("credentials")
def test_json_output_with_options(
    server: LocalOcrServer, image: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli.main(
        [
            "general-text",
            str(image),
            "--endpoint",
            server.url,
            "--option",
            "detect_direction=true",
            "--option",
            "language=zh",
        ]
    )
    assert code == 0
    assert "words_block_list" in json.loads(capsys.readouterr().out)["result"]


@pytest.mark.usefixtures("credentials")
def test_table_output_and_urls(server: LocalOcrServer, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        cli.main(
            ["passport", "https://example.com/p.jpg", "--endpoint", server.url, "--output", "table"]
        )
        == 0
    )
    assert "result.passport_number" in capsys.readouterr().out


@pytest.mark.usefixtures("credentials")
def test_bad_input_is_a_clear_error(
    server: LocalOcrServer, image: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        cli.main(["general-text", str(image), "--endpoint", server.url, "--option", "language=xx"])
        == 2
    )
    assert "language" in capsys.readouterr().err
    assert (
        cli.main(["general-text", str(image), "--endpoint", server.url, "--option", "no_such=1"])
        == 2
    )


def test_console_script_is_installed() -> None:
    script = Path(sys.executable).with_name("huaweicloud-ocr")
    done = subprocess.run([str(script), "--help"], capture_output=True, text=True, check=False)  # noqa: S603
    assert done.returncode == 0
    assert "passport" in done.stdout
