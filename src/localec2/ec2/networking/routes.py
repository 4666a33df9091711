"""Routes: their destinations (IPv4, IPv6, a prefix list), their targets (looked up through
their kinds, so a target kind is accepted once `kinds` has it), and their state as it is now.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ... import errors
from ...protocol import shapes
from ...state.ids import is_well_formed
from ...state.store import Transaction
from .. import kinds
from ..context import Context
from ..documents import RouteTableDoc
from ..instances.lookup import find_instance
from ..instances.states import name_of
from ..kinds import (
    EGRESS_ONLY_INTERNET_GATEWAY,
    INSTANCE,
    ROUTE_TABLE,
    VPC,
    Kind,
)
from . import interfaces
from .endpoints import prefix_lists

LOCAL = "local"
_GONE = {"deleted", "deleting", "failed", "rejected", "expired"}  # a target's end states
_STOPPED = {"stopping", "stopped", "shutting-down", "terminated"}


# A target's document is read as `TargetDoc`: each target kind has its own document type (and
# a kind added by another family is known here only through `kinds`), so only members read
# by name with `.get` are used.
TargetDoc = Mapping[str, Any]


def kind_with_prefix(prefix: str) -> Kind[Any] | None:
    """The kind whose ids have this prefix, once `kinds` defines it (NAT gateways, VPC
    peering connections, VPN gateways are other families'); Any: kinds differ in document."""
    for value in vars(kinds).values():
        if isinstance(value, Kind) and value.prefix == prefix and value.errors is not None:
            return value
    return None


def _prefix(resource_id: str) -> str:
    return resource_id.split("-", 1)[0]


def _gone(doc: TargetDoc | None) -> bool:
    """A target no longer there, or in an end state (`State`, or a peering's `Status.Code`)."""
    if doc is None:
        return True
    status = doc.get("Status")
    code = status.get("Code") if isinstance(status, dict) else None
    return doc.get("State") in _GONE or code in _GONE


# --- destinations ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Destination:
    cidr: str | None = None
    ipv6_cidr: str | None = None
    prefix_list_id: str | None = None


def _network(value: str, parameter: str, ipv6: bool) -> str:
    try:
        network = (ipaddress.IPv6Network if ipv6 else ipaddress.IPv4Network)(value, strict=True)
    except ValueError:
        raise errors.invalid_parameter_value(
            f"Value ({value}) for parameter {parameter} is invalid. This is not a valid CIDR block."
        )
    return str(network)


def destination_route(destination: Destination, region: str) -> shapes.Route:
    """The route's destination member, checked and in its canonical form."""
    given = [v for v in (destination.cidr, destination.ipv6_cidr, destination.prefix_list_id) if v]
    if not given:
        # reconstructed: the wording of a route with no destination
        raise errors.MissingParameter(
            "The request must contain the parameter destinationCidrBlock, "
            "destinationIpv6CidrBlock or destinationPrefixListId"
        )
    if len(given) > 1:
        # reconstructed: the wording of a route with two destinations
        raise errors.invalid_parameter_combination(
            "Only one of destinationCidrBlock, destinationIpv6CidrBlock or "
            "destinationPrefixListId may be specified"
        )
    if destination.cidr:
        return {"DestinationCidrBlock": _network(destination.cidr, "destinationCidrBlock", False)}
    if destination.ipv6_cidr:
        ipv6 = _network(destination.ipv6_cidr, "destinationIpv6CidrBlock", True)
        return {"DestinationIpv6CidrBlock": ipv6}
    prefix_list = destination.prefix_list_id or ""
    if not is_well_formed(prefix_list, "pl"):
        raise errors.InvalidPrefixListIdMalformed(
            f'Invalid id: "{prefix_list}" (expecting "pl-...")'
        )
    if prefix_list not in {p["PrefixListId"] for p in prefix_lists(region)}:
        # the region's managed lists are the only ones localec2 has (no CreateManagedPrefixList)
        raise errors.InvalidPrefixListIDNotFound(
            f"The prefix list ID '{prefix_list}' does not exist"
        )
    return {"DestinationPrefixListId": prefix_list}


def destination_of(route: shapes.Route) -> tuple[str, str]:
    """(the request parameter naming it, its value)."""
    if "DestinationCidrBlock" in route:
        return "destination-cidr-block", route["DestinationCidrBlock"]
    if "DestinationIpv6CidrBlock" in route:
        return "destination-ipv6-cidr-block", route["DestinationIpv6CidrBlock"]
    return "destination-prefix-list-id", route.get("DestinationPrefixListId", "")


# --- targets ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    gateway_id: str | None = None
    egress_only_internet_gateway_id: str | None = None
    nat_gateway_id: str | None = None
    instance_id: str | None = None
    network_interface_id: str | None = None
    vpc_peering_connection_id: str | None = None
    transit_gateway_id: str | None = None
    local_gateway_id: str | None = None
    carrier_gateway_id: str | None = None
    vpc_endpoint_id: str | None = None
    core_network_arn: str | None = None
    odb_network_arn: str | None = None
    local_target: bool = False

    def given(self) -> list[tuple[str, str]]:
        """(wire name, value) of each target the request names."""
        named = [
            ("gatewayId", self.gateway_id),
            ("egressOnlyInternetGatewayId", self.egress_only_internet_gateway_id),
            ("natGatewayId", self.nat_gateway_id),
            ("instanceId", self.instance_id),
            ("networkInterfaceId", self.network_interface_id),
            ("vpcPeeringConnectionId", self.vpc_peering_connection_id),
            ("transitGatewayId", self.transit_gateway_id),
            ("localGatewayId", self.local_gateway_id),
            ("carrierGatewayId", self.carrier_gateway_id),
            ("vpcEndpointId", self.vpc_endpoint_id),
            ("coreNetworkArn", self.core_network_arn),
            ("odbNetworkArn", self.odb_network_arn),
            ("localTarget", LOCAL if self.local_target else None),
        ]
        return [(name, value) for name, value in named if value]


def _different_networks(table_id: str, target_id: str) -> errors.EC2Error:
    return errors.invalid_parameter_value(
        f"route table {table_id} and network gateway {target_id} belong to different networks"
    )


def _gateway_not_found(gateway_id: str) -> errors.EC2Error:
    return errors.InvalidGatewayIDNotFound(f"The gateway ID '{gateway_id}' does not exist")


def _unsupported(parameter: str, value: str) -> errors.EC2Error:
    # the wording EC2 answers a gateway-id it cannot route to (a NAT gateway's, seen in
    # ansible-collections/amazon.aws#2631); reconstructed: the same for the targets
    # localec2 has no kind of
    return errors.invalid_parameter_value(f"invalid value for parameter {parameter}: {value}")


def _attached_to(doc: TargetDoc | None, vpc_id: str) -> bool:
    """An internet, egress-only or VPN gateway attached to the VPC."""
    if doc is None:
        return False
    attachments = doc.get("Attachments") or doc.get("VpcAttachments") or ()
    return any(
        a.get("VpcId") == vpc_id and a.get("State") in ("available", "attached")
        for a in attachments
    )


def same_network_gateway(tx: Transaction, gateway_id: str, vpc_id: str) -> bool:
    """For AssociateRouteTable: an internet or VPN gateway attached to the VPC; Malformed
    or NotFound (or InvalidParameterValue for an id of another kind) if it is none."""
    prefix = _prefix(gateway_id)
    kind = kind_with_prefix(prefix) if prefix in ("igw", "vgw") else None
    if kind is None:
        raise _unsupported("gateway-id", gateway_id)
    return _attached_to(kind.get(tx, gateway_id), vpc_id)


def _gateway_target(tx: Transaction, table: RouteTableDoc, value: str, ipv6: bool) -> shapes.Route:
    prefix = _prefix(value)
    if prefix == "eigw":  # EC2 takes an egress-only gateway's id as a gateway id (and shows
        # it as one: Terraform's aws_route documents the permanent diff this causes)
        return _egress_only_target(tx, table, value, ipv6)
    kind = kind_with_prefix(prefix) if prefix in ("igw", "vgw") else None
    if kind is None:
        if prefix == "nat":
            raise _unsupported("gateway-id", value)
        raise _gateway_not_found(value)
    kind.check_ids([value])
    gateway = kind.stored(tx, value)
    if gateway is None:
        raise _gateway_not_found(value)
    if not _attached_to(gateway, table["VpcId"]):
        raise _different_networks(table["RouteTableId"], value)
    return {"GatewayId": value}


def _egress_only_target(
    tx: Transaction, table: RouteTableDoc, value: str, ipv6: bool
) -> shapes.Route:
    gateway = EGRESS_ONLY_INTERNET_GATEWAY.get(tx, value)
    if not _attached_to(gateway, table["VpcId"]):
        raise _different_networks(table["RouteTableId"], value)
    if not ipv6:
        # reconstructed: the wording; an egress-only gateway carries IPv6 traffic only
        raise errors.invalid_parameter_value(
            f"Route table {table['RouteTableId']}: the egress-only internet gateway {value} "
            "can only be the target of an IPv6 destination"
        )
    return {"EgressOnlyInternetGatewayId": value}


def _instance_target(ctx: Context, table: RouteTableDoc, value: str) -> shapes.Route:
    instance = INSTANCE.get(ctx.tx, value, lambda i: find_instance(ctx, i))
    if instance.get("VpcId") != table["VpcId"]:
        raise _different_networks(table["RouteTableId"], value)
    route: shapes.Route = {"InstanceId": value, "InstanceOwnerId": ctx.account_id}
    attached = [
        n["NetworkInterfaceId"]
        for n in instance.get("NetworkInterfaces") or ()
        if "NetworkInterfaceId" in n
    ]
    if len(attached) > 1:  # EC2 routes to an instance through its one interface
        raise errors.InvalidInstanceID(
            f"There are multiple interfaces attached to instance '{value}'. Please specify an "
            "interface ID for the operation instead."
        )
    if attached:
        route["NetworkInterfaceId"] = attached[0]
    return route


def _interface_target(ctx: Context, table: RouteTableDoc, value: str) -> shapes.Route:
    interface = interfaces.get(ctx, value)
    if interface.get("VpcId") != table["VpcId"]:
        raise _different_networks(table["RouteTableId"], value)
    return {"NetworkInterfaceId": value}


def _kind_target(
    tx: Transaction, table: RouteTableDoc, prefix: str, parameter: str, value: str
) -> None:
    """Check a target of another family's kind (NAT gateway, peering connection), once the
    kind exists: it exists, in the table's VPC."""
    kind = kind_with_prefix(prefix)
    if kind is None:
        raise _unsupported(parameter, value)
    doc: TargetDoc = kind.get(tx, value)
    if table["VpcId"] not in _vpcs_of(doc):
        raise _different_networks(table["RouteTableId"], value)


def _vpcs_of(doc: TargetDoc) -> list[str]:
    """The VPCs a target is in: its `VpcId`, or a peering connection's two sides."""
    if "VpcId" in doc:
        return [doc["VpcId"]]
    sides = (doc.get("RequesterVpcInfo") or {}, doc.get("AccepterVpcInfo") or {})
    return [side["VpcId"] for side in sides if "VpcId" in side]


def target_route(ctx: Context, table: RouteTableDoc, target: Target, ipv6: bool) -> shapes.Route:
    """The route's target members, the target checked: it exists, in the table's VPC."""
    given = target.given()
    if not given:
        # reconstructed: the wording of a route with no target
        raise errors.MissingParameter(
            "The request must contain exactly one of gatewayId, egressOnlyInternetGatewayId, "
            "natGatewayId, instanceId, networkInterfaceId or vpcPeeringConnectionId"
        )
    if len(given) > 1:
        # reconstructed: the wording of a route with two targets
        raise errors.invalid_parameter_combination(
            f"The parameter {given[0][0]} cannot be used with the parameter {given[1][0]}"
        )
    parameter, value = given[0]
    tx = ctx.tx
    if parameter == "gatewayId":
        return _gateway_target(tx, table, value, ipv6)
    if parameter == "egressOnlyInternetGatewayId":
        return _egress_only_target(tx, table, value, ipv6)
    if parameter == "instanceId":
        return _instance_target(ctx, table, value)
    if parameter == "natGatewayId":
        _kind_target(tx, table, "nat", parameter, value)
        return {"NatGatewayId": value}
    if parameter == "networkInterfaceId":
        return _interface_target(ctx, table, value)
    if parameter == "vpcPeeringConnectionId":
        _kind_target(tx, table, "pcx", parameter, value)
        return {"VpcPeeringConnectionId": value}
    # reconstructed: transit, local and carrier gateways, gateway endpoints, core and ODB
    # networks, and a local target for a route of one's own are not modelled by localec2
    raise _unsupported(parameter, value)


# --- a route's state as it is now ---------------------------------------------------------


def route_state(ctx: Context, vpc_id: str, route: shapes.Route) -> str:
    """`active`, or `blackhole` once the route's target is gone (or, for an internet
    gateway, detached; for an instance, not running: reconstructed, as EC2 shows a stopped
    NAT instance's route)."""
    tx = ctx.tx
    gateway_id = route.get("GatewayId")
    if gateway_id is not None:
        if gateway_id == LOCAL:
            return "active"
        kind = kind_with_prefix(_prefix(gateway_id))
        doc = kind.stored(tx, gateway_id) if kind is not None else None
        return "active" if not _gone(doc) and _attached_to(doc, vpc_id) else "blackhole"
    if "EgressOnlyInternetGatewayId" in route:
        eigw = EGRESS_ONLY_INTERNET_GATEWAY.stored(tx, route["EgressOnlyInternetGatewayId"])
        return "blackhole" if eigw is None else "active"
    if "InstanceId" in route:
        instance = find_instance(ctx, route["InstanceId"])
        return "blackhole" if instance is None or name_of(instance) in _STOPPED else "active"
    if "NetworkInterfaceId" in route:
        interface = interfaces.find(ctx, route["NetworkInterfaceId"])
        return "blackhole" if interface is None else "active"
    if "VpcPeeringConnectionId" in route:
        # reconstructed: a peering connection carries traffic once active (a route to one
        # still pending acceptance is a blackhole until then)
        kind = kind_with_prefix("pcx")
        doc = kind.stored(tx, route["VpcPeeringConnectionId"]) if kind is not None else None
        active = doc is not None and (doc.get("Status") or {}).get("Code") == "active"
        return "active" if active else "blackhole"
    if "NatGatewayId" in route:
        kind = kind_with_prefix("nat")
        doc = kind.stored(tx, route["NatGatewayId"]) if kind is not None else None
        return "blackhole" if _gone(doc) else "active"
    return "active"


def as_now(ctx: Context, vpc_id: str, route: shapes.Route) -> shapes.Route:
    """The route as DescribeRouteTables shows it: its state; a route to a network interface
    also names the instance the interface is attached to."""
    out: shapes.Route = {**route, "State": route_state(ctx, vpc_id, route)}
    if "NetworkInterfaceId" in route and "InstanceId" not in route:
        interface = interfaces.find(ctx, route["NetworkInterfaceId"])
        instance_id = (interface or {}).get("Attachment", {}).get("InstanceId")
        if instance_id:
            out["InstanceId"] = instance_id
            out["InstanceOwnerId"] = ctx.account_id
    return out


def endpoint_routes(ctx: Context, table_id: str) -> list[shapes.Route]:
    """The routes EC2 adds to a table a gateway endpoint (S3, DynamoDB) serves: to the
    service's prefix list, the endpoint as gateway. Read from the endpoints, not stored."""
    kind = kind_with_prefix("vpce")
    if kind is None:
        return []
    lists = {p["PrefixListName"]: p["PrefixListId"] for p in prefix_lists(ctx.region)}
    return [
        {
            "DestinationPrefixListId": lists[endpoint["ServiceName"]],
            "GatewayId": endpoint["VpcEndpointId"],
            "Origin": "CreateRoute",
            "State": "active",
        }
        for endpoint in kind.every(ctx.tx)
        if table_id in (endpoint.get("RouteTableIds") or ())
        and endpoint.get("ServiceName") in lists
        and endpoint.get("State") not in ("deleting", "deleted", "failed")
    ]


# --- CreateRoute, ReplaceRoute, DeleteRoute -----------------------------------------------


def _local_destinations(tx: Transaction, table: RouteTableDoc) -> set[str]:
    vpc = VPC.stored(tx, table["VpcId"])
    if vpc is None:
        return set()
    out = {b["CidrBlock"] for b in vpc.get("CidrBlockAssociationSet") or () if "CidrBlock" in b}
    out |= {
        b["Ipv6CidrBlock"]
        for b in vpc.get("Ipv6CidrBlockAssociationSet") or ()
        if "Ipv6CidrBlock" in b
    }
    return out


def _route_of(table: RouteTableDoc, key: tuple[str, str]) -> int | None:
    for index, route in enumerate(table.get("Routes") or ()):
        if destination_of(route) == key:
            return index
    return None


def create_route(ctx: Context, table_id: str, destination: Destination, target: Target) -> None:
    table = ROUTE_TABLE.get(ctx.tx, table_id)
    route = destination_route(destination, ctx.region)
    key = destination_of(route)
    taken = _local_destinations(ctx.tx, table) | _endpoint_destinations(ctx, table)
    if key[1] in taken or _route_of(table, key) is not None:
        raise errors.RouteAlreadyExists(f"The route identified by {key[1]} already exists.")
    new: shapes.Route = {
        **route,
        **target_route(ctx, table, target, "DestinationIpv6CidrBlock" in route),
        "Origin": "CreateRoute",
    }
    ROUTE_TABLE.put(ctx.tx, {**table, "Routes": [*(table.get("Routes") or ()), new]})


def _endpoint_destinations(ctx: Context, table: RouteTableDoc) -> set[str]:
    return {
        r.get("DestinationPrefixListId", "") for r in endpoint_routes(ctx, table["RouteTableId"])
    }


def _existing(ctx: Context, table: RouteTableDoc, route: shapes.Route, verb: str) -> int:
    key = destination_of(route)
    if key[1] in _local_destinations(ctx.tx, table):
        raise errors.invalid_parameter_value(
            f"cannot {verb} local route {key[1]} in route table {table['RouteTableId']}"
        )
    if key[1] in _endpoint_destinations(ctx, table):
        # reconstructed: the wording; a gateway endpoint's route goes with the endpoint's
        # route tables (ModifyVpcEndpoint), never by itself
        raise errors.invalid_parameter_value(
            f"cannot {verb} route {key[1]} in route table {table['RouteTableId']}: it is a "
            "VPC endpoint's route"
        )
    index = _route_of(table, key)
    if index is None:
        raise errors.InvalidRouteNotFound(
            f"no route with {key[0]} {key[1]} in route table {table['RouteTableId']}"
        )
    return index


def replace_route(ctx: Context, table_id: str, destination: Destination, target: Target) -> None:
    table = ROUTE_TABLE.get(ctx.tx, table_id)
    route = destination_route(destination, ctx.region)
    index = _existing(ctx, table, route, "replace")
    new: shapes.Route = {
        **route,
        **target_route(ctx, table, target, "DestinationIpv6CidrBlock" in route),
        "Origin": "CreateRoute",
    }
    routes = list(table.get("Routes") or ())
    routes[index] = new
    ROUTE_TABLE.put(ctx.tx, {**table, "Routes": routes})


def delete_route(ctx: Context, table_id: str, destination: Destination) -> None:
    table = ROUTE_TABLE.get(ctx.tx, table_id)
    index = _existing(ctx, table, destination_route(destination, ctx.region), "remove")
    routes = list(table.get("Routes") or ())
    del routes[index]
    ROUTE_TABLE.put(ctx.tx, {**table, "Routes": routes})
