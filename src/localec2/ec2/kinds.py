"""The catalogue of resource kinds: each kind of stored document, defined once.

A kind names its documents in the store (the name is also EC2's resource type, as
`DescribeTags` and `TagSpecifications` spell it), the prefix of its ids, the member that
holds the id, and the errors EC2 answers for a malformed or unknown id. Every kind here lives
in one account's partition of one region (`state.store`); accounts and access keys, the only
documents of no region, belong to `state.accounts`.

`Kind.get` and `Kind.select` are the one get-or-raise lookup: Malformed before NotFound, the
missing ids named as EC2 names them. A kind whose documents are read "as they are now"
(instances on their state clock, an instance's volumes) passes its own `find`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from .. import errors
from ..errors import EC2Error, IdErrors
from ..protocol.xml import PRIVATE
from ..state.ids import is_well_formed
from ..state.store import Transaction
from .documents import (
    AddressDoc,
    ClientTokenDoc,
    CreditDefaultDoc,
    CustomerGatewayDoc,
    DhcpOptionsDoc,
    EgressOnlyInternetGatewayDoc,
    ForeignImageTagsDoc,
    HostDoc,
    ImageDoc,
    InstanceDoc,
    InternetGatewayDoc,
    KeyPairDoc,
    LaunchTemplateDoc,
    NatGatewayDoc,
    NetworkAclDoc,
    NetworkInterfaceDoc,
    PlacementGroupDoc,
    ReservedInstancesDoc,
    ReservedInstancesListingDoc,
    ReservedInstancesModificationDoc,
    RouteTableDoc,
    SecurityGroupDoc,
    SecurityGroupRuleDoc,
    SnapshotDoc,
    SpotDatafeedSubscriptionDoc,
    SpotInstanceRequestDoc,
    SubnetDoc,
    VolumeDoc,
    VpcDoc,
    VpcEndpointDoc,
    VpcPeeringConnectionDoc,
    VpnConnectionDoc,
    VpnGatewayDoc,
)

D = TypeVar("D", bound=Mapping[str, Any])
# A document as it is now: a finished transition settled (and written back), None once gone.
Settle = Callable[[D], D | None]
Doc = dict[str, Any]  # a stored document: boto3's shape of the resource, plus its PRIVATE part

# PRIVATE, "_", is the member holding a document's private state (what localec2 keeps but
# EC2 never shows: an instance's state clock, a subnet's next free address, ...). Every other
# member is the resource's wire shape; the serializer never writes this one.


_NONE: Mapping[str, Any] = {}


def private(doc: Mapping[str, Any]) -> Mapping[str, Any]:
    """The document's private state (empty if it has none), to read."""
    state: Mapping[str, Any] = doc.get(PRIVATE) or _NONE
    return state


def with_private(doc: D, **changes: Any) -> D:
    """A copy of the document with these private members set (None removes one)."""
    state = {**private(doc), **changes}
    return cast(D, {**doc, PRIVATE: {k: v for k, v in state.items() if v is not None}})


