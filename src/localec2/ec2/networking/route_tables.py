"""Route tables: each VPC's main table (made with the VPC, gone with it), tables of one's own,
their routes (`routes`) and their associations with subnets and gateways.

A table's `local` routes, one for each of its VPC's CIDR blocks, are not stored: they are
read from the VPC, so they follow its blocks. A stored route has no `State`: it is `active`,
or `blackhole` once its target is gone, computed when read (as EC2 shows it).
"""

from __future__ import annotations

from collections.abc import Sequence

from ... import errors
from ...protocol import shapes
from ...state.ids import new_id
from ...state.store import Transaction
from ..context import Context
from ..documents import RouteTableDoc, VpcDoc
from ..kinds import ROUTE_TABLE, ROUTE_TABLE_ASSOCIATION, SUBNET, VPC
from ..tags.tagging import specified_tags
from .internet_gateways import create_attached_gateway
from .route_propagation import propagated_routes, propagating
from .routes import as_now as route_as_now
from .routes import endpoint_routes, kind_with_prefix, same_network_gateway

LOCAL = "local"
DEFAULT_ROUTE = "0.0.0.0/0"
ASSOCIATED: shapes.RouteTableAssociationState = {"State": "associated"}


def _associated(state: shapes.VpcCidrBlockState | None) -> bool:
    return state is None or state.get("State") == "associated"


def local_routes(vpc: VpcDoc | None) -> list[shapes.Route]:
    """The table's `local` routes: one for each CIDR block associated with its VPC."""
    if vpc is None:
        return []
    out: list[shapes.Route] = [
        {
            "DestinationCidrBlock": block["CidrBlock"],
            "GatewayId": LOCAL,
            "Origin": "CreateRouteTable",
            "State": "active",
        }
        for block in vpc.get("CidrBlockAssociationSet") or ()
        if "CidrBlock" in block and _associated(block.get("CidrBlockState"))
    ]
    out += [
        {
            "DestinationIpv6CidrBlock": block["Ipv6CidrBlock"],
            "GatewayId": LOCAL,
            "Origin": "CreateRouteTable",
            "State": "active",
        }
        for block in vpc.get("Ipv6CidrBlockAssociationSet") or ()
        if "Ipv6CidrBlock" in block and _associated(block.get("Ipv6CidrBlockState"))
    ]
    return out


def _new_table(tx: Transaction, vpc_id: str, tags: Sequence[shapes.Tag]) -> RouteTableDoc:
    return {
        "RouteTableId": new_id("rtb"),
        "VpcId": vpc_id,
        "OwnerId": tx.account,
        "Associations": [],
        "PropagatingVgws": [],
        "Routes": [],
        "Tags": list(tags),
    }


def _is_main(table: RouteTableDoc) -> bool:
    return any(a.get("Main") for a in table.get("Associations") or ())


def main_table(tx: Transaction, vpc_id: str) -> RouteTableDoc | None:
    for table in ROUTE_TABLE.every(tx):
        if table["VpcId"] == vpc_id and _is_main(table):
            return table
    return None


def ensure_main_table(tx: Transaction, vpc: VpcDoc) -> None:
    """The VPC's main route table, if it has none; the default VPC's comes with an internet
    gateway attached and its route `0.0.0.0/0`, as EC2 makes the default VPC."""
    vpc_id = vpc["VpcId"]
    if main_table(tx, vpc_id) is not None:
        return
    table = _new_table(tx, vpc_id, [])
    table["Associations"] = [
        {
            "Main": True,
            "RouteTableAssociationId": new_id("rtbassoc"),
            "RouteTableId": table["RouteTableId"],
            "AssociationState": ASSOCIATED,
        }
    ]
    if vpc.get("IsDefault"):
        gateway_id = create_attached_gateway(tx, vpc_id)
        table["Routes"] = [
            {
                "DestinationCidrBlock": DEFAULT_ROUTE,
                "GatewayId": gateway_id,
                "Origin": "CreateRoute",
            }
        ]
    ROUTE_TABLE.put(tx, table)


