"""Hand freed heap memory back to the operating system after a large response.

A DescribeInstances over thousands of instances allocates tens of megabytes of short-lived
strings; glibc keeps the freed heap mapped, so the process's resident size would stay at
its peak. `malloc_trim` returns it. Elsewhere than glibc this does nothing.
"""

from __future__ import annotations

from collections.abc import Callable

LARGE_RESPONSE_BYTES = 4 * 1024 * 1024

_trim: Callable[[int], int] | None = None
_loaded = False


def _load() -> Callable[[int], int] | None:
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name).malloc_trim if name else None
    except (OSError, AttributeError):
        return None


def release_after(response_size: int) -> None:
    """Trim the heap if a response of `response_size` bytes was just sent."""
    global _trim, _loaded
    if response_size < LARGE_RESPONSE_BYTES:
        return
    if not _loaded:
        _trim, _loaded = _load(), True
    if _trim is not None:
        _trim(0)
