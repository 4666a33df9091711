"""Instance types as DescribeInstanceTypes lists them, from the catalog."""

from __future__ import annotations

from collections.abc import Sequence

from ... import errors
from ...protocol import shapes
from .. import catalogs

MAX_RESULTS = 100  # DescribeInstanceTypes pages by at most 100, not EC2's usual 1000


def requested_instance_types(names: Sequence[str]) -> list[shapes.InstanceTypeInfo]:
    """The types named (each once; an unknown name is `InvalidInstanceType`, every unknown
    one listed), else all of them."""
    catalog = catalogs.instance_types()
    catalogs.check_known(
        catalog,
        names,
        lambda unknown: errors.InvalidInstanceType(
            f"The following supplied instance types do not exist: [{', '.join(unknown)}]",
        ),
    )
    if names:
        return [catalog[name] for name in dict.fromkeys(names)]
    return list(catalog.values())
