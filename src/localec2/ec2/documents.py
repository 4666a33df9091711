"""The shape of each stored document: the resource's wire shape (generated from EC2's model,
`protocol.shapes`) plus, under `_` (`kinds.PRIVATE`), what localec2 keeps of it that EC2
never shows.

A document is what `DescribeX` answers for the resource, so most actions return documents
as they are; the serializer skips `_`.
"""

from __future__ import annotations

from typing import Any, TypedDict

from ..protocol import shapes


class LaunchVolume(TypedDict, total=False):
    """A volume made at launch, as its block device mapping made it (`Volume` members)."""

    Size: int
    VolumeType: str
    Iops: int
    Throughput: int
    Encrypted: bool
    SnapshotId: str


class InstancePrivate(TypedDict, total=False):
    reservation: str  # the ReservationId of the launch
    user_data: str | None  # base64, as DescribeInstanceAttribute answers it
    disable_api_termination: bool
    disable_api_stop: bool
    shutdown_behavior: str  # "stop" | "terminate"
    kernel: str | None
    ramdisk: str | None
    volumes: dict[str, LaunchVolume]  # by VolumeId: the volumes made at launch
    next: list[Any]  # [state it is heading for, epoch it gets there] (`instances.states`)
    gone_at: float  # epoch when a terminated instance stops being visible
    elastic_ip: str  # AllocationId of its Elastic IP (`instances.network`)
    public_before_eip: bool  # whether it had an assigned public address before that
    cpu_credits: str  # "standard" | "unlimited": its credit option, once it had one (`credits`)
    metadata_at: float  # epoch when its modified MetadataOptions are applied (`metadata_options`)
    password_data: str  # its encrypted Windows password, once generated (`password`)


class InstanceDoc(shapes.Instance, total=False):
    _: InstancePrivate


class SubnetPrivate(TypedDict, total=False):
    next_host: int  # the offset of the last private address handed out
    claimed: bool  # an address was taken by `PrivateIpAddress`: skip addresses in use


class SubnetDoc(shapes.Subnet, total=False):
    _: SubnetPrivate


class VpcPrivate(TypedDict, total=False):
    # DescribeVpcAttribute's values where ModifyVpcAttribute changed them (absent: EC2's
    # defaults, `networking.vpc_attributes`)
    enable_dns_support: bool
    enable_dns_hostnames: bool
    enable_network_address_usage_metrics: bool


class VpcDoc(shapes.Vpc, total=False):
    _: VpcPrivate


class DhcpOptionsDoc(shapes.DhcpOptions, total=False):
    pass


class SecurityGroupPrivate(TypedDict, total=False):
    rule_ids: list[str]  # its rules (`security-group-rule` documents), oldest first


class SecurityGroupDoc(shapes.SecurityGroup, total=False):
    _: SecurityGroupPrivate


class SecurityGroupRuleDoc(shapes.SecurityGroupRule, total=False):
    pass


class CreditDefaultDoc(shapes.InstanceFamilyCreditSpecification, total=False):
    """An account's default credit option of a burstable family in a region, where
    ModifyDefaultCreditSpecification changed it (absent: EC2's default, `credits`)."""


class KeyPairDoc(shapes.KeyPairInfo, total=False):
    pass


class LaunchPermission(TypedDict):
    UserId: str


class ImagePrivate(TypedDict, total=False):
    launch_permissions: list[LaunchPermission]  # accounts it is shared with
    client_token: str  # CopyImage's ClientToken, and a digest of its parameters
    request_digest: str
    uefi_data: str


class ImageDoc(shapes.Image, total=False):
    _: ImagePrivate


class PartPrivate(TypedDict, total=False):
    owner: str  # the instance (or, for a snapshot, the image) it was made as a part of


class VolumeModificationRecord(TypedDict):
    """A volume's latest ModifyVolume (`storage.modifications`): the modification as it
    started, and the epochs when it reaches `optimizing` and `completed`."""

    started: shapes.VolumeModification
    optimizing_at: float
    completed_at: float


class VolumePrivate(PartPrivate, total=False):
    io_suspended_at: float  # epoch when EBS suspended its I/O (`storage.volume_status`)
    auto_enable_io: bool  # DescribeVolumeAttribute's autoEnableIO (absent: false)
    modification: VolumeModificationRecord
    client_token: str  # CreateVolume's ClientToken, and a digest of its parameters
    request_digest: str


class VolumeDoc(shapes.Volume, total=False):
    """A volume of its own, or an instance's launch volume: its id, tags, the changes
    ModifyVolume made and its owner; the rest is read from the instance."""

    _: VolumePrivate


class TierRecord(TypedDict, total=False):
    """A snapshot's last tiering operation (`storage.snapshot_tiers`): what it is, when it
    started and ends (epochs), and, for a temporary restore, when the restore expires."""

    operation: str  # "archival" | "temporary-restore" | "permanent-restore"
    started_at: float
    done_at: float
    archived_at: float  # when it last reached the archive tier
    expires_at: float


class SnapshotPrivate(PartPrivate, total=False):
    public: bool  # createVolumePermission for the group `all` (`storage.snapshot_sharing`)
    shared_with: list[str]  # the accounts given createVolumePermission
    tier: TierRecord