def delete_main_table(tx: Transaction, vpc_id: str) -> None:
    table = main_table(tx, vpc_id)
    if table is not None:
        ROUTE_TABLE.delete(tx, table["RouteTableId"])


def other_tables(tx: Transaction, vpc_id: str) -> list[str]:
    """The VPC's route tables but its main one (they keep it from being deleted)."""
    return [
        t["RouteTableId"] for t in ROUTE_TABLE.every(tx) if t["VpcId"] == vpc_id and not _is_main(t)
    ]


def _live(tx: Transaction, association: shapes.RouteTableAssociation) -> bool:
    """An association goes with its subnet or gateway (as DeleteSubnet removes a subnet's);
    read so, rather than removed by the other families' deletes."""
    subnet_id = association.get("SubnetId")
    if subnet_id is not None:
        return SUBNET.stored(tx, subnet_id) is not None
    gateway_id = association.get("GatewayId")
    if gateway_id is not None:
        kind = kind_with_prefix(gateway_id.split("-", 1)[0])
        return kind is not None and kind.stored(tx, gateway_id) is not None
    return True


def associations(tx: Transaction, table: RouteTableDoc) -> list[shapes.RouteTableAssociation]:
    """The table's explicit associations (and its main one). A subnet without one uses its
    VPC's main table implicitly, which EC2 never lists: `association.subnet-id` matches only
    an explicit association (AWS's answer in boto/boto3#2245)."""
    return [a for a in table.get("Associations") or () if _live(tx, a)]


def as_now(ctx: Context, table: RouteTableDoc) -> RouteTableDoc:
    """The table as DescribeRouteTables shows it: its local routes, each route's state, the
    routes of the gateway endpoints serving it and of the gateways propagating into it."""
    vpc = VPC.stored(ctx.tx, table["VpcId"])
    routes = local_routes(vpc)
    routes += [route_as_now(ctx, table["VpcId"], route) for route in table.get("Routes") or ()]
    routes += endpoint_routes(ctx, table["RouteTableId"])
    gateways = propagating(ctx.tx, table)
    taken = {r.get("DestinationCidrBlock", "") for r in routes}
    routes += propagated_routes(ctx.tx, gateways, taken)
    return {
        **table,
        "Routes": routes,
        "Associations": associations(ctx.tx, table),
        "PropagatingVgws": gateways,
    }


def describe(ctx: Context, table_ids: Sequence[str] | None) -> list[RouteTableDoc]:
    return [as_now(ctx, t) for t in ROUTE_TABLE.described(ctx.tx, table_ids)]


def create_route_table(
    ctx: Context,
    vpc_id: str,
    tag_specifications: Sequence[shapes.TagSpecification] | None,
    client_token: str | None = None,
) -> RouteTableDoc:
    """A new table with the VPC's local routes; a request repeating an earlier one's
    `ClientToken` answers the table that one made."""
    tx = ctx.tx
    vpc = VPC.get(tx, vpc_id)
    tags = specified_tags(tag_specifications, ROUTE_TABLE.name)
    made = ROUTE_TABLE.made_with_token(tx, client_token)
    if made is not None:
        if made["VpcId"] != vpc_id:
            raise errors.idempotent_mismatch()
        return as_now(ctx, made)
    table = _new_table(tx, vpc["VpcId"], tags)
    if client_token:
        table["_"] = {"client_token": client_token}
    ROUTE_TABLE.put(tx, table)
    return {**table, "Routes": local_routes(vpc)}


def delete_route_table(tx: Transaction, table_id: str) -> None:
    """Delete a table that is not its VPC's main one and has no associations."""
    table = ROUTE_TABLE.get(tx, table_id)
    if associations(tx, table):  # the main association is one of them
        raise errors.dependency_violation(
            f"The routeTable '{table_id}' has dependencies and cannot be deleted."
        )
    ROUTE_TABLE.delete(tx, table_id)


# --- associations --------------------------------------------------------------------------


