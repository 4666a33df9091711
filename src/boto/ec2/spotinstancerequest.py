"""Spot Instance requests: `SpotInstanceRequest`, its `SpotInstanceStatus` and fault."""

from __future__ import annotations

from boto.ec2.ec2object import TaggedEC2Object
from boto.ec2.launchspecification import LaunchSpecification
from boto.handler import set_leaf

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from typing import Any, ClassVar

    from boto.handler import LeafField
    from boto.resultset import ResultSet


class SpotInstanceStateFault:
    """Why a request failed: its code and message."""

    def __init__(self, code: str | None = None, message: str | None = None) -> None:
        self.code = code
        self.message = message

    def __repr__(self) -> str:
        return "(%s, %s)" % (self.code, self.message)

    def startElement(self, name: str, attrs: Any, connection: Any) -> None:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "code":
            self.code = value
        elif name == "message":
            self.message = value
        setattr(self, name, value)


class SpotInstanceStatus:
    """A request's status: code, message and when it last changed."""

    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "code": "code",
        "message": "message",
        "updateTime": "update_time",
    }

    def __init__(
        self, code: str | None = None, update_time: str | None = None, message: str | None = None
    ) -> None:
        self.code = code
        self.update_time = update_time
        self.message = message

    def __repr__(self) -> str:
        return "<Status: %s>" % self.code

    def startElement(self, name: str, attrs: Any, connection: Any) -> None:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        set_leaf(self, name, value)


class SpotInstanceRequest(TaggedEC2Object):
    """A Spot Instance request, as RequestSpotInstances and DescribeSpotInstanceRequests
    list it (`price` is a float, as in boto 2)."""

    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "spotInstanceRequestId": "id",
        "spotPrice": ("price", float),
        "type": "type",
        "state": "state",
        "validFrom": "valid_from",
        "validUntil": "valid_until",
        "launchGroup": "launch_group",
        "availabilityZoneGroup": "availability_zone_group",
        "launchedAvailabilityZone": "launched_availability_zone",
        "instanceId": "instance_id",
        "createTime": "create_time",
        "productDescription": "product_description",
    }

    def __init__(self, connection: Any = None) -> None:
        super().__init__(connection)
        self.id: str = None  # type: ignore[assignment]  # None until parsed: EC2 always sends it
        self.price: float | None = None
        self.type: str | None = None
        self.state: str | None = None
        self.fault: SpotInstanceStateFault | None = None
        self.valid_from: str | None = None
        self.valid_until: str | None = None
        self.launch_group: str | None = None
        self.launched_availability_zone: str | None = None
        self.product_description: str | None = None
        self.availability_zone_group: str | None = None
        self.create_time: str | None = None
        self.launch_specification: LaunchSpecification | None = None
        self.instance_id: str | None = None
        self.status: SpotInstanceStatus | None = None

    def __repr__(self) -> str:
        return "SpotInstanceRequest:%s" % self.id

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        child = super().startElement(name, attrs, connection)
        if child is not None:
            return child
        if name == "launchSpecification":
            self.launch_specification = LaunchSpecification(connection)
            return self.launch_specification
        if name == "fault":
            self.fault = SpotInstanceStateFault()
            return self.fault
        if name == "status":
            self.status = SpotInstanceStatus()
            return self.status
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if not set_leaf(self, name, value):
            super().endElement(name, value, connection)

    def cancel(self, dry_run: bool = False) -> ResultSet[SpotInstanceRequest]:
        return self.connection.cancel_spot_instance_requests([self.id], dry_run=dry_run)
