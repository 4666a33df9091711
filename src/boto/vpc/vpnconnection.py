"""VPN connections: `VpnConnection`, its `VpnTunnel`s, `VpnStaticRoute`s and options."""

from __future__ import annotations

from boto.ec2.ec2object import TaggedEC2Object
from boto.resultset import ResultSet
from boto.vpc._nested import nested

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from datetime import datetime
    from typing import Any

    from boto.vpc import VPCConnection


class VpnConnectionOptions:
    """`static_routes_only` (a bool), and today's further options as EC2 writes them
    (`tunnelOptionSet` a `Nested`)."""

    def __init__(self, static_routes_only: bool | None = None) -> None:
        self.static_routes_only = static_routes_only

    def __repr__(self) -> str:
        return "VpnConnectionOptions"

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name == "tunnelOptionSet":
            return nested(self, name)
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "staticRoutesOnly":
            self.static_routes_only = value == "true"
        elif value:
            setattr(self, name, value)


class VpnStaticRoute:
    def __init__(
        self,
        destination_cidr_block: str | None = None,
        source: str | None = None,
        state: str | None = None,
    ) -> None:
        self.destination_cidr_block = destination_cidr_block
        self.source = source
        self.available = state  # boto 2's name for the state it was given
        self.state = state

    def __repr__(self) -> str:
        return "VpnStaticRoute: %s" % self.destination_cidr_block

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "destinationCidrBlock":
            self.destination_cidr_block = value
        elif name == "source":
            self.source = value
        elif name == "state":
            self.state = value
        elif value:
            setattr(self, name, value)


def _timestamp(value: str) -> datetime:
    """EC2's `2014-03-05T12:58:02.000Z` (or without fraction) as a naive UTC datetime."""
    from datetime import datetime

    for layout in ("%Y-%m-%dT%H:%M:%S.%fZ", "%Y-%m-%dT%H:%M:%SZ"):
        try:
            return datetime.strptime(value, layout)
        except ValueError:
            pass
    return datetime.fromisoformat(value.replace("Z", "+00:00")).replace(tzinfo=None)


class VpnTunnel:
    """A tunnel of the connection (an item of `vgwTelemetry`)."""

    def __init__(
        self,
        outside_ip_address: str | None = None,
        status: str | None = None,
        last_status_change: datetime | None = None,
        status_message: str | None = None,
        accepted_route_count: int | None = None,
    ) -> None:
        self.outside_ip_address = outside_ip_address
        self.status = status
        self.last_status_change = last_status_change
        self.status_message = status_message
        self.accepted_route_count = accepted_route_count

    def __repr__(self) -> str:
        return "VpnTunnel: %s" % self.outside_ip_address

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "outsideIpAddress":
            self.outside_ip_address = value
        elif name == "status":
            self.status = value
        elif name == "lastStatusChange":
            self.last_status_change = _timestamp(value)
        elif name == "statusMessage":
            self.status_message = value
        elif name == "acceptedRouteCount":
            self.accepted_route_count = int(value) if value.isdigit() else None
        elif value:
            setattr(self, name, value)


class VpnConnection(TaggedEC2Object):
    connection: VPCConnection

    def __init__(self, connection: Any = None) -> None:
        super().__init__(connection)
        self.id: str = None  # type: ignore[assignment]  # None until parsed: EC2 always sends it
        self.state: str | None = None
        self.customer_gateway_configuration: str | None = None
        self.type: str | None = None
        self.customer_gateway_id: str | None = None
        self.vpn_gateway_id: str | None = None
        self.tunnels: list[VpnTunnel] = []
        self.options: VpnConnectionOptions | None = None
        self.static_routes: list[VpnStaticRoute] = []

    def __repr__(self) -> str:
        return "VpnConnection:%s" % self.id

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name == "tagSet":
            return self.tags
        if name == "vgwTelemetry":
            self.tunnels = ResultSet([("item", VpnTunnel)])
            return self.tunnels
        if name == "routes":
            self.static_routes = ResultSet([("item", VpnStaticRoute)])
            return self.static_routes
        if name == "options":
            self.options = VpnConnectionOptions()
            return self.options
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "vpnConnectionId":
            self.id = value
        elif name == "state":
            self.state = value
        elif name == "customerGatewayConfiguration":
            self.customer_gateway_configuration = value
        elif name == "type":
            self.type = value
        elif name == "customerGatewayId":
            self.customer_gateway_id = value
        elif name == "vpnGatewayId":
            self.vpn_gateway_id = value
        else:
            super().endElement(name, value, connection)

    def delete(self, dry_run: bool = False) -> bool:
        return self.connection.delete_vpn_connection(self.id, dry_run=dry_run)


__all__ = ["VpnConnection", "VpnConnectionOptions", "VpnStaticRoute", "VpnTunnel"]
