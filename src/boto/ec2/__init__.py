"""boto 2's `boto.ec2` entry points: regions and connecting to one.

Nothing heavy is imported here: the connection class and the endpoint table are loaded
by the functions that need them.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from typing import Any

    from boto.ec2.connection import EC2Connection
    from boto.ec2.regioninfo import EC2RegionInfo
    from boto.regioninfo import RegionInfo as RegionInfo
    from boto.regioninfo import connect as connect
    from boto.regioninfo import get_regions as get_regions
    from boto.regioninfo import load_regions as load_regions

    # `boto.ec2.RegionData`, read on first use by `__getattr__` below.
    RegionData: dict[str, str]

# What boto 2's `boto.ec2` imported from elsewhere, loaded when first asked for
# (`from boto.ec2 import EC2Connection`) so that `import boto.ec2` stays cheap.
_REEXPORTS = {
    "EC2Connection": "boto.ec2.connection",
    "RegionInfo": "boto.regioninfo",
    "connect": "boto.regioninfo",
    "get_regions": "boto.regioninfo",
    "load_regions": "boto.regioninfo",
}


def __getattr__(name: str) -> Any:
    """`boto.ec2.RegionData` (`{region name: endpoint}`) and boto 2's re-exports, on first use."""
    if name == "RegionData":
        from boto.regioninfo import service_endpoints

        return dict(service_endpoints("ec2"))
    module = _REEXPORTS.get(name)
    if module is not None:
        import importlib

        value = getattr(importlib.import_module(module), name)
        globals()[name] = value
        return value
    raise AttributeError("module 'boto.ec2' has no attribute %r" % name)


def regions(**kw_params: Any) -> list[EC2RegionInfo]:
    """Every EC2 region as an `EC2RegionInfo` (from the shipped table, no request made)."""
    from boto.ec2.connection import EC2Connection
    from boto.ec2.regioninfo import EC2RegionInfo
    from boto.regioninfo import get_regions

    return get_regions("ec2", region_cls=EC2RegionInfo, connection_cls=EC2Connection)


def get_region(region_name: str, **kw_params: Any) -> EC2RegionInfo | None:
    """The `EC2RegionInfo` named `region_name`, or None when there is no such region."""
    for region in regions(**kw_params):
        if region.name == region_name:
            return region
    return None


def connect_to_region(region_name: str, **kw_params: Any) -> EC2Connection | None:
    """An `EC2Connection` to `region_name`, or None for an unknown region (as boto 2).

    A `region` keyword naming the same region is used as is; a `host` keyword connects to
    that host while signing for `region_name`.
    """
    from boto.ec2.connection import EC2Connection
    from boto.ec2.regioninfo import EC2RegionInfo

    given = kw_params.get("region")
    if given is not None and getattr(given, "name", None) == region_name:
        return EC2Connection(**kw_params)
    host = kw_params.pop("host", None)
    region: EC2RegionInfo | None
    if host:
        region = EC2RegionInfo(name=region_name, endpoint=host, connection_cls=EC2Connection)
    else:
        region = get_region(region_name)
    if region is None:
        return None
    kw_params.pop("region", None)
    connection: EC2Connection = region.connect(**kw_params)
    return connection