@dataclass(frozen=True)
class Kind(Generic[D]):
    name: str  # the store's kind and EC2's resource type
    prefix: str  # of its ids: "vpc" for vpc-0123…; "" for kinds with no EC2 id
    id_field: str  # the member holding the id ("VpcId")
    errors: IdErrors | None = None
    key_field: str = ""  # the member the store keys documents by, if not the id
    other_prefixes: tuple[str, ...] = ()  # other prefixes its ids may have (aki-, ari-)

    def key(self, doc: Mapping[str, Any]) -> str:
        return str(doc[self.key_field or self.id_field])

    def arn(self, tx: Transaction, resource_id: str) -> str:
        return f"arn:aws:ec2:{tx.region}:{tx.account}:{self.name}/{resource_id}"

    def _errors(self) -> IdErrors:
        if self.errors is None:
            raise TypeError(f"kind {self.name} has no EC2 ids")
        return self.errors

    def check_ids(self, ids: Iterable[str]) -> None:
        """`<Kind>.Malformed` for the first id not of the form `<prefix>-<hex>`."""
        prefixes = (self.prefix, *self.other_prefixes)
        for value in ids:
            if not any(is_well_formed(value, prefix) for prefix in prefixes):
                raise self._errors().malformed_id(value, self.prefix)

    def not_found(self, ids: list[str]) -> EC2Error:
        return self._errors().missing(ids)

    def stored(self, tx: Transaction, resource_id: str) -> D | None:
        """The stored document, or None."""
        return cast("D | None", tx.get(self.name, resource_id))  # string: no union per call

    def every(self, tx: Transaction) -> list[D]:
        """Every stored document of the kind, oldest first."""
        return cast("list[D]", tx.all(self.name))

    def put(self, tx: Transaction, doc: D) -> None:
        """Store a new or changed document (never change one in place: see `state.store`)."""
        tx.put(self.name, self.key(doc), cast(Doc, doc))

    def delete(self, tx: Transaction, key: str) -> None:
        tx.delete(self.name, key)

    def made_with_token(self, tx: Transaction, client_token: str | None) -> D | None:
        """The document an earlier create request with this `ClientToken` made, if any
        (kept as the private `client_token`)."""
        if not client_token:
            return None
        for doc in self.every(tx):
            if private(doc).get("client_token") == client_token:
                return doc
        return None

    def get(
        self, tx: Transaction, resource_id: str, find: Callable[[str], D | None] | None = None
    ) -> D:
        """The resource (`find`, else the stored document), or Malformed / NotFound."""
        self.check_ids([resource_id])
        doc = find(resource_id) if find is not None else self.stored(tx, resource_id)
        if doc is None:
            raise self.not_found([resource_id])
        return doc

    def select(
        self,
        tx: Transaction,
        ids: Iterable[str],
        find: Callable[[str], D | None] | None = None,
    ) -> list[D]:
        """The resources with these ids (each once, in the order asked), or Malformed /
        NotFound naming every missing id. No ids selects none: callers list `every`."""
        unique = list(dict.fromkeys(ids))
        self.check_ids(unique)
        lookup = find if find is not None else (lambda i: self.stored(tx, i))
        docs = [lookup(i) for i in unique]
        missing = [i for i, doc in zip(unique, docs, strict=True) if doc is None]
        if missing:
            raise self.not_found(missing)
        return [doc for doc in docs if doc is not None]

    def as_now(self, tx: Transaction, resource_id: str, now: Settle[D]) -> D | None:
        """The stored document as it is now (`now` settles it; None: gone), if there is one."""
        doc = self.stored(tx, resource_id)
        return None if doc is None else now(doc)

    def described(
        self, tx: Transaction, ids: Iterable[str] | None, now: Settle[D] | None = None
    ) -> list[D]:
        """What a Describe request lists: the documents it names (Malformed / NotFound),
        else all of them; each as it is now, for a kind whose documents `now` settles."""
        if now is None:
            return self.select(tx, ids) if ids else self.every(tx)
        if ids:
            return self.select(tx, ids, lambda i: self.as_now(tx, i, now))
        return [doc for doc in map(now, self.every(tx)) if doc is not None]


def _ids(malformed: errors.Code, not_found: errors.Code, noun: str) -> IdErrors:
    return IdErrors(malformed, not_found, noun)


