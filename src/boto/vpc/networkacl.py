"""Network ACLs: `NetworkAcl`, its `NetworkAclEntry`s and `NetworkAclAssociation`s."""

from __future__ import annotations

from boto.ec2.ec2object import TaggedEC2Object
from boto.handler import set_leaf
from boto.resultset import ResultSet

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from typing import Any, ClassVar

    from boto.handler import LeafField


class Icmp:
    """An entry's ICMP type and code (as EC2 writes them)."""

    def __init__(self, connection: Any = None) -> None:
        self.code: str | None = None
        self.type: str | None = None

    def __repr__(self) -> str:
        return "Icmp::code:%s, type:%s)" % (self.code, self.type)

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "code":
            self.code = value
        elif name == "type":
            self.type = value


class PortRange:
    """An entry's port range (as EC2 writes the numbers)."""

    def __init__(self, connection: Any = None) -> None:
        self.from_port: str | None = None
        self.to_port: str | None = None

    def __repr__(self) -> str:
        return "PortRange:(%s-%s)" % (self.from_port, self.to_port)

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "from":
            self.from_port = value
        elif name == "to":
            self.to_port = value


class NetworkAclEntry:
    """One rule of a network ACL; the fields as EC2 writes them, as in boto 2 (`egress` is
    'true' or 'false', `rule_number` text)."""

    def __init__(self, connection: Any = None) -> None:
        self.rule_number: str | None = None
        self.protocol: str | None = None
        self.rule_action: str | None = None
        self.egress: str | None = None
        self.cidr_block: str | None = None
        self.ipv6_cidr_block: str | None = None
        self.port_range = PortRange()
        self.icmp = Icmp()

    def __repr__(self) -> str:
        return "Acl:%s" % self.rule_number

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name == "portRange":
            return self.port_range
        if name == "icmpTypeCode":
            return self.icmp
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "cidrBlock":
            self.cidr_block = value
        elif name == "ipv6CidrBlock":
            self.ipv6_cidr_block = value
        elif name == "egress":
            self.egress = value
        elif name == "protocol":
            self.protocol = value
        elif name == "ruleAction":
            self.rule_action = value
        elif name == "ruleNumber":
            self.rule_number = value


class NetworkAclAssociation:
    """A subnet the ACL applies to."""

    def __init__(self, connection: Any = None) -> None:
        self.id: str | None = None
        self.subnet_id: str | None = None
        self.network_acl_id: str | None = None

    def __repr__(self) -> str:
        return "NetworkAclAssociation:%s" % self.id

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "networkAclAssociationId":
            self.id = value
        elif name == "networkAclId":
            self.network_acl_id = value
        elif name == "subnetId":
            self.subnet_id = value


class NetworkAcl(TaggedEC2Object):
    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "networkAclId": "id",
        "vpcId": "vpc_id",
        "default": "default",
        "ownerId": "owner_id",
    }

    def __init__(self, connection: Any = None) -> None:
        super().__init__(connection)
        self.id: str = None  # type: ignore[assignment]  # None until parsed: EC2 always sends it
        self.vpc_id: str | None = None
        self.default: str | None = None  # 'true' for the VPC's default ACL, as boto 2 kept it
        self.owner_id: str | None = None
        self.network_acl_entries: list[NetworkAclEntry] = []
        self.associations: list[NetworkAclAssociation] = []

    def __repr__(self) -> str:
        return "NetworkAcl:%s" % self.id

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name == "tagSet":
            return self.tags
        if name == "entrySet":
            self.network_acl_entries = ResultSet([("item", NetworkAclEntry)])
            return self.network_acl_entries
        if name == "associationSet":
            self.associations = ResultSet([("item", NetworkAclAssociation)])
            return self.associations
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if not set_leaf(self, name, value):
            super().endElement(name, value, connection)


__all__ = ["Icmp", "NetworkAcl", "NetworkAclAssociation", "NetworkAclEntry", "PortRange"]