def _find_association(
    tx: Transaction, association_id: str
) -> tuple[RouteTableDoc, shapes.RouteTableAssociation]:
    ROUTE_TABLE_ASSOCIATION.check_ids([association_id])
    for table in ROUTE_TABLE.every(tx):
        for association in associations(tx, table):
            if association.get("RouteTableAssociationId") == association_id:
                return table, association
    raise ROUTE_TABLE_ASSOCIATION.not_found([association_id])


def _conflict(table_id: str) -> errors.EC2Error:
    return errors.ResourceAlreadyAssociated(
        f"the specified association for route table {table_id} conflicts with an existing "
        "association"
    )


def _different_networks(table_id: str, other_id: str) -> errors.EC2Error:
    return errors.invalid_parameter_value(
        f"route table {table_id} and network {other_id} belong to different networks"
    )


def associate(
    tx: Transaction, table_id: str, subnet_id: str | None, gateway_id: str | None
) -> tuple[str, shapes.RouteTableAssociationState]:
    """Associate a table with a subnet (one explicit table per subnet) or with an internet
    or virtual private gateway attached to its VPC (an edge association)."""
    table = ROUTE_TABLE.get(tx, table_id)
    if subnet_id and gateway_id:
        # reconstructed: the wording of asking for both
        raise errors.invalid_parameter_combination(
            "The parameter subnetId cannot be used with the parameter gatewayId"
        )
    association: shapes.RouteTableAssociation = {
        "Main": False,
        "RouteTableId": table_id,
        "AssociationState": ASSOCIATED,
    }
    taken: set[str] = set()
    for other in ROUTE_TABLE.every(tx):
        for existing in associations(tx, other):
            taken.add(existing.get("SubnetId") or existing.get("GatewayId") or "")
    if subnet_id:
        subnet = SUBNET.get(tx, subnet_id)
        if subnet["VpcId"] != table["VpcId"]:
            raise _different_networks(table_id, subnet_id)
        association["SubnetId"] = subnet_id
    elif gateway_id:
        if not same_network_gateway(tx, gateway_id, table["VpcId"]):
            raise _different_networks(table_id, gateway_id)
        association["GatewayId"] = gateway_id
    else:
        # reconstructed: the wording of asking for neither
        raise errors.MissingParameter(
            "The request must contain the parameter subnetId or gatewayId"
        )
    if (subnet_id or gateway_id) in taken:
        raise _conflict(table_id)
    association_id = new_id("rtbassoc")
    association["RouteTableAssociationId"] = association_id
    ROUTE_TABLE.put(tx, {**table, "Associations": [*associations(tx, table), association]})
    return association_id, ASSOCIATED


def disassociate(tx: Transaction, association_id: str) -> None:
    table, association = _find_association(tx, association_id)
    if association.get("Main"):
        # reconstructed: the main association is replaced, never removed
        raise errors.invalid_parameter_value(
            f"cannot disassociate the main route table association {association_id}"
        )
    kept = [
        a for a in associations(tx, table) if a.get("RouteTableAssociationId") != association_id
    ]
    ROUTE_TABLE.put(tx, {**table, "Associations": kept})


def replace_association(
    tx: Transaction, association_id: str, table_id: str
) -> tuple[str, shapes.RouteTableAssociationState]:
    """Move an association to another table of the same VPC, under a new id; moving the main
    association makes the new table the VPC's main table."""
    old_table, association = _find_association(tx, association_id)
    new_table = ROUTE_TABLE.get(tx, table_id)
    if new_table["VpcId"] != old_table["VpcId"]:
        raise _different_networks(table_id, old_table["VpcId"])
    new_id_ = new_id("rtbassoc")
    moved: shapes.RouteTableAssociation = {
        **association,
        "RouteTableAssociationId": new_id_,
        "RouteTableId": table_id,
        "AssociationState": ASSOCIATED,
    }
    kept = [
        a for a in associations(tx, old_table) if a.get("RouteTableAssociationId") != association_id
    ]
    ROUTE_TABLE.put(tx, {**old_table, "Associations": kept})
    current = ROUTE_TABLE.get(tx, table_id)  # the same table, if moved within it
    ROUTE_TABLE.put(tx, {**current, "Associations": [*associations(tx, current), moved]})
    return new_id_, ASSOCIATED