INSTANCE: Kind[InstanceDoc] = Kind(
    "instance",
    "i",
    "InstanceId",
    _ids(errors.InvalidInstanceIDMalformed, errors.InvalidInstanceIDNotFound, "instance"),
)
VPC: Kind[VpcDoc] = Kind(
    "vpc", "vpc", "VpcId", _ids(errors.InvalidVpcIDMalformed, errors.InvalidVpcIDNotFound, "vpc")
)
SUBNET: Kind[SubnetDoc] = Kind(
    "subnet",
    "subnet",
    "SubnetId",
    _ids(errors.InvalidSubnetIDMalformed, errors.InvalidSubnetIDNotFound, "subnet"),
)
DHCP_OPTIONS: Kind[DhcpOptionsDoc] = Kind(
    "dhcp-options",
    "dopt",
    "DhcpOptionsId",
    IdErrors(
        errors.InvalidDhcpOptionsIdMalformed,
        errors.InvalidDhcpOptionIDNotFound,
        "DHCP options",
        # reconstructed: the wording, after EC2's "The vpc ID '…' does not exist" family
        template="The dhcpOption ID '{}' does not exist",
    ),
)
SECURITY_GROUP: Kind[SecurityGroupDoc] = Kind(
    "security-group",
    "sg",
    "GroupId",
    IdErrors(
        errors.InvalidGroupIdMalformed,
        errors.InvalidGroupNotFound,
        "security group",
        template="The security group '{}' does not exist",
        template_many="The security groups '{}' do not exist",
    ),
)
SECURITY_GROUP_RULE: Kind[SecurityGroupRuleDoc] = Kind(
    "security-group-rule",
    "sgr",
    "SecurityGroupRuleId",
    IdErrors(
        errors.InvalidSecurityGroupRuleIdMalformed,
        errors.InvalidSecurityGroupRuleIdNotFound,
        "security group rule",
        template="The security group rule ID '{}' does not exist",
    ),
)
KEY_PAIR: Kind[KeyPairDoc] = Kind(  # stored by name: EC2 names key pairs in most requests
    "key-pair",
    "key",
    "KeyPairId",
    _ids(errors.InvalidKeyPairMalformed, errors.InvalidKeyPairNotFound, "key pair"),
    key_field="KeyName",
)
IMAGE: Kind[ImageDoc] = Kind(
    "image",
    "ami",
    "ImageId",
    IdErrors(
        errors.InvalidAMIIDMalformed,
        errors.InvalidAMIIDNotFound,
        "image",
        template="The image id '[{}]' does not exist",
        template_many="The image ids '[{}]' do not exist",
    ),
    other_prefixes=("aki", "ari"),  # kernel and RAM disk images
)
VOLUME: Kind[VolumeDoc] = Kind(
    "volume",
    "vol",
    "VolumeId",
    IdErrors(
        errors.InvalidVolumeIDMalformed,
        errors.InvalidVolumeNotFound,
        "volume",
        template="The volume '{}' does not exist.",
    ),
)
SNAPSHOT: Kind[SnapshotDoc] = Kind(
    "snapshot",
    "snap",
    "SnapshotId",
    IdErrors(
        errors.InvalidSnapshotIDMalformed,
        errors.InvalidSnapshotNotFound,
        "snapshot",
        template="The snapshot '{}' does not exist.",
    ),
)
NETWORK_INTERFACE: Kind[NetworkInterfaceDoc] = Kind(
    "network-interface",
    "eni",
    "NetworkInterfaceId",
    _ids(
        errors.InvalidNetworkInterfaceIDMalformed,
        errors.InvalidNetworkInterfaceIDNotFound,
        "networkInterface",
    ),
)
ELASTIC_IP: Kind[AddressDoc] = Kind(
    "elastic-ip",
    "eipalloc",
    "AllocationId",
    _ids(errors.InvalidAllocationIDMalformed, errors.InvalidAllocationIDNotFound, "allocation"),
)
NAT_GATEWAY: Kind[NatGatewayDoc] = Kind(
    "natgateway",
    "nat",
    "NatGatewayId",
    # EC2's error list spells this pair without "Invalid…ID." (NatGatewayMalformed,
    # NatGatewayNotFound). reconstructed: the NotFound wording.
    IdErrors(
        errors.NatGatewayMalformed,
        errors.NatGatewayNotFound,
        "NAT gateway",
        template="The Nat Gateway {} was not found",
    ),
)
NETWORK_ACL: Kind[NetworkAclDoc] = Kind(
    "network-acl",
    "acl",
    "NetworkAclId",
    IdErrors(
        errors.InvalidNetworkAclIdMalformed,  # spelt so in EC2's error list
        errors.InvalidNetworkAclIDNotFound,
        "network ACL",
        template="The network ACL '{}' does not exist",
    ),
)
INTERNET_GATEWAY: Kind[InternetGatewayDoc] = Kind(
    "internet-gateway",
    "igw",
    "InternetGatewayId",
    _ids(
        errors.InvalidInternetGatewayIdMalformed,
        errors.InvalidInternetGatewayIDNotFound,
        "internetGateway",
    ),
)
EGRESS_ONLY_INTERNET_GATEWAY: Kind[EgressOnlyInternetGatewayDoc] = Kind(
    "egress-only-internet-gateway",
    "eigw",
    "EgressOnlyInternetGatewayId",
    _ids(  # reconstructed: the NotFound wording, as EC2 words its other gateways'
        errors.InvalidEgressOnlyInternetGatewayIdMalformed,
        errors.InvalidEgressOnlyInternetGatewayIdNotFound,
        "egressOnlyInternetGateway",
    ),
)
ROUTE_TABLE: Kind[RouteTableDoc] = Kind(
    "route-table",
    "rtb",
    "RouteTableId",
    _ids(errors.InvalidRouteTableIdMalformed, errors.InvalidRouteTableIDNotFound, "routeTable"),
)
VPC_PEERING_CONNECTION: Kind[VpcPeeringConnectionDoc] = Kind(
    "vpc-peering-connection",
    "pcx",
    "VpcPeeringConnectionId",
    _ids(  # reconstructed: the NotFound wording, as EC2 words the VPC's
        errors.InvalidVpcPeeringConnectionIdMalformed,
        errors.InvalidVpcPeeringConnectionIDNotFound,
        "vpcPeeringConnection",
    ),
)
CUSTOMER_GATEWAY: Kind[CustomerGatewayDoc] = Kind(
    "customer-gateway",
    "cgw",
    "CustomerGatewayId",
    _ids(  # reconstructed: the NotFound wording, as EC2 words the VPC's
        errors.InvalidCustomerGatewayIdMalformed,
        errors.InvalidCustomerGatewayIDNotFound,
        "customerGateway",
    ),
)
VPN_GATEWAY: Kind[VpnGatewayDoc] = Kind(
    "vpn-gateway",
    "vgw",
    "VpnGatewayId",
    IdErrors(
        errors.InvalidVpnGatewayIdMalformed,
        errors.InvalidVpnGatewayIDNotFound,
        "virtual private gateway",
        template="The virtual private gateway ID '{}' does not exist",
    ),
)
VPN_CONNECTION: Kind[VpnConnectionDoc] = Kind(
    "vpn-connection",
    "vpn",
    "VpnConnectionId",
    _ids(
        errors.InvalidVpnConnectionIdMalformed,
        errors.InvalidVpnConnectionIDNotFound,
        "vpnConnection",
    ),
)
VPC_ENDPOINT: Kind[VpcEndpointDoc] = Kind(
    "vpc-endpoint",
    "vpce",
    "VpcEndpointId",
    IdErrors(  # reconstructed: the NotFound wording
        errors.InvalidVpcEndpointIdMalformed,
        errors.InvalidVpcEndpointIdNotFound,
        "VPC endpoint",
        template="The Vpc Endpoint Id '{}' does not exist",
    ),
)
PLACEMENT_GROUP: Kind[PlacementGroupDoc] = Kind(
    "placement-group",
    "pg",
    "GroupId",
    IdErrors(  # reconstructed: an unknown id worded as EC2 words an unknown name
        errors.InvalidPlacementGroupIdMalformed,
        errors.InvalidPlacementGroupUnknown,
        "placement group",
        template="The Placement Group '{}' is unknown",
    ),
)
DEDICATED_HOST: Kind[HostDoc] = Kind(
    "dedicated-host",
    "h",
    "HostId",
    _ids(errors.InvalidHostIdMalformed, errors.InvalidHostIDNotFound, "host"),
)
# Reserved Instances, their Marketplace listings and modifications: EC2 ids that are UUIDs
# (a modification's prefixed `rimod-`), looked up by `ec2.reserved`, not by `Kind.get`.
RESERVED_INSTANCES: Kind[ReservedInstancesDoc] = Kind(
    "reserved-instances",
    "",
    "ReservedInstancesId",
    # EC2's error list has one code for an unknown or malformed id. reconstructed: the wording
    IdErrors(
        errors.InvalidReservedInstancesId, errors.InvalidReservedInstancesId, "Reserved Instances"
    ),
)
RESERVED_INSTANCES_LISTING: Kind[ReservedInstancesListingDoc] = Kind(
    "reserved-instances-listing", "", "ReservedInstancesListingId"
)
RESERVED_INSTANCES_MODIFICATION: Kind[ReservedInstancesModificationDoc] = Kind(
    "reserved-instances-modification", "rimod", "ReservedInstancesModificationId"
)
LAUNCH_TEMPLATE: Kind[LaunchTemplateDoc] = Kind(
    "launch-template",
    "lt",
    "LaunchTemplateId",
    IdErrors(  # reconstructed: the NotFound wording
        errors.InvalidLaunchTemplateIdMalformed,
        errors.InvalidLaunchTemplateIdNotFound,
        "launch template",
        template="The specified launch template, with template ID {}, does not exist.",
    ),
)
SPOT_INSTANCE_REQUEST: Kind[SpotInstanceRequestDoc] = Kind(
    "spot-instances-request",
    "sir",
    "SpotInstanceRequestId",
    IdErrors(  # reconstructed: the NotFound wording
        errors.InvalidSpotInstanceRequestIDMalformed,
        errors.InvalidSpotInstanceRequestIDNotFound,
        "Spot Instance request",
        template="The spot instance request ID '{}' does not exist",
    ),
)
# The account's Spot data feed: one, keyed by the account
SPOT_DATAFEED_SUBSCRIPTION: Kind[SpotDatafeedSubscriptionDoc] = Kind(
    "spot-datafeed-subscription", "", "OwnerId"
)
# Kinds of localec2's own bookkeeping, with no EC2 ids.
FOREIGN_IMAGE_TAGS: Kind[ForeignImageTagsDoc] = Kind(
    "image-tags", "", "ImageId"
)  # tags on others' images
CLIENT_TOKEN: Kind[ClientTokenDoc] = Kind(
    "client-token", "", "ClientToken"
)  # RunInstances idempotency
CREDIT_DEFAULT: Kind[CreditDefaultDoc] = Kind(
    "credit-default", "", "InstanceFamily"
)  # ModifyDefaultCreditSpecification's defaults, by family

# An Elastic IP's association: an EC2 id, checked and reported as a kind's, kept in the
# address's document rather than in one of its own.
ADDRESS_ASSOCIATION: Kind[Doc] = Kind(
    "elastic-ip-association",
    "eipassoc",
    "AssociationId",
    _ids(errors.InvalidAssociationIDMalformed, errors.InvalidAssociationIDNotFound, "association"),
)
# A network ACL's association with a subnet: an EC2 id kept in the ACL's document.
NETWORK_ACL_ASSOCIATION: Kind[Doc] = Kind(
    "network-acl-association",
    "aclassoc",
    "NetworkAclAssociationId",
    _ids(errors.InvalidAssociationIDMalformed, errors.InvalidAssociationIDNotFound, "association"),
)
# A route table's association (with a subnet or a gateway, or its main association): an EC2
# id, checked and reported as a kind's, kept in the route table's document.
ROUTE_TABLE_ASSOCIATION: Kind[Doc] = Kind(
    "route-table-association",
    "rtbassoc",
    "RouteTableAssociationId",
    _ids(errors.InvalidAssociationIDMalformed, errors.InvalidAssociationIDNotFound, "association"),
)
