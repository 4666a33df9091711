"""Subnets: `Subnet`."""

from __future__ import annotations

from boto.ec2.ec2object import TaggedEC2Object
from boto.handler import is_true, set_leaf
from boto.resultset import ResultSet
from boto.vpc._nested import nested
from boto.vpc.vpc import VpcIpv6CidrBlockAssociation

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from typing import Any, ClassVar

    from boto.handler import LeafField


class Subnet(TaggedEC2Object):
    """A subnet. Its IPv6 CIDR block associations are `ipv6_cidr_block_associations`
    (in boto 2 their nested `state` overwrote the subnet's own)."""

    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "subnetId": "id",
        "vpcId": "vpc_id",
        "state": "state",
        "cidrBlock": "cidr_block",
        "availableIpAddressCount": ("available_ip_address_count", int),
        "availabilityZone": "availability_zone",
        "availabilityZoneId": "availability_zone_id",
        "defaultForAz": ("default_for_az", is_true),
        "mapPublicIpOnLaunch": ("map_public_ip_on_launch", is_true),
        "ownerId": "owner_id",
        "subnetArn": "subnet_arn",
    }

    def __init__(self, connection: Any = None) -> None:
        super().__init__(connection)
        self.id: str = None  # type: ignore[assignment]  # None until parsed: EC2 always sends it
        self.vpc_id: str | None = None
        self.state: str | None = None
        self.cidr_block: str | None = None
        self.available_ip_address_count = 0
        self.availability_zone: str | None = None
        self.availability_zone_id: str | None = None
        self.default_for_az: bool | None = None
        self.map_public_ip_on_launch: bool | None = None
        self.owner_id: str | None = None
        self.subnet_arn: str | None = None
        self.ipv6_cidr_block_associations: ResultSet[VpcIpv6CidrBlockAssociation] = ResultSet()

    def __repr__(self) -> str:
        return "Subnet:%s" % self.id

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name == "tagSet":
            return self.tags
        if name == "ipv6CidrBlockAssociationSet":
            self.ipv6_cidr_block_associations = ResultSet([("item", VpcIpv6CidrBlockAssociation)])
            return self.ipv6_cidr_block_associations
        if name in ("privateDnsNameOptionsOnLaunch", "blockPublicAccessStates"):
            return nested(self, name)
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if not set_leaf(self, name, value):
            super().endElement(name, value, connection)


__all__ = ["Subnet"]
