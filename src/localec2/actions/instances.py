"""RunInstances: validate the launch, allocate addresses, store the instances."""

from __future__ import annotations

import json
from dataclasses import dataclass

from .. import errors
from ..ec2 import catalogs
from ..ec2.context import Context
from ..ec2.images import find_image
from ..ec2.instance_network import (
    new_public_address,
    primary_interface,
    private_dns_name,
    with_public_address,
)
from ..ec2.instance_parts import launch_volume, record_instance_parts
from ..ec2.instance_states import state, timestamp
from ..ec2.instances import check_instance_type, find_instance, reservation
from ..ec2.kinds import (
    CLIENT_TOKEN,
    INSTANCE,
    NETWORK_INTERFACE,
    PRIVATE,
    VOLUME,
    private,
    with_private,
)
from ..ec2.networking import allocate_addresses, claim_address, default_subnet, get_subnet
from ..ec2.security_groups import find_by_name, get_group, name_not_found
from ..ec2.tagging import creation_tags, tags_for
from ..errors import invalid_parameter_combination, invalid_parameter_value
from ..state.ids import new_id
from ..state.store import Transaction
from .registry import action

DEFAULT_INSTANCE_TYPE = "m1.small"
MAX_PER_REQUEST = 1000
# the other resource types RunInstances tags (spot requests' and elastic GPUs' tags are
# accepted, not kept: localec2 launches neither)
_ALSO_TAGGED_AT_LAUNCH = (
    VOLUME.name,
    NETWORK_INTERFACE.name,
    "spot-instances-request",
    "elastic-gpu",
)


def _request_digest(params: dict) -> str:
    significant = {k: v for k, v in params.items() if k not in ("ClientToken", "DryRun")}
    return json.dumps(significant, sort_keys=True, default=str)


def _check_counts(params: dict) -> tuple[int, int]:
    low, high = params.get("MinCount"), params.get("MaxCount")
    if low is None:
        raise errors.missing_parameter("MinCount")
    if high is None:
        raise errors.missing_parameter("MaxCount")
    if low < 1:
        raise invalid_parameter_value(
            f"Value ({low}) for parameter minCount is invalid. Expected a positive integer."
        )
    if high < 1:
        raise invalid_parameter_value(
            f"Value ({high}) for parameter maxCount is invalid. Expected a positive integer."
        )
    if low > high:
        raise invalid_parameter_value(
            f"Invalid value '{low}' for MinCount. Must be less than or equal to MaxCount"
        )
    return low, high


def _network_request(params: dict) -> dict:
    """Subnet, groups, address and public-address choice: top level or the primary interface."""
    interfaces = params.get("NetworkInterfaces") or []
    if not interfaces:
        return {
            "SubnetId": params.get("SubnetId"),
            "GroupIds": params.get("SecurityGroupIds") or [],
            "PrivateIpAddress": params.get("PrivateIpAddress"),
            "AssociatePublicIpAddress": None,
        }
    if any(n.get("DeviceIndex") is None for n in interfaces):
        raise invalid_parameter_value("Each network interface requires a device index.")
    primary = next((n for n in interfaces if n["DeviceIndex"] == 0), None)
    if primary is None:
        raise invalid_parameter_value(
            "When specifying network interfaces, you must include a device at index 0."
        )
    if params.get("SubnetId") or params.get("SecurityGroupIds"):
        raise invalid_parameter_combination(
            "Network interfaces and an instance-level security groups may not be specified on "
            "the same request"
        )
    return {
        "SubnetId": primary.get("SubnetId"),
        "GroupIds": primary.get("Groups") or [],
        "PrivateIpAddress": primary.get("PrivateIpAddress"),
        "AssociatePublicIpAddress": primary.get("AssociatePublicIpAddress"),
    }


def _launch_subnet(ctx: Context, subnet_id: str | None, zone: str | None) -> dict:
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
    subnet = default_subnet(ctx.tx, zone)
    if subnet is None:
        raise errors.VPCIdNotSpecified("No default VPC for this user")
    return subnet


