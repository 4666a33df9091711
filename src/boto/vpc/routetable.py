"""Route tables: `RouteTable`, its `Route`s and `RouteAssociation`s."""

from __future__ import annotations

from boto.ec2.ec2object import TaggedEC2Object
from boto.handler import set_leaf
from boto.resultset import ResultSet

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from typing import Any, ClassVar

    from boto.handler import LeafField


class Route:
    """One route: where `destination_cidr_block` goes (a gateway, instance, interface, …)."""

    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "destinationCidrBlock": "destination_cidr_block",
        "destinationIpv6CidrBlock": "destination_ipv6_cidr_block",
        "destinationPrefixListId": "destination_prefix_list_id",
        "gatewayId": "gateway_id",
        "instanceId": "instance_id",
        "instanceOwnerId": "instance_owner_id",
        "networkInterfaceId": "interface_id",
        "vpcPeeringConnectionId": "vpc_peering_connection_id",
        "natGatewayId": "nat_gateway_id",
        "transitGatewayId": "transit_gateway_id",
        "egressOnlyInternetGatewayId": "egress_only_internet_gateway_id",
        "state": "state",
        "origin": "origin",
    }

    def __init__(self, connection: Any = None) -> None:
        self.destination_cidr_block: str | None = None
        self.destination_ipv6_cidr_block: str | None = None
        self.destination_prefix_list_id: str | None = None
        self.gateway_id: str | None = None
        self.instance_id: str | None = None
        self.instance_owner_id: str | None = None
        self.interface_id: str | None = None
        self.vpc_peering_connection_id: str | None = None
        self.nat_gateway_id: str | None = None
        self.transit_gateway_id: str | None = None
        self.egress_only_internet_gateway_id: str | None = None
        self.state: str | None = None
        self.origin: str | None = None

    def __repr__(self) -> str:
        return "Route:%s" % self.destination_cidr_block

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        set_leaf(self, name, value)


class RouteAssociation:
    """A subnet (or the VPC's main association) using the route table."""

    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "routeTableAssociationId": "id",
        "routeTableId": "route_table_id",
        "subnetId": "subnet_id",
        "gatewayId": "gateway_id",
        "main": ("main", lambda value: value == "true"),
    }

    def __init__(self, connection: Any = None) -> None:
        self.id: str | None = None
        self.route_table_id: str | None = None
        self.subnet_id: str | None = None
        self.gateway_id: str | None = None
        self.main = False
        self.state: str | None = None  # the association's (`associated`, …): new in EC2

    def __repr__(self) -> str:
        return "RouteAssociation:%s" % self.id

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "state":  # of `associationState`
            self.state = value
        else:
            set_leaf(self, name, value)


class RouteTable(TaggedEC2Object):
    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "routeTableId": "id",
        "vpcId": "vpc_id",
        "ownerId": "owner_id",
    }

    def __init__(self, connection: Any = None) -> None:
        super().__init__(connection)
        self.id: str = None  # type: ignore[assignment]  # None until parsed: EC2 always sends it
        self.vpc_id: str | None = None
        self.owner_id: str | None = None
        self.routes: list[Route] = []
        self.associations: list[RouteAssociation] = []
        self.propagating_vgws: list[str] = []  # ids of gateways propagating routes

    def __repr__(self) -> str:
        return "RouteTable:%s" % self.id

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name == "tagSet":
            return self.tags
        if name == "routeSet":
            self.routes = ResultSet([("item", Route)])
            return self.routes
        if name == "associationSet":
            self.associations = ResultSet([("item", RouteAssociation)])
            return self.associations
        if name == "propagatingVgwSet":
            return _PropagatingVgws(self.propagating_vgws)
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if not set_leaf(self, name, value):
            super().endElement(name, value, connection)


class _PropagatingVgws:
    """`propagatingVgwSet`: each item's `gatewayId` into a list."""

    def __init__(self, ids: list[str]) -> None:
        self.ids = ids

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "gatewayId":
            self.ids.append(value)


__all__ = ["Route", "RouteAssociation", "RouteTable"]
