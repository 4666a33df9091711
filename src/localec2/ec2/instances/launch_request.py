"""What a RunInstances request may ask for: its checks, in the order EC2 makes them, and the
`Launch` they settle on (image, instance type, key, subnet, groups, public address, tags).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ... import errors
from ...errors import invalid_parameter_combination, invalid_parameter_value
from ...protocol import shapes
from ...state.store import Transaction
from .. import catalogs
from ..context import Context
from ..documents import ImageDoc, SubnetDoc, VpcDoc
from ..images.lookup import find_image
from ..kinds import INSTANCE, KEY_PAIR, NETWORK_INTERFACE, VOLUME, VPC
from ..networking.interface_launch import existing_for_launch
from ..networking.vpcs import default_subnet, get_subnet
from ..security_groups.groups import find_by_name, get_group, name_not_found
from ..tags.tagging import specified_tags, tags_for
from .lookup import check_instance_type
from .parts import check_device_names

DEFAULT_INSTANCE_TYPE = "m1.small"
SHUTDOWN_BEHAVIORS = ("stop", "terminate")
# the other resource types RunInstances tags (a Spot Instance request's tags are kept by
# `spot.market`; elastic GPUs' are accepted, not kept: localec2 launches none)
_ALSO_TAGGED_AT_LAUNCH = (
    VOLUME.name,
    NETWORK_INTERFACE.name,
    "spot-instances-request",
    "elastic-gpu",
)


@dataclass(frozen=True)
class LaunchRequest:
    """What a RunInstances request asks for, as given (None: not given)."""

    min_count: int
    max_count: int
    image_id: str | None = None
    instance_type: str | None = None
    key_name: str | None = None
    subnet_id: str | None = None
    group_ids: Sequence[str] = ()
    group_names: Sequence[str] = ()
    private_ip: str | None = None
    interfaces: Sequence[shapes.InstanceNetworkInterfaceSpecification] = ()
    zone: str | None = None
    placement: shapes.Placement = field(default_factory=lambda: shapes.Placement())  # as given
    shutdown_behavior: str | None = None
    tag_specifications: Sequence[shapes.TagSpecification] = ()
    block_devices: Sequence[shapes.BlockDeviceMapping] = ()
    monitoring: bool = False
    ebs_optimized: bool = False
    user_data: str | None = None
    disable_api_termination: bool = False
    disable_api_stop: bool = False
    kernel_id: str | None = None
    ramdisk_id: str | None = None
    client_token: str | None = None
    launch_template_tags: Sequence[shapes.Tag] = ()  # aws:ec2launchtemplate:id, :version
    credit_specification: shapes.CreditSpecificationRequest | None = None
    metadata_options: shapes.InstanceMetadataOptionsRequest | None = None


@dataclass(frozen=True)
class Launch:
    """What a validated RunInstances request launches, shared by all its instances."""

    image: ImageDoc
    instance_type: shapes.InstanceTypeInfo
    key_name: str | None
    subnet: SubnetDoc
    groups: list[shapes.GroupIdentifier]
    public: bool
    tags: list[shapes.Tag]
    volume_tags: list[shapes.Tag]
    interface_tags: list[shapes.Tag]
    shutdown_behavior: str
    private_ip: str | None
    interfaces: Sequence[shapes.InstanceNetworkInterfaceSpecification] = ()
    existing_primary: bool = False  # its primary interface is one of its own, attached


@dataclass(frozen=True)
class _Network:
    """Subnet, groups, address and public-address choice of the launch."""

    subnet_id: str | None
    group_ids: Sequence[str]
    private_ip: str | None
    associate_public: bool | None  # None: as the subnet maps public addresses
    existing_primary: bool = False


def _network_request(ctx: Context, request: LaunchRequest) -> _Network:
    """The network the request asks for: at the top level, or on its primary interface (a
    new one, or one of its own named by `NetworkInterfaceId`)."""
    interfaces = request.interfaces
    if not interfaces:
        return _Network(request.subnet_id, request.group_ids, request.private_ip, None)
    if any(n.get("DeviceIndex") is None for n in interfaces):
        raise invalid_parameter_value("Each network interface requires a device index.")
    primary = next((n for n in interfaces if n["DeviceIndex"] == 0), None)
    if primary is None:
        raise invalid_parameter_value(
            "When specifying network interfaces, you must include a device at index 0."
        )
    indexes = [n["DeviceIndex"] for n in interfaces]
    if len(set(indexes)) != len(indexes):
        # reconstructed: the wording of EC2's refusal of one device index twice
        raise invalid_parameter_value("Each network interface requires a unique device index.")
    if request.subnet_id or request.group_ids:
        raise invalid_parameter_combination(
            "Network interfaces and an instance-level security groups may not be specified on "
            "the same request"
        )
    if len(interfaces) > 1 and any(n.get("AssociatePublicIpAddress") for n in interfaces):
        # EC2's documentation: a public IPv4 address can only be assigned to a single, new
        # network interface with the device index of 0. reconstructed: the wording
        raise invalid_parameter_combination(
            "The associatePublicIPAddress parameter cannot be specified when launching with "
            "multiple network interfaces."
        )
    for spec in interfaces:
        if spec["DeviceIndex"] != 0:
            existing_for_launch(ctx, spec)  # exists, available, asks nothing more
    existing = existing_for_launch(ctx, primary)
    if existing is not None:
        return _Network(
            existing["SubnetId"],
            [g["GroupId"] for g in existing.get("Groups") or ()],
            existing["PrivateIpAddress"],
            False,
            existing_primary=True,
        )
    return _Network(
        primary.get("SubnetId"),
        primary.get("Groups") or [],
        primary.get("PrivateIpAddress"),
        primary.get("AssociatePublicIpAddress"),
    )


def _launch_subnet(ctx: Context, subnet_id: str | None, zone: str | None) -> SubnetDoc:
    """The subnet named, else the default subnet (of `zone`, if named)."""
    if subnet_id:
        subnet = get_subnet(ctx.tx, subnet_id)
        if zone and subnet["AvailabilityZone"] != zone:
            raise invalid_parameter_value(
                f"The specified Availability Zone '{zone}' doesn't match the Availability "
                f"Zone of the subnet '{subnet_id}'."
            )
        return subnet
    if zone and zone not in {z["ZoneName"] for z in catalogs.zones(ctx.region)}:
        raise invalid_parameter_value(f"Invalid availability zone: [{zone}]")
    default = default_subnet(ctx.tx, zone or None)  # an empty zone is no zone (Terraform sends it)
    if default is None:
        raise errors.VPCIdNotSpecified("No default VPC for this user")
    return default


def _launch_groups(
    tx: Transaction,
    vpc: VpcDoc,
    group_ids: Sequence[str],
    names: Sequence[str],
    explicit_subnet: bool,
) -> list[shapes.GroupIdentifier]:
    """The groups named by id (of the subnet's VPC) and by name, else the VPC's default."""
    vpc_id = vpc["VpcId"]
    if names and explicit_subnet and not vpc.get("IsDefault"):
        raise invalid_parameter_combination(
            "The parameter groupName cannot be used with the parameter subnet"
        )
    groups: list[shapes.GroupIdentifier] = []
    for group_id in dict.fromkeys(group_ids):
        group = get_group(tx, group_id)
        if group.get("VpcId") != vpc_id:
            raise errors.InvalidParameter(
                f"Security group {group_id} and subnet belong to different networks.",
            )
        groups.append({"GroupName": group["GroupName"], "GroupId": group["GroupId"]})
    for name in dict.fromkeys(names):
        named = find_by_name(tx, name, vpc_id)
        if named is None:
            raise name_not_found(name, vpc_id)
        groups.append({"GroupName": named["GroupName"], "GroupId": named["GroupId"]})
    if not groups:
        default = find_by_name(tx, "default", vpc_id)
        if default is not None:
            groups.append({"GroupName": default["GroupName"], "GroupId": default["GroupId"]})
    return groups


def _key_name(tx: Transaction, key_name: str | None) -> str | None:
    if key_name is not None and KEY_PAIR.stored(tx, key_name) is None:
        raise errors.InvalidKeyPairNotFound(f"The key pair '{key_name}' does not exist")
    return key_name


def check_shutdown_behavior(behavior: str) -> str:
    if behavior not in SHUTDOWN_BEHAVIORS:
        raise invalid_parameter_value(
            f"Value ({behavior}) for parameter instanceInitiatedShutdownBehavior is invalid."
        )
    return behavior


def validated_launch(ctx: Context, request: LaunchRequest) -> Launch:
    """The launch the request asks for, or the first error EC2 answers it with."""
    if not request.image_id:
        raise errors.missing_parameter("ImageId")
    image = find_image(ctx.tx, request.image_id)
    if image.get("ImageType", "machine") != "machine":  # a kernel (aki-) or RAM disk (ari-) image
        raise errors.InvalidAMIIDMalformed(
            f'Invalid id: "{request.image_id}" (expecting "ami-...")'
        )
    check_device_names(request.block_devices)
    type_info = check_instance_type(
        request.instance_type or DEFAULT_INSTANCE_TYPE, image["Architecture"]
    )
    key_name = _key_name(ctx.tx, request.key_name)
    network = _network_request(ctx, request)
    subnet = _launch_subnet(ctx, network.subnet_id, request.zone)
    vpc: VpcDoc = VPC.stored(ctx.tx, subnet["VpcId"]) or {"VpcId": subnet["VpcId"]}
    groups = _launch_groups(
        ctx.tx, vpc, network.group_ids, request.group_names, bool(network.subnet_id)
    )
    behavior = check_shutdown_behavior(request.shutdown_behavior or "stop")
    public = network.associate_public
    specifications = request.tag_specifications
    return Launch(
        image=image,
        instance_type=type_info,
        key_name=key_name,
        subnet=subnet,
        groups=groups,
        public=subnet["MapPublicIpOnLaunch"] if public is None else public,
        tags=[
            *specified_tags(specifications, INSTANCE.name, *_ALSO_TAGGED_AT_LAUNCH),
            *request.launch_template_tags,
        ],
        volume_tags=tags_for(specifications, VOLUME.name),
        interface_tags=tags_for(specifications, NETWORK_INTERFACE.name),
        shutdown_behavior=behavior,
        private_ip=network.private_ip,
        interfaces=request.interfaces,
        existing_primary=network.existing_primary,
    )
