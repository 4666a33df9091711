"""EC2's region class (boto 2's `boto.ec2.regioninfo`)."""

from __future__ import annotations

from boto.regioninfo import RegionInfo

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from typing import Any


class EC2RegionInfo(RegionInfo):
    """An EC2 region: connects with `EC2Connection` by default."""

    def __init__(
        self,
        connection: Any = None,
        name: str | None = None,
        endpoint: str | None = None,
        connection_cls: type | None = None,
    ) -> None:
        if connection_cls is None:
            from boto.ec2.connection import EC2Connection

            connection_cls = EC2Connection
        super().__init__(connection, name, endpoint, connection_cls)


__all__ = ["EC2RegionInfo", "RegionInfo"]