def _launch_groups(
    tx: Transaction, vpc: dict, group_ids: list[str], names: list[str], explicit_subnet: bool
) -> list[dict]:
    vpc_id = vpc["VpcId"]
    if names and explicit_subnet and not vpc.get("IsDefault"):
        raise invalid_parameter_combination(
            "The parameter groupName cannot be used with the parameter subnet"
        )
    groups = []
    for group_id in dict.fromkeys(group_ids):
        group = get_group(tx, group_id)
        if group.get("VpcId") != vpc_id:
            raise errors.InvalidParameter(
                f"Security group {group_id} and subnet belong to different networks.",
            )
        groups.append(group)
    for name in dict.fromkeys(names):
        group = find_by_name(tx, name, vpc_id)
        if group is None:
            raise name_not_found(name, vpc_id)
        groups.append(group)
    if not groups:
        default = find_by_name(tx, "default", vpc_id)
        if default is not None:
            groups.append(default)
    return [{"GroupName": g["GroupName"], "GroupId": g["GroupId"]} for g in groups]


def _key_name(tx: Transaction, key_name: str | None) -> str | None:
    if key_name is not None and tx.get("key-pair", key_name) is None:
        raise errors.InvalidKeyPairNotFound(f"The key pair '{key_name}' does not exist")
    return key_name


def _block_devices(
    image: dict, requested: list[dict], launched: str
) -> tuple[list[dict], dict[str, dict]]:
    """The instance's EBS mappings, and what each volume is (see `launch_volume`)."""
    sizes = {m["DeviceName"]: m for m in requested or () if m.get("DeviceName")}
    mappings = []
    volumes = {}
    devices = list(image.get("BlockDeviceMappings") or ())
    devices += [
        m
        for m in requested or ()
        if "Ebs" in m and m.get("DeviceName") not in {d["DeviceName"] for d in devices}
    ]
    for device in devices:
        if "Ebs" not in device:
            continue
        override = (sizes.get(device["DeviceName"]) or {}).get("Ebs") or {}
        ebs = {**device["Ebs"], **override}
        volume_id = new_id("vol")
        volumes[volume_id] = launch_volume(ebs)
        mappings.append(
            {
                "DeviceName": device["DeviceName"],
                "Ebs": {
                    "AttachTime": launched,
                    "DeleteOnTermination": ebs.get("DeleteOnTermination", True),
                    "Status": "attached",
                    "VolumeId": volume_id,
                },
            }
        )
    return mappings, volumes


def _replay(ctx: Context, token_doc: dict, params: dict) -> dict:
    if private(token_doc)["digest"] != _request_digest(params):
        raise errors.IdempotentParameterMismatch(
            "Arguments on this idempotent request are inconsistent with arguments used in "
            "previous request(s).",
        )
    instances = [find_instance(ctx, i) for i in token_doc["InstanceIds"]]
    return reservation(ctx, token_doc["ReservationId"], [i for i in instances if i])


@dataclass(frozen=True)
class Launch:
    """What a validated RunInstances request launches, shared by all its instances."""

    image: dict
    instance_type: dict
    key_name: str | None
    subnet: dict
    groups: list[dict]
    public: bool
    tags: list[dict]
    volume_tags: list[dict]
    interface_tags: list[dict]
    shutdown_behavior: str
    private_ip: str | None


def _validated_launch(ctx: Context, params: dict) -> Launch:
    if not params.get("ImageId"):
        raise errors.missing_parameter("ImageId")
    image = find_image(ctx.tx, params["ImageId"])
    type_info = check_instance_type(
        params.get("InstanceType") or DEFAULT_INSTANCE_TYPE, image["Architecture"]
    )
    key_name = _key_name(ctx.tx, params.get("KeyName"))
    network = _network_request(params)
    placement = params.get("Placement") or {}
    subnet = _launch_subnet(ctx, network["SubnetId"], placement.get("AvailabilityZone"))
    vpc = ctx.tx.get("vpc", subnet["VpcId"]) or {"VpcId": subnet["VpcId"]}
    groups = _launch_groups(
        ctx.tx,
        vpc,
        network["GroupIds"],
        params.get("SecurityGroups") or [],
        bool(network["SubnetId"]),
    )
    behavior = params.get("InstanceInitiatedShutdownBehavior") or "stop"
    if behavior not in ("stop", "terminate"):
        raise invalid_parameter_value(
            f"Value ({behavior}) for parameter instanceInitiatedShutdownBehavior is invalid."
        )
    public = network["AssociatePublicIpAddress"]
    return Launch(
        image=image,
        instance_type=type_info,
        key_name=key_name,
        subnet=subnet,
        groups=groups,
        public=subnet["MapPublicIpOnLaunch"] if public is None else public,
        tags=creation_tags(params, INSTANCE.name, *_ALSO_TAGGED_AT_LAUNCH),
        volume_tags=tags_for(params.get("TagSpecifications"), VOLUME.name),
        interface_tags=tags_for(params.get("TagSpecifications"), NETWORK_INTERFACE.name),
        shutdown_behavior=behavior,
        private_ip=network["PrivateIpAddress"],
    )


