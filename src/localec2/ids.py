"""Resource ids as EC2 forms them, and the Malformed-versus-NotFound distinction."""

from __future__ import annotations

import re

from .errors import EC2Error

# EC2 ids are a prefix, a dash, and 8 (older resources) or 17 hexadecimal digits.
_ID = re.compile(r"(?P<prefix>[a-z]+)-(?:[0-9a-f]{8}|[0-9a-f]{17})")


def is_well_formed(value: str, prefix: str) -> bool:
    match = _ID.fullmatch(value or "")
    return bool(match) and match.group("prefix") == prefix


def check_ids(values: list[str], prefix: str, code: str) -> None:
    """Raise `<code>.Malformed` for the first id that is not of the form `<prefix>-<hex>`."""
    for value in values:
        if not is_well_formed(value, prefix):
            raise EC2Error(f"{code}.Malformed", f'Invalid id: "{value}" (expecting "{prefix}-...")')


def not_found(code: str, what: str, ids: list[str]) -> EC2Error:
    """`<code>.NotFound` naming the missing ids as EC2 does: `The instance ID 'i-…' does not exist`."""
    if len(ids) == 1:
        return EC2Error(f"{code}.NotFound", f"The {what} ID '{ids[0]}' does not exist")
    listed = ", ".join(ids)
    return EC2Error(f"{code}.NotFound", f"The {what} IDs '{listed}' do not exist")
