"""Resource ids of EC2's form: a prefix, a dash, and 8 (older resources) or 17 hex digits."""

from __future__ import annotations

import hashlib
import os
import re

_ID = re.compile(r"(?P<prefix>[a-z]+)-(?:[0-9a-f]{8}|[0-9a-f]{17})")


def new_id(prefix: str) -> str:
    """A new id of EC2's current form: the prefix, a dash and 17 hex digits."""
    return f"{prefix}-{os.urandom(9).hex()[:17]}"


def derived_id(prefix: str, *parts: str) -> str:
    """A stable id of EC2's 17-hex-digit form, derived from `parts`."""
    digest = hashlib.sha256("/".join(parts).encode()).hexdigest()
    return f"{prefix}-{digest[:17]}"


def is_well_formed(value: str, prefix: str) -> bool:
    match = _ID.fullmatch(value or "")
    return match is not None and match.group("prefix") == prefix
