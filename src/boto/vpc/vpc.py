"""VPCs: `VPC`, with its IPv4 and IPv6 CIDR block associations."""

from __future__ import annotations

from boto.ec2.ec2object import TaggedEC2Object
from boto.handler import is_true, set_leaf
from boto.resultset import ResultSet
from boto.vpc._nested import Nested, nested

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from typing import Any, ClassVar

    from boto.ec2.securitygroup import SecurityGroup
    from boto.handler import LeafField
    from boto.vpc import VPCConnection


class CidrBlockState:
    """The `cidrBlockState` / `ipv6CidrBlockState` of an association."""

    def __init__(self, connection: Any = None) -> None:
        self.state: str | None = None
        self.status_message: str | None = None

    def __repr__(self) -> str:
        return "CidrBlockState:%s" % self.state

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "state":
            self.state = value
        elif name == "statusMessage":
            self.status_message = value


class VpcCidrBlockAssociation:
    """An IPv4 CIDR block of a VPC (an item of `cidrBlockAssociationSet`); `state` is the
    association's (`associated`, `disassociated`, …), not the VPC's."""

    def __init__(self, connection: Any = None) -> None:
        self.association_id: str | None = None
        self.cidr_block: str | None = None
        self.cidr_block_state = CidrBlockState()

    @property
    def state(self) -> str | None:
        return self.cidr_block_state.state

    def __repr__(self) -> str:
        return "VpcCidrBlockAssociation:%s" % self.cidr_block

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name in ("cidrBlockState", "ipv6CidrBlockState"):
            return self.cidr_block_state
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "associationId":
            self.association_id = value
        elif name == "cidrBlock":
            self.cidr_block = value


class VpcIpv6CidrBlockAssociation(VpcCidrBlockAssociation):
    """An IPv6 CIDR block of a VPC or subnet (an item of `ipv6CidrBlockAssociationSet`)."""

    def __init__(self, connection: Any = None) -> None:
        super().__init__(connection)
        self.ipv6_cidr_block: str | None = None
        self.ipv6_pool: str | None = None
        self.network_border_group: str | None = None

    def __repr__(self) -> str:
        return "VpcIpv6CidrBlockAssociation:%s" % self.ipv6_cidr_block

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "ipv6CidrBlock":
            self.ipv6_cidr_block = value
        elif name == "ipv6Pool":
            self.ipv6_pool = value
        elif name == "networkBorderGroup":
            self.network_border_group = value
        else:
            super().endElement(name, value, connection)


class VPC(TaggedEC2Object):
    """A VPC. Unlike boto 2, nested association sets do not overwrite the VPC's own fields:
    they are `cidr_block_associations` and `ipv6_cidr_block_associations`."""

    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "vpcId": "id",
        "dhcpOptionsId": "dhcp_options_id",
        "state": "state",
        "cidrBlock": "cidr_block",
        "isDefault": ("is_default", is_true),
        "instanceTenancy": "instance_tenancy",
        "classicLinkEnabled": "classic_link_enabled",
        "ownerId": "owner_id",
    }

    connection: VPCConnection

    def __init__(self, connection: Any = None) -> None:
        super().__init__(connection)
        self.id: str = None  # type: ignore[assignment]  # None until parsed: EC2 always sends it
        self.dhcp_options_id: str | None = None
        self.state: str | None = None
        self.cidr_block: str | None = None
        self.is_default: bool | None = None
        self.instance_tenancy: str | None = None
        # As EC2 writes it ('true' / 'false'), as boto 2 kept it.
        self.classic_link_enabled: str | None = None
        self.owner_id: str | None = None
        self.cidr_block_associations: ResultSet[VpcCidrBlockAssociation] = ResultSet()
        self.ipv6_cidr_block_associations: ResultSet[VpcIpv6CidrBlockAssociation] = ResultSet()

    def __repr__(self) -> str:
        return "VPC:%s" % self.id

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name == "tagSet":
            return self.tags
        if name == "cidrBlockAssociationSet":
            self.cidr_block_associations = ResultSet([("item", VpcCidrBlockAssociation)])
            return self.cidr_block_associations
        if name == "ipv6CidrBlockAssociationSet":
            self.ipv6_cidr_block_associations = ResultSet([("item", VpcIpv6CidrBlockAssociation)])
            return self.ipv6_cidr_block_associations
        if name in ("blockPublicAccessStates", "encryptionControl"):
            return nested(self, name)
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if not set_leaf(self, name, value):
            super().endElement(name, value, connection)

    def delete(self) -> bool:
        return self.connection.delete_vpc(self.id)

    def _update(self, updated: VPC) -> None:
        self.__dict__.update(updated.__dict__)

    def _refresh(self, describe: Any, validate: bool, dry_run: bool) -> None:
        found = describe([self.id], dry_run=dry_run)
        if found:
            self._update(found[0])
        elif validate:
            raise ValueError("%s is not a valid VPC ID" % (self.id,))

    def update(self, validate: bool = False, dry_run: bool = False) -> str | None:
        """Read the VPC again; returns its state. An unknown id raises ValueError with
        `validate`, else leaves the object as it was."""
        self._refresh(self.connection.get_all_vpcs, validate, dry_run)
        return self.state

    def update_classic_link_enabled(
        self, validate: bool = False, dry_run: bool = False
    ) -> str | None:
        self._refresh(self.connection.get_all_classic_link_vpcs, validate, dry_run)
        return self.classic_link_enabled

    def disable_classic_link(self, dry_run: bool = False) -> bool:
        return self.connection.disable_vpc_classic_link(self.id, dry_run=dry_run)

    def enable_classic_link(self, dry_run: bool = False) -> bool:
        return self.connection.enable_vpc_classic_link(self.id, dry_run=dry_run)

    def attach_classic_instance(
        self, instance_id: str, groups: list[SecurityGroup | str], dry_run: bool = False
    ) -> bool:
        return self.connection.attach_classic_link_vpc(
            vpc_id=self.id, instance_id=instance_id, groups=groups, dry_run=dry_run
        )

    def detach_classic_instance(self, instance_id: str, dry_run: bool = False) -> bool:
        return self.connection.detach_classic_link_vpc(
            vpc_id=self.id, instance_id=instance_id, dry_run=dry_run
        )

    # Not in boto 2.49's VPC: shortcuts to the connection's gateway methods.

    def attach_internet_gateway(self, internet_gateway_id: str, dry_run: bool = False) -> bool:
        return self.connection.attach_internet_gateway(
            internet_gateway_id, self.id, dry_run=dry_run
        )

    def detach_internet_gateway(self, internet_gateway_id: str, dry_run: bool = False) -> bool:
        return self.connection.detach_internet_gateway(
            internet_gateway_id, self.id, dry_run=dry_run
        )


__all__ = ["VPC", "CidrBlockState", "Nested", "VpcCidrBlockAssociation"]