def _private_addresses(ctx: Context, launch: Launch, low: int, high: int) -> list[str]:
    """One private address per instance launched: as many as allowed, at least `low`."""
    subnet = launch.subnet
    count = min(high, MAX_PER_REQUEST, subnet["AvailableIpAddressCount"])
    if count < low:
        if low > MAX_PER_REQUEST:
            raise errors.InstanceLimitExceeded(
                f"Your quota allows for {MAX_PER_REQUEST} more running instance(s). "
                f"You requested at least {low}",
            )
        raise errors.InsufficientFreeAddressesInSubnet(
            f"There are not enough free addresses in subnet '{subnet['SubnetId']}' to satisfy "
            "the requested number of instances.",
        )
    wanted = launch.private_ip
    if not wanted:
        return allocate_addresses(ctx, subnet, count)
    if count > 1:
        raise invalid_parameter_combination(
            "Cannot specify a private IP address when launching more than one instance"
        )
    claim_address(ctx, subnet, wanted)
    return [wanted]


_METADATA_OPTIONS = {
    "State": "applied",
    "HttpTokens": "required",
    "HttpPutResponseHopLimit": 2,
    "HttpEndpoint": "enabled",
    "HttpProtocolIpv6": "disabled",
    "InstanceMetadataTags": "disabled",
}
_DNS_NAME_OPTIONS = {
    "HostnameType": "ip-name",
    "EnableResourceNameDnsARecord": False,
    "EnableResourceNameDnsAAAARecord": False,
}


def _shared_parts(ctx: Context, launch: Launch, params: dict) -> dict:
    """The parts every instance of one launch has alike, built once and shared (never mutated,
    as no stored document is), so ten thousand instances do not hold ten thousand copies."""
    placement = params.get("Placement") or {}
    vcpu = launch.instance_type["VCpuInfo"]
    return {
        "LaunchTime": timestamp(ctx.now),
        "ProductCodes": [],
        "Placement": {
            "AvailabilityZone": launch.subnet["AvailabilityZone"],
            "GroupName": placement.get("GroupName") or "",
            "Tenancy": placement.get("Tenancy") or "default",
        },
        "Monitoring": {
            "State": "enabled" if (params.get("Monitoring") or {}).get("Enabled") else "disabled"
        },
        "CpuOptions": {
            "CoreCount": vcpu["DefaultCores"],
            "ThreadsPerCore": vcpu["DefaultThreadsPerCore"],
        },
        "CapacityReservationSpecification": {"CapacityReservationPreference": "open"},
        "HibernationOptions": {"Configured": False},
        "EnclaveOptions": {"Enabled": False},
        "MaintenanceOptions": {"AutoRecovery": "default"},
    }


