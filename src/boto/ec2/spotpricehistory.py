"""DescribeSpotPriceHistory's `SpotPriceHistory`."""

from __future__ import annotations

from boto.ec2.ec2object import EC2Object
from boto.handler import set_leaf

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from typing import Any, ClassVar

    from boto.handler import LeafField


class SpotPriceHistory(EC2Object):
    """One Spot price of one instance type and product in one zone, from `timestamp` on."""

    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "instanceType": "instance_type",
        "spotPrice": ("price", float),
        "productDescription": "product_description",
        "timestamp": "timestamp",
        "availabilityZone": "availability_zone",
    }

    def __init__(self, connection: Any = None) -> None:
        super().__init__(connection)
        self.price = 0.0
        self.instance_type: str | None = None
        self.product_description: str | None = None
        self.timestamp: str | None = None
        self.availability_zone: str | None = None

    def __repr__(self) -> str:
        return "SpotPriceHistory(%s):%2f" % (self.instance_type, self.price)

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if not set_leaf(self, name, value):
            super().endElement(name, value, connection)
