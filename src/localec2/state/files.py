"""The data directory holds every account's secret key: it and its files are the owner's only.

A directory localec2 creates is `0700` and a file `0600`; an existing directory that others
may read or enter gets a warning (changing a directory the user made is theirs to decide).
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path
from typing import IO

log = logging.getLogger("localec2")

DIR_MODE = 0o700
FILE_MODE = 0o600
_warned: set[Path] = set()


def private_dir(path: Path) -> Path:
    """Create `path` (and missing parents) `0700`; warn if it exists with a wider mode."""
    if path.is_dir():
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077 and path not in _warned:
            _warned.add(path)
            log.warning(
                "localec2: %s is readable by other users (mode %o); it holds every account's "
                "secret key: chmod 700 it",
                path,
                mode,
            )
    else:
        path.mkdir(mode=DIR_MODE, parents=True)
        os.chmod(path, DIR_MODE)  # mkdir's mode is masked by the umask
    return path


def private_file(path: Path) -> Path:
    """Create `path` empty `0600` if it does not exist (SQLite then gives its WAL and shared
    memory files the same mode); an existing file is made `0600`."""
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY, FILE_MODE))
    os.chmod(path, FILE_MODE)
    return path


def write_private(path: Path, text: str) -> None:
    """Write `text` to a `0600` file."""
    private_file(path)
    path.write_text(text)


def open_private(path: Path) -> IO[bytes]:
    """`path` opened for writing (truncated), `0600`."""
    private_file(path)
    return open(path, "wb")