def _instance_document(
    ctx: Context,
    launch: Launch,
    params: dict,
    shared: dict,
    index: int,
    address: str,
    reservation_id: str,
) -> dict:
    """A running instance's document: boto3's `Instance` shape plus its private part."""
    image, subnet = launch.image, launch.subnet
    launched = shared["LaunchTime"]
    private_dns = private_dns_name(ctx.region, address)
    mappings, volumes = _block_devices(image, params.get("BlockDeviceMappings") or [], launched)
    doc = {
        "InstanceId": new_id("i"),
        "ImageId": image["ImageId"],
        "State": state("running"),
        "PrivateDnsName": private_dns,
        "PublicDnsName": "",
        "StateTransitionReason": "",
        "AmiLaunchIndex": index,
        "ProductCodes": shared["ProductCodes"],
        "InstanceType": launch.instance_type["InstanceType"],
        "LaunchTime": launched,
        "Placement": shared["Placement"],
        "Monitoring": shared["Monitoring"],
        "SubnetId": subnet["SubnetId"],
        "VpcId": subnet["VpcId"],
        "PrivateIpAddress": address,
        "Architecture": image["Architecture"],
        "BlockDeviceMappings": mappings,
        "ClientToken": params.get("ClientToken") or "",
        "EbsOptimized": bool(params.get("EbsOptimized")),
        "EnaSupport": True,
        "Hypervisor": "xen",
        "NetworkInterfaces": [
            primary_interface(ctx, subnet, address, private_dns, launch.groups, launched)
        ],
        "RootDeviceName": image["RootDeviceName"],
        "RootDeviceType": image["RootDeviceType"],
        "SecurityGroups": launch.groups,
        "SourceDestCheck": True,
        "Tags": launch.tags,
        "VirtualizationType": image["VirtualizationType"],
        "CpuOptions": shared["CpuOptions"],
        "CapacityReservationSpecification": shared["CapacityReservationSpecification"],
        "HibernationOptions": shared["HibernationOptions"],
        "MetadataOptions": _METADATA_OPTIONS,
        "EnclaveOptions": shared["EnclaveOptions"],
        "PlatformDetails": image["PlatformDetails"],
        "UsageOperation": image["UsageOperation"],
        "UsageOperationUpdateTime": launched,
        "PrivateDnsNameOptions": _DNS_NAME_OPTIONS,
        "MaintenanceOptions": shared["MaintenanceOptions"],
        "CurrentInstanceBootMode": "uefi" if image["Architecture"] == "arm64" else "legacy-bios",
        PRIVATE: {
            "reservation": reservation_id,
            "user_data": params.get("UserData"),
            "disable_api_termination": bool(params.get("DisableApiTermination")),
            "disable_api_stop": bool(params.get("DisableApiStop")),
            "shutdown_behavior": launch.shutdown_behavior,
            "kernel": params.get("KernelId"),
            "ramdisk": params.get("RamdiskId"),
            "volumes": volumes,
        },
    }
    for optional in ("Platform", "BootMode"):
        if optional in image:
            doc[optional] = image[optional]
    if launch.key_name is not None:
        doc["KeyName"] = launch.key_name
    if launch.public:
        doc = with_public_address(ctx.region, doc, new_public_address())
    return doc


@action("RunInstances")
def run_instances(ctx: Context, params: dict) -> dict:
    low, high = _check_counts(params)
    token = params.get("ClientToken")
    if token:
        token_doc = CLIENT_TOKEN.stored(ctx.tx, token)
        if token_doc is not None:
            return _replay(ctx, token_doc, params)
    launch = _validated_launch(ctx, params)
    addresses = _private_addresses(ctx, launch, low, high)
    reservation_id = new_id("r")
    shared = _shared_parts(ctx, launch, params)
    stored, answered = [], []
    for index, address in enumerate(addresses):
        doc = _instance_document(ctx, launch, params, shared, index, address, reservation_id)
        pending = dict(
            doc, State=state("pending"), StateReason={"Code": "pending", "Message": "pending"}
        )
        if ctx.config.boot_seconds > 0:  # else it is running by the next request
            doc = with_private(pending, next=["running", ctx.now + ctx.config.boot_seconds])
        INSTANCE.put(ctx.tx, doc)
        record_instance_parts(ctx.tx, doc, launch.volume_tags, launch.interface_tags)
        stored.append(doc)
        answered.append(pending)
    if token:
        CLIENT_TOKEN.put(
            ctx.tx,
            {
                "ClientToken": token,
                "ReservationId": reservation_id,
                "InstanceIds": [i["InstanceId"] for i in stored],
                PRIVATE: {"digest": _request_digest(params)},
            },
        )
    return reservation(ctx, reservation_id, answered)
