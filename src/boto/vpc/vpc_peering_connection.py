"""VPC peering connections: `VpcPeeringConnection`, with each side's `VpcInfo`."""

from __future__ import annotations

from boto.ec2.ec2object import TaggedEC2Object
from boto.vpc._nested import nested

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from typing import Any

    from boto.vpc import VPCConnection


class VpcInfo:
    """One side of a peering connection: the VPC, its owner, its CIDR block (and today's
    `cidr_block_set`, `peering_options`, `region` when EC2 sends them)."""

    def __init__(self) -> None:
        self.vpc_id: str | None = None
        self.owner_id: str | None = None
        self.cidr_block: str | None = None
        self.region: str | None = None

    def __repr__(self) -> str:
        return "VpcInfo:%s" % self.vpc_id

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name in ("cidrBlockSet", "ipv6CidrBlockSet", "peeringOptions"):
            return nested(self, name)
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "vpcId":
            self.vpc_id = value
        elif name == "ownerId":
            self.owner_id = value
        elif name == "cidrBlock":
            self.cidr_block = value
        elif name == "region":
            self.region = value
        elif value:
            setattr(self, name, value)


class VpcPeeringConnectionStatus:
    def __init__(self, code: str | int | None = 0, message: str | None = None) -> None:
        # boto 2's default code 0 until parsed; EC2 sends a text code (`active`, …).
        self.code = code
        self.message = message

    def __repr__(self) -> str:
        return "%s(%s)" % (self.code, self.message)

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "code":
            self.code = value
        elif name == "message":
            self.message = value


class VpcPeeringConnection(TaggedEC2Object):
    connection: VPCConnection

    def __init__(self, connection: Any = None) -> None:
        super().__init__(connection)
        self.id: str = None  # type: ignore[assignment]  # None until parsed: EC2 always sends it
        self.accepter_vpc_info = VpcInfo()
        self.requester_vpc_info = VpcInfo()
        self.expiration_time: str | None = None
        self._status = VpcPeeringConnectionStatus()

    @property
    def status_code(self) -> str | int | None:
        return self._status.code

    @property
    def status_message(self) -> str | None:
        return self._status.message

    def __repr__(self) -> str:
        return "VpcPeeringConnection:%s" % self.id

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name == "tagSet":
            return self.tags
        if name == "requesterVpcInfo":
            return self.requester_vpc_info
        if name == "accepterVpcInfo":
            return self.accepter_vpc_info
        if name == "status":
            return self._status
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "vpcPeeringConnectionId":
            self.id = value
        elif name == "expirationTime":
            self.expiration_time = value
        else:
            super().endElement(name, value, connection)

    def delete(self) -> bool:
        return self.connection.delete_vpc_peering_connection(self.id)

    def _update(self, updated: VpcPeeringConnection) -> None:
        self.__dict__.update(updated.__dict__)

    def update(self, validate: bool = False, dry_run: bool = False) -> str | int | None:
        """Read the connection again; returns its status code (`active`, …)."""
        found = self.connection.get_all_vpc_peering_connections([self.id], dry_run=dry_run)
        if found:
            self._update(found[0])
        elif validate:
            raise ValueError("%s is not a valid VpcPeeringConnection ID" % (self.id,))
        return self.status_code


__all__ = ["VpcInfo", "VpcPeeringConnection", "VpcPeeringConnectionStatus"]
