"""Filter getters that read one field of a document by its path.

Most of EC2's filters name one field: `instance-type` is `InstanceType`, `vcpu-info.default-vcpus`
is `VCpuInfo.DefaultVCpus`. A Describe action declares those as a table of paths instead of
one getter each; the few filters that compute something keep their own getters.
"""

from __future__ import annotations

from typing import Any

from ..filters import Getter


def _read(value: Any, steps: tuple[str, ...]) -> Any:
    """Follow `steps` into `value`; a list on the way is followed item by item."""
    for position, step in enumerate(steps):
        if isinstance(value, list):
            return [_read(item, steps[position:]) for item in value]
        if not isinstance(value, dict):
            return None
        value = value.get(step)
    return value


def field(path: str) -> Getter:
    """A getter for the dotted `path` (`Placement.AvailabilityZone`, `Messages.Message`)."""
    steps = tuple(path.split("."))
    return lambda doc: _read(doc, steps)


def fields(paths: dict[str, str]) -> dict[str, Getter]:
    """Getters for a table of filter name -> field path."""
    return {name: field(path) for name, path in paths.items()}
