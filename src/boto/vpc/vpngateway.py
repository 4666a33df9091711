"""Virtual private gateways (the AWS side of a VPN connection): `VpnGateway`, `Attachment`."""

from __future__ import annotations

from boto.ec2.ec2object import TaggedEC2Object
from boto.handler import set_leaf

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from typing import Any, ClassVar

    from boto.handler import LeafField
    from boto.vpc import VPCConnection


class Attachment:
    """A VPC a VPN gateway is attached to (also what `attach_vpn_gateway` returns)."""

    def __init__(self, connection: Any = None) -> None:
        self.vpc_id: str | None = None
        self.state: str | None = None

    def __repr__(self) -> str:
        return "Attachment:%s" % self.vpc_id

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "vpcId":
            self.vpc_id = value
        elif name == "state":
            self.state = value
        elif value and name not in ("attachment", "requestId"):
            setattr(self, name, value)


class VpnGateway(TaggedEC2Object):
    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "vpnGatewayId": "id",
        "type": "type",
        "state": "state",
        "availabilityZone": "availability_zone",
        "amazonSideAsn": ("amazon_side_asn", int),
    }

    connection: VPCConnection

    def __init__(self, connection: Any = None) -> None:
        super().__init__(connection)
        self.id: str = None  # type: ignore[assignment]  # None until parsed: EC2 always sends it
        self.type: str | None = None
        self.state: str | None = None
        self.availability_zone: str | None = None
        self.amazon_side_asn: int | None = None
        self.attachments: list[Attachment] = []

    def __repr__(self) -> str:
        return "VpnGateway:%s" % self.id

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name == "tagSet":
            return self.tags
        if name == "item":  # an item of `attachments`
            attachment = Attachment()
            self.attachments.append(attachment)
            return attachment
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if not set_leaf(self, name, value) and name != "attachments":
            super().endElement(name, value, connection)

    def attach(self, vpc_id: str, dry_run: bool = False) -> Attachment:
        return self.connection.attach_vpn_gateway(self.id, vpc_id, dry_run=dry_run)


__all__ = ["Attachment", "VpnGateway"]
