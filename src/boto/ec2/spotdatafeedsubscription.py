"""The account's Spot Instance data feed: `SpotDatafeedSubscription`."""

from __future__ import annotations

from boto.ec2.ec2object import EC2Object
from boto.ec2.spotinstancerequest import SpotInstanceStateFault
from boto.handler import set_leaf

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from typing import Any, ClassVar

    from boto.handler import LeafField


class SpotDatafeedSubscription(EC2Object):
    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "ownerId": "owner_id",
        "bucket": "bucket",
        "prefix": "prefix",
        "state": "state",
    }

    def __init__(
        self,
        connection: Any = None,
        owner_id: str | None = None,
        bucket: str | None = None,
        prefix: str | None = None,
        state: str | None = None,
        fault: SpotInstanceStateFault | None = None,
    ) -> None:
        super().__init__(connection)
        self.owner_id = owner_id
        self.bucket = bucket
        self.prefix = prefix
        self.state = state
        self.fault = fault

    def __repr__(self) -> str:
        return "SpotDatafeedSubscription:%s" % self.bucket

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name == "fault":
            self.fault = SpotInstanceStateFault()
            return self.fault
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if not set_leaf(self, name, value):
            super().endElement(name, value, connection)

    def delete(self, dry_run: bool = False) -> bool:
        return self.connection.delete_spot_datafeed_subscription(dry_run=dry_run)
