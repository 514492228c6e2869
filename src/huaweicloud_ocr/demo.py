"""`make demo`: run the CLI on a small sample image for every OCR operation.

By default against the embedded local OCR server on 127.0.0.1 (started and stopped here). With
OCR_DEMO_TARGET=cloud and real credentials (HUAWEICLOUD_SDK_AK/SK/PROJECT_ID or the profile
file), against the cloud region HUAWEICLOUD_SDK_REGION (default ap-southeast-1), running only
the operations documented in that region.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from huaweicloud_ocr import _spec
from huaweicloud_ocr.batch import command_name
from huaweicloud_ocr.testing import LocalOcrServer, sample_png


def _run(args: list[str], env: dict[str, str]) -> int:
    command = [str(Path(sys.executable).with_name("huaweicloud-ocr")), *args]
    print(f"\n$ huaweicloud-ocr {' '.join(args)}", flush=True)
    return subprocess.run(command, env=env, check=False).returncode  # noqa: S603


def main() -> int:
    operations = sorted(_spec.operations())
    with tempfile.TemporaryDirectory(prefix="ocr-demo-") as tmp:
        image = Path(tmp) / "sample.png"
        image.write_bytes(sample_png())
        if os.environ.get("OCR_DEMO_TARGET") == "cloud":
            region = os.environ.get("HUAWEICLOUD_SDK_REGION", _spec.default_region())
            env = dict(os.environ)
            chosen = [m for m in operations if region in _spec.operation(m)["regions"]]
            print(f"Demo against the cloud, region {region}: {len(chosen)} operations")
            failures = sum(
                _run(
                    [
                        command_name(m),
                        str(image),
                        "--region",
                        region,
                        "--output",
                        "table",
                    ],
                    env,
                )
                != 0
                for m in chosen
            )
            return 1 if failures else 0
        with LocalOcrServer() as server:
            env = {
                **os.environ,
                "HUAWEICLOUD_SDK_AK": server.ak,
                "HUAWEICLOUD_SDK_SK": server.sk,
                "HUAWEICLOUD_SDK_PROJECT_ID": server.project_id,
                "HUAWEICLOUD_SDK_CREDENTIALS_FILE": os.devnull,
            }
            print(f"Local OCR server on {server.url}: signed requests, answers from the spec")
            failures = 0
            for method in operations:
                command = command_name(method)
                failures += (
                    _run([command, str(image), "--endpoint", server.url, "--output", "table"], env)
                    != 0
                )
            print(
                f"\n{len(operations) - failures} of {len(operations)} operations answered; "
                f"the server verified {len(server.state.calls)} signed requests."
            )
        return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
