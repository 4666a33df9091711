"""Route propagation from a virtual private gateway (EnableVgwRoutePropagation,
DisableVgwRoutePropagation): the table lists the gateway in `PropagatingVgws`, and the
static routes of the gateway's VPN connections show in the table with origin
`EnableVgwRoutePropagation`. Propagated routes are read from the connections, not stored,
so they follow them; a gateway detached from the table's VPC propagates nothing.
"""

from __future__ import annotations

from ... import errors
from ...protocol import shapes
from ...state.store import Transaction
from ..documents import RouteTableDoc
from ..kinds import ROUTE_TABLE, VPN_CONNECTION, VPN_GATEWAY
from .vpn import attached_to


def enable(tx: Transaction, table_id: str, gateway_id: str) -> None:
    table = ROUTE_TABLE.get(tx, table_id)
    VPN_GATEWAY.get(tx, gateway_id)
    if gateway_id not in attached_to(tx, table["VpcId"]):
        # EC2 refuses a gateway not attached to the table's VPC; reconstructed wording
        raise errors.GatewayNotAttached(
            f"resource {gateway_id} is not attached to network {table['VpcId']}"
        )
    listed = list(table.get("PropagatingVgws") or ())
    if all(p["GatewayId"] != gateway_id for p in listed):
        ROUTE_TABLE.put(tx, {**table, "PropagatingVgws": [*listed, {"GatewayId": gateway_id}]})


def disable(tx: Transaction, table_id: str, gateway_id: str) -> None:
    """Stop the propagation; a gateway that was not propagating is no error (reconstructed:
    EC2's documentation names none)."""
    table = ROUTE_TABLE.get(tx, table_id)
    VPN_GATEWAY.get(tx, gateway_id)
    kept = [p for p in table.get("PropagatingVgws") or () if p["GatewayId"] != gateway_id]
    ROUTE_TABLE.put(tx, {**table, "PropagatingVgws": kept})


def propagating(tx: Transaction, table: RouteTableDoc) -> list[shapes.PropagatingVgw]:
    """The gateways propagating into the table now: those still attached to its VPC (no
    gateway is read for a table that propagates nothing, as most do)."""
    listed = table.get("PropagatingVgws") or ()
    if not listed:
        return []
    attached = set(attached_to(tx, table["VpcId"]))
    return [p for p in listed if p["GatewayId"] in attached]


def propagated_routes(
    tx: Transaction, gateways: list[shapes.PropagatingVgw], taken: set[str]
) -> list[shapes.Route]:
    """The static routes of the gateways' VPN connections, except destinations the table
    already routes (a route of the table's own wins over a propagated one)."""
    ids = {g["GatewayId"] for g in gateways}
    routes: list[shapes.Route] = []
    if not ids:
        return routes
    for connection in VPN_CONNECTION.every(tx):
        gateway = connection.get("VpnGatewayId")
        if gateway not in ids:
            continue
        for static in connection.get("Routes") or ():
            destination = static.get("DestinationCidrBlock", "")
            if destination and destination not in taken:
                taken.add(destination)
                routes.append(
                    {
                        "DestinationCidrBlock": destination,
                        "GatewayId": gateway,
                        "Origin": "EnableVgwRoutePropagation",
                        "State": "active",
                    }
                )
    return routes
