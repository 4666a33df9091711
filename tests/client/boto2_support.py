"""boto 2.49 itself, as the reference: a venv of its own (`.venv-boto2`) made on first use.

boto 2.49 imports only on Python 3.11 and older, so the venv is made with a 3.11 interpreter
(pyenv's, or `python3.11` on PATH) whatever Python runs the tests: the tests talk to it in a
child process. Made once (a lock keeps pytest-xdist's workers from racing) and reused.
"""

from __future__ import annotations

import fcntl
import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BOTO2_VENV = ROOT / ".venv-boto2"


def _python311() -> str | None:
    pyenv = os.environ.get("PYENV_ROOT", "/root/.pyenv")
    found = sorted(glob.glob(f"{pyenv}/versions/3.11.*/bin/python3.11"))
    return found[-1] if found else shutil.which("python3.11")


def boto2_python() -> Path | None:
    """boto 2.49's interpreter, the venv made when absent; None if no Python 3.11 exists."""
    python = BOTO2_VENV / "bin" / "python"
    with open(Path(tempfile.gettempdir()) / "boto-ec2-venv-boto2.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        imports = python.exists() and (
            subprocess.run([str(python), "-c", "import boto"], capture_output=True).returncode == 0
        )
        if not imports:
            interpreter = _python311()
            if interpreter is None:
                return None
            subprocess.run([interpreter, "-m", "venv", "--clear", str(BOTO2_VENV)], check=True)
            subprocess.run(
                [str(python), "-m", "pip", "install", "-q", "boto==2.49.0"],
                check=True,
                timeout=600,
            )
    return python
