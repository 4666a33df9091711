"""EC2's region class (boto 2's `boto.ec2.regioninfo`)."""

from __future__ import annotations

from boto.regioninfo import RegionInfo


class EC2RegionInfo(RegionInfo):
    """An EC2 region: connects with `EC2Connection` by default."""

    @classmethod
    def default_connection_cls(cls) -> type:
        from boto.ec2.connection import EC2Connection  # imported late: it imports this module

        return EC2Connection


__all__ = ["EC2RegionInfo", "RegionInfo"]