class SnapshotDoc(shapes.Snapshot, total=False):
    _: SnapshotPrivate


class NetworkInterfaceDoc(shapes.NetworkInterface, total=False):
    """A network interface of its own, in EC2's shape (its tags under `Tags`, as every kind
    keeps them: `networking.interfaces.wire` answers them as `TagSet`); or an instance's
    interface, for its tags (id, `Tags`, owner): the rest is in the instance."""

    Tags: list[shapes.Tag]
    _: PartPrivate


class AddressPrivate(TypedDict, total=False):
    ptr_record: str  # its reverse DNS record (ModifyAddressAttribute), with the final dot


class AddressDoc(shapes.Address, total=False):
    _: AddressPrivate


class NatGatewayPrivate(TypedDict, total=False):
    next: list[Any]  # [state it is heading for, epoch it gets there] (`nat_gateways`)
    gone_at: float  # epoch when a deleted gateway stops being visible


class NatGatewayDoc(shapes.NatGateway, total=False):
    _: NatGatewayPrivate


class InternetGatewayDoc(shapes.InternetGateway, total=False):
    pass


class CreatedPrivate(TypedDict, total=False):
    client_token: str  # the create request's ClientToken: a retry answers the same resource


class EgressOnlyInternetGatewayDoc(shapes.EgressOnlyInternetGateway, total=False):
    _: CreatedPrivate


class RouteTableDoc(shapes.RouteTable, total=False):
    """A route table; its routes are stored without `State`, which is computed when read
    (`blackhole` once a route's target is gone)."""

    _: CreatedPrivate


class NetworkAclDoc(shapes.NetworkAcl, total=False):
    """A network ACL; `Associations` holds the associations ReplaceNetworkAclAssociation made
    (the default ACL's others are computed: `networking.network_acls`)."""

    _: CreatedPrivate


class PeeringPrivate(TypedDict, total=False):
    expires: float  # epoch when an unaccepted request expires
    ended: float  # epoch when it failed, expired, was rejected or deleted


class VpcPeeringConnectionDoc(shapes.VpcPeeringConnection, total=False):
    _: PeeringPrivate


class CustomerGatewayDoc(shapes.CustomerGateway, total=False):
    pass


class VpnGatewayDoc(shapes.VpnGateway, total=False):
    pass


class VpnConnectionDoc(shapes.VpnConnection, total=False):
    pass


class VpcEndpointDoc(shapes.VpcEndpoint, total=False):
    _: CreatedPrivate


class PlacementGroupDoc(shapes.PlacementGroup, total=False):
    pass


class HostPrivate(TypedDict, total=False):
    released: float  # epoch when it was released (it stays visible a while)


class HostDoc(shapes.Host, total=False):
    """A Dedicated Host; its `Instances` and `AvailableCapacity` are computed when read
    (`placement.host_capacity`)."""

    _: HostPrivate


class ReservedInstancesPrivate(TypedDict, total=False):
    start: float  # epochs of Start and End
    end: float
    active_at: float  # when its payment is taken: payment-pending until then
    bought_at: float  # when it was purchased (EC2's monthly quota); absent if modified into


class ReservedInstancesDoc(shapes.ReservedInstances, total=False):
    _: ReservedInstancesPrivate


class ReservedInstancesListingDoc(shapes.ReservedInstancesListing, total=False):
    pass


class ReservedInstancesModificationPrivate(TypedDict, total=False):
    done_at: float  # epoch when it is fulfilled (`reserved.modifications`)
    effective: float  # epoch of its EffectiveDate: the new reservations' start


class ReservedInstancesModificationDoc(shapes.ReservedInstancesModification, total=False):
    _: ReservedInstancesModificationPrivate


class LaunchTemplatePrivate(TypedDict, total=False):
    versions: list[shapes.LaunchTemplateVersion]  # its versions, oldest first (no DefaultVersion)
    numbered: int  # the number of the last version created (numbers are never reused)


class LaunchTemplateDoc(shapes.LaunchTemplate, total=False):
    _: LaunchTemplatePrivate


class SpotInstanceRequestPrivate(TypedDict, total=False):
    spec: shapes.RequestSpotLaunchSpecification  # what it launches, as asked for
    max_price: float
    valid_from: float | None  # epochs of ValidFrom and ValidUntil
    valid_until: float
    evaluate_at: float  # when an open request is evaluated (`spot.requests`)
    cancelled_at: float


class SpotInstanceRequestDoc(shapes.SpotInstanceRequest, total=False):
    _: SpotInstanceRequestPrivate


class SpotDatafeedSubscriptionDoc(shapes.SpotDatafeedSubscription, total=False):
    pass


class ForeignImageTagsDoc(TypedDict, total=False):
    """The account's own tags on another owner's image."""

    ImageId: str
    Tags: list[shapes.Tag]


class ClientTokenPrivate(TypedDict, total=False):
    digest: str  # the request's significant parameters, to tell a replay from a reuse


class ClientTokenDoc(TypedDict, total=False):
    """A RunInstances `ClientToken` and what it launched (idempotency)."""

    ClientToken: str
    ReservationId: str
    InstanceIds: list[str]
    _: ClientTokenPrivate
