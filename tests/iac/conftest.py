"""Fixtures of the infrastructure-as-code tests: a localec2 of their own, and the tools.

See iac_support.py for how each tool is kept to loopback.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from iac_support import Endpoint, Terraform, aws_provider_mirror


@pytest.fixture
def iac_localec2(tmp_path: Path) -> Iterator[Endpoint]:
    """A localec2 of its own, with its data directory in tmp."""
    from localec2.embedded import LocalEC2

    with LocalEC2(data_dir=tmp_path / "localec2-data") as server:
        yield Endpoint(
            url=server.endpoint_url,
            region=server.region,
            account_id=server.account_id,
            access_key_id=server.access_key_id,
            secret_access_key=server.secret_access_key,
        )


@pytest.fixture
def terraform() -> Terraform:
    binary = shutil.which("terraform")
    if binary is None:
        pytest.skip("terraform is not on PATH")
    mirror = aws_provider_mirror()
    if mirror is None:
        pytest.skip(
            "no mirror of the hashicorp/aws provider (set LOCALEC2_TF_PLUGIN_DIR to a "
            "plugin directory holding registry.terraform.io/hashicorp/aws/<version>/<os_arch>)"
        )
    version = subprocess.run([binary, "version"], capture_output=True, text=True, timeout=60)
    if version.returncode != 0:
        pytest.skip(f"terraform does not run: {version.stderr.strip()}")
    return Terraform(binary, mirror)
