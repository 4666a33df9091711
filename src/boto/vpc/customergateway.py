"""Customer gateways (the customer's side of a VPN connection): `CustomerGateway`."""

from __future__ import annotations

from boto.ec2.ec2object import TaggedEC2Object
from boto.handler import set_leaf

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from typing import Any, ClassVar

    from boto.handler import LeafField


class CustomerGateway(TaggedEC2Object):
    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "customerGatewayId": "id",
        "ipAddress": "ip_address",
        "type": "type",
        "state": "state",
        "bgpAsn": ("bgp_asn", int),
        "deviceName": "device_name",
        "certificateArn": "certificate_arn",
    }

    def __init__(self, connection: Any = None) -> None:
        super().__init__(connection)
        self.id: str = None  # type: ignore[assignment]  # None until parsed: EC2 always sends it
        self.type: str | None = None
        self.state: str | None = None
        self.ip_address: str | None = None
        self.bgp_asn: int | None = None
        self.device_name: str | None = None
        self.certificate_arn: str | None = None

    def __repr__(self) -> str:
        return "CustomerGateway:%s" % self.id

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if not set_leaf(self, name, value):
            super().endElement(name, value, connection)


__all__ = ["CustomerGateway"]
