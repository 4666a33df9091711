"""The architecture of docs/ARCHITECTURE.md, checked: the import-linter contracts in
pyproject.toml hold for the tree, and each fails on the wrong import it exists to catch."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def lint_imports(src: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(ROOT / "pyproject.toml"), "--no-cache"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(src)},
    )


def test_the_tree_keeps_every_contract():
    result = lint_imports(ROOT / "src")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "wrong_import", "contract"),
    [
        ("localec2/ec2/kinds.py", "from ..server import request", "localec2 in layers"),
        ("localec2/ec2/kinds.py", "from ..actions import registry", "localec2 in layers"),
        ("localec2/state/store.py", "from ..ec2 import kinds", "localec2 in layers"),
        ("localec2/actions/vpcs.py", "from . import tags", "an action never imports another"),
        ("localec2/sts/principals.py", "from ..ec2 import kinds", "STS knows nothing of EC2"),
        ("localec2/sts/actions.py", "from ..actions import registry", "localec2 in layers"),
        ("boto/ec2/zone.py", "import localec2.errors", "boto and localec2 meet only"),
        ("localec2/pytest_plugin.py", "import boto.vpc", "boto and localec2 meet only"),
    ],
)
def test_a_wrong_import_breaks_its_contract(tmp_path, module, wrong_import, contract):
    src = tmp_path / "src"
    for package in ("localec2", "boto"):
        shutil.copytree(ROOT / "src" / package, src / package)
    target = src / module
    text = target.read_text()
    marker = "from __future__ import annotations\n"
    target.write_text(text.replace(marker, f"{marker}\n{wrong_import}  # noqa\n", 1))
    result = lint_imports(src)
    assert result.returncode == 1, result.stdout
    broken = [line for line in result.stdout.splitlines() if " BROKEN" in line]
    assert any(line.startswith(contract) for line in broken), result.stdout
