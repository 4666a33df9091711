"""RunInstances and DescribeInstances, and the instance lookups the other instance actions use."""

from __future__ import annotations

import json
import os

from .. import catalogs
from ..errors import EC2Error, invalid_parameter_combination, invalid_parameter_value
from ..filters import apply_filters, paginate
from ..ids import check_ids, not_found
from ..instance_state import USER_SHUTDOWN, settle, state, timestamp, user_initiated
from ..registry import Context, action
from ..security_group_store import find_by_name, get_group, name_not_found
from ..store import Transaction, new_id
from ..tagspec import tags_for
from .images import find_image
from .vpcs import allocate_addresses, claim_address, default_subnet, get_subnet

INSTANCE = "instance"
CLIENT_TOKEN = "client-token"
DEFAULT_INSTANCE_TYPE = "m1.small"
MAX_PER_REQUEST = 1000
_PUBLIC_FIRST_OCTETS = (3, 18, 34, 44, 52, 54)


# --- lookups ------------------------------------------------------------------------------


def current(ctx: Context, doc: dict) -> dict | None:
    """The instance as it is now; a finished transition is written back once."""
    if doc.get("_next") is None and doc.get("_gone_at") is None:
        return doc
    settled = settle(doc, ctx.now)
    if settled is None:
        ctx.tx.delete(INSTANCE, doc["InstanceId"])
    elif settled is not doc:
        ctx.tx.put(INSTANCE, doc["InstanceId"], settled)
    return settled


def all_instances(ctx: Context) -> list[dict]:
    """Every visible instance of the partition, oldest first, as it is now."""
    out = []
    for doc in ctx.tx.all(INSTANCE):
        doc = current(ctx, doc)
        if doc is not None:
            out.append(doc)
    return out


def select_instances(ctx: Context, ids: list[str]) -> list[dict]:
    """The instances with these ids (Malformed/NotFound as EC2 answers), as they are now."""
    check_ids(ids, "i", "InvalidInstanceID")
    unique = list(dict.fromkeys(ids))
    docs = [ctx.tx.get(INSTANCE, i) for i in unique]
    docs = [current(ctx, d) if d is not None else None for d in docs]
    missing = [i for i, doc in zip(unique, docs, strict=True) if doc is None]
    if missing:
        raise not_found("InvalidInstanceID", "instance", missing)
    return docs


def get_instance(ctx: Context, instance_id: str) -> dict:
    if not instance_id:
        raise EC2Error("MissingParameter", "The request must contain the parameter InstanceId")
    return select_instances(ctx, [instance_id])[0]


def incorrect_state(instance_id: str, doing: str) -> EC2Error:
    return EC2Error(
        "IncorrectInstanceState",
        f"The instance '{instance_id}' is not in a state from which it can be {doing}.",
    )


# --- addresses and names ------------------------------------------------------------------


def private_dns_name(region: str, address: str) -> str:
    host = "ip-" + address.replace(".", "-")
    return f"{host}.ec2.internal" if region == "us-east-1" else f"{host}.{region}.compute.internal"


def public_dns_name(region: str, address: str) -> str:
    host = "ec2-" + address.replace(".", "-")
    if region == "us-east-1":
        return f"{host}.compute-1.amazonaws.com"
    return f"{host}.{region}.compute.amazonaws.com"


def new_public_address() -> str:
    raw = os.urandom(4)
    first = _PUBLIC_FIRST_OCTETS[raw[0] % len(_PUBLIC_FIRST_OCTETS)]
    return f"{first}.{raw[1]}.{raw[2]}.{max(raw[3], 1)}"


def with_public_address(region: str, doc: dict, address: str | None) -> dict:
    """The instance with a new public address (or none), its interface and names in step."""
    updated = dict(doc, PublicDnsName=public_dns_name(region, address) if address else "")
    if address:
        updated["PublicIpAddress"] = address
    else:
        updated.pop("PublicIpAddress", None)
    association = (
        {"IpOwnerId": "amazon", "PublicDnsName": updated["PublicDnsName"], "PublicIp": address}
        if address else None
    )
    interfaces = []
    for interface in doc.get("NetworkInterfaces") or ():
        interface = {k: v for k, v in interface.items() if k != "Association"}
        interface["PrivateIpAddresses"] = [
            {k: v for k, v in p.items() if k != "Association"}
            | ({"Association": association} if association and p.get("Primary") else {})
            for p in interface.get("PrivateIpAddresses") or ()
        ]
        if association and interface.get("Attachment", {}).get("DeviceIndex") == 0:
            interface["Association"] = association
        interfaces.append(interface)
    updated["NetworkInterfaces"] = interfaces
    return updated


# --- RunInstances -------------------------------------------------------------------------


def _request_digest(params: dict) -> str:
    significant = {k: v for k, v in params.items() if k not in ("ClientToken", "DryRun")}
    return json.dumps(significant, sort_keys=True, default=str)


def _check_counts(params: dict) -> tuple[int, int]:
    low, high = params.get("MinCount"), params.get("MaxCount")
    if low is None:
        raise EC2Error("MissingParameter", "The request must contain the parameter MinCount")
    if high is None:
        raise EC2Error("MissingParameter", "The request must contain the parameter MaxCount")
    if low < 1:
        raise invalid_parameter_value(f"Value ({low}) for parameter minCount is invalid. "
                                      "Expected a positive integer.")
    if high < 1:
        raise invalid_parameter_value(f"Value ({high}) for parameter maxCount is invalid. "
                                      "Expected a positive integer.")
    if low > high:
        raise invalid_parameter_value(
            f"Invalid value '{low}' for MinCount. Must be less than or equal to MaxCount"
        )
    return low, high


def check_instance_type(type_name: str, image: dict) -> dict:
    """The catalog entry of `type_name`, which must run the image's architecture."""
    info = catalogs.instance_types().get(type_name)
    if info is None:
        raise invalid_parameter_value(f"Invalid value '{type_name}' for InstanceType.")
    supported = info["ProcessorInfo"]["SupportedArchitectures"]
    if image["Architecture"] not in supported:
        raise invalid_parameter_value(
            f"The architecture '{supported[-1]}' of the specified instance type does not match "
            f"the architecture '{image['Architecture']}' of the specified AMI. Specify an "
            "instance type and an AMI that have matching architectures, and try again. You can "
            "use 'describe-instance-types' or 'describe-images' to discover the architecture of "
            "the instance type or AMI."
        )
    return info


def _network_request(params: dict) -> dict:
    """Subnet, groups, address and public-address choice: top level or the primary interface."""
    interfaces = params.get("NetworkInterfaces") or []
    primary = next((n for n in interfaces if n.get("DeviceIndex", 0) == 0), None)
    if primary is None:
        return {
            "SubnetId": params.get("SubnetId"),
            "GroupIds": params.get("SecurityGroupIds") or [],
            "PrivateIpAddress": params.get("PrivateIpAddress"),
            "AssociatePublicIpAddress": None,
        }
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
        raise EC2Error("VPCIdNotSpecified", "No default VPC for this user")
    return subnet


def _launch_groups(tx: Transaction, vpc: dict, group_ids: list[str], names: list[str],
                   explicit_subnet: bool) -> list[dict]:
    vpc_id = vpc["VpcId"]
    if names and explicit_subnet and not vpc.get("IsDefault"):
        raise invalid_parameter_combination(
            "The parameter groupName cannot be used with the parameter subnet"
        )
    groups = []
    for group_id in dict.fromkeys(group_ids):
        group = get_group(tx, group_id)
        if group.get("VpcId") != vpc_id:
            raise EC2Error(
                "InvalidParameter",
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
        raise EC2Error("InvalidKeyPair.NotFound", f"The key pair '{key_name}' does not exist")
    return key_name


def _block_devices(image: dict, requested: list[dict], launched: str) -> list[dict]:
    sizes = {m["DeviceName"]: m for m in requested or () if m.get("DeviceName")}
    mappings = []
    devices = list(image.get("BlockDeviceMappings") or ())
    devices += [m for m in requested or () if "Ebs" in m and m.get("DeviceName") not in
                {d["DeviceName"] for d in devices}]
    for device in devices:
        if "Ebs" not in device:
            continue
        override = (sizes.get(device["DeviceName"]) or {}).get("Ebs") or {}
        ebs = {**device["Ebs"], **override}
        mappings.append({
            "DeviceName": device["DeviceName"],
            "Ebs": {
                "AttachTime": launched,
                "DeleteOnTermination": ebs.get("DeleteOnTermination", True),
                "Status": "attached",
                "VolumeId": new_id("vol"),
                "_size": ebs.get("VolumeSize", 8),
            },
        })
    return mappings


def _mac_address() -> str:
    return "0e:" + ":".join(f"{b:02x}" for b in os.urandom(5))


def _interface(ctx: Context, subnet: dict, address: str, groups: list[dict],
               launched: str) -> dict:
    private_dns = private_dns_name(ctx.region, address)
    return {
        "Attachment": {
            "AttachTime": launched,
            "AttachmentId": new_id("eni-attach"),
            "DeleteOnTermination": True,
            "DeviceIndex": 0,
            "Status": "attached",
            "NetworkCardIndex": 0,
        },
        "Description": "",
        "Groups": groups,
        "Ipv6Addresses": [],
        "MacAddress": _mac_address(),
        "NetworkInterfaceId": new_id("eni"),
        "OwnerId": ctx.account_id,
        "PrivateDnsName": private_dns,
        "PrivateIpAddress": address,
        "PrivateIpAddresses": [
            {"Primary": True, "PrivateDnsName": private_dns, "PrivateIpAddress": address}
        ],
        "SourceDestCheck": True,
        "Status": "in-use",
        "SubnetId": subnet["SubnetId"],
        "VpcId": subnet["VpcId"],
        "InterfaceType": "interface",
    }


def reservation(ctx: Context, reservation_id: str, instances: list[dict]) -> dict:
    return {
        "ReservationId": reservation_id,
        "OwnerId": ctx.account_id,
        "Groups": [],
        "Instances": instances,
    }


def _replay(ctx: Context, token_doc: dict, params: dict) -> dict:
    if token_doc["_digest"] != _request_digest(params):
        raise EC2Error(
            "IdempotentParameterMismatch",
            "Arguments on this idempotent request are inconsistent with arguments used in "
            "previous request(s).",
        )
    instances = [current(ctx, ctx.tx.get(INSTANCE, i) or {}) for i in token_doc["InstanceIds"]]
    return reservation(ctx, token_doc["ReservationId"], [i for i in instances if i])


@action("RunInstances")
def run_instances(ctx: Context, params: dict) -> dict:
    low, high = _check_counts(params)
    token = params.get("ClientToken")
    if token:
        token_doc = ctx.tx.get(CLIENT_TOKEN, token)
        if token_doc is not None:
            return _replay(ctx, token_doc, params)
    if not params.get("ImageId"):
        raise EC2Error("MissingParameter", "The request must contain the parameter ImageId")
    image = find_image(ctx.tx, params["ImageId"])
    type_name = params.get("InstanceType") or DEFAULT_INSTANCE_TYPE
    type_info = check_instance_type(type_name, image)
    key_name = _key_name(ctx.tx, params.get("KeyName"))
    network = _network_request(params)
    placement = params.get("Placement") or {}
    subnet = _launch_subnet(ctx, network["SubnetId"], placement.get("AvailabilityZone"))
    vpc = ctx.tx.get("vpc", subnet["VpcId"]) or {"VpcId": subnet["VpcId"]}
    groups = _launch_groups(ctx.tx, vpc, network["GroupIds"], params.get("SecurityGroups") or [],
                            bool(network["SubnetId"]))
    behavior = params.get("InstanceInitiatedShutdownBehavior") or "stop"
    if behavior not in ("stop", "terminate"):
        raise invalid_parameter_value(
            f"Value ({behavior}) for parameter instanceInitiatedShutdownBehavior is invalid."
        )
    tags = tags_for(params.get("TagSpecifications"), "instance")

    count = min(high, MAX_PER_REQUEST, subnet["AvailableIpAddressCount"])
    if count < low:
        if low > MAX_PER_REQUEST:
            raise EC2Error(
                "InstanceLimitExceeded",
                f"Your quota allows for {MAX_PER_REQUEST} more running instance(s). "
                f"You requested at least {low}",
            )
        raise EC2Error(
            "InsufficientFreeAddressesInSubnet",
            f"There are not enough free addresses in subnet '{subnet['SubnetId']}' to satisfy "
            "the requested number of instances.",
        )
    if network["PrivateIpAddress"]:
        if count > 1:
            raise invalid_parameter_combination(
                "Cannot specify a private IP address when launching more than one instance"
            )
        claim_address(ctx.tx, subnet, network["PrivateIpAddress"])
        addresses = [network["PrivateIpAddress"]]
    else:
        addresses = allocate_addresses(ctx.tx, subnet, count)

    public = network["AssociatePublicIpAddress"]
    if public is None:
        public = subnet["MapPublicIpOnLaunch"]
    reservation_id = new_id("r")
    launched = timestamp(ctx.now)
    arrives = ctx.now + ctx.config.boot_seconds
    monitoring = "enabled" if (params.get("Monitoring") or {}).get("Enabled") else "disabled"
    vcpu = type_info["VCpuInfo"]
    instances, answered = [], []
    for index, address in enumerate(addresses):
        instance_id = new_id("i")
        doc = {
            "InstanceId": instance_id,
            "ImageId": image["ImageId"],
            "State": state("running"),
            "PrivateDnsName": private_dns_name(ctx.region, address),
            "PublicDnsName": "",
            "StateTransitionReason": "",
            "AmiLaunchIndex": index,
            "ProductCodes": [],
            "InstanceType": type_name,
            "LaunchTime": launched,
            "Placement": {
                "AvailabilityZone": subnet["AvailabilityZone"],
                "GroupName": placement.get("GroupName") or "",
                "Tenancy": placement.get("Tenancy") or "default",
            },
            "Monitoring": {"State": monitoring},
            "SubnetId": subnet["SubnetId"],
            "VpcId": subnet["VpcId"],
            "PrivateIpAddress": address,
            "Architecture": image["Architecture"],
            "BlockDeviceMappings": _block_devices(
                image, params.get("BlockDeviceMappings") or [], launched
            ),
            "ClientToken": token or "",
            "EbsOptimized": bool(params.get("EbsOptimized")),
            "EnaSupport": True,
            "Hypervisor": "xen",
            "NetworkInterfaces": [_interface(ctx, subnet, address, groups, launched)],
            "RootDeviceName": image["RootDeviceName"],
            "RootDeviceType": image["RootDeviceType"],
            "SecurityGroups": groups,
            "SourceDestCheck": True,
            "Tags": tags,
            "VirtualizationType": image["VirtualizationType"],
            "CpuOptions": {
                "CoreCount": vcpu["DefaultCores"],
                "ThreadsPerCore": vcpu["DefaultThreadsPerCore"],
            },
            "CapacityReservationSpecification": {"CapacityReservationPreference": "open"},
            "HibernationOptions": {"Configured": False},
            "MetadataOptions": {
                "State": "applied",
                "HttpTokens": "required",
                "HttpPutResponseHopLimit": 2,
                "HttpEndpoint": "enabled",
                "HttpProtocolIpv6": "disabled",
                "InstanceMetadataTags": "disabled",
            },
            "EnclaveOptions": {"Enabled": False},
            "PlatformDetails": image["PlatformDetails"],
            "UsageOperation": image["UsageOperation"],
            "UsageOperationUpdateTime": launched,
            "PrivateDnsNameOptions": {
                "HostnameType": "ip-name",
                "EnableResourceNameDnsARecord": False,
                "EnableResourceNameDnsAAAARecord": False,
            },
            "MaintenanceOptions": {"AutoRecovery": "default"},
            "CurrentInstanceBootMode": "uefi" if image["Architecture"] == "arm64"
            else "legacy-bios",
            "_reservation": reservation_id,
            "_user_data": params.get("UserData"),
            "_disable_api_termination": bool(params.get("DisableApiTermination")),
            "_disable_api_stop": bool(params.get("DisableApiStop")),
            "_shutdown_behavior": behavior,
            "_kernel": params.get("KernelId"),
            "_ramdisk": params.get("RamdiskId"),
        }
        for optional in ("Platform", "BootMode"):
            if optional in image:
                doc[optional] = image[optional]
        if key_name is not None:
            doc["KeyName"] = key_name
        if public:
            doc = with_public_address(ctx.region, doc, new_public_address())
        pending = dict(doc, State=state("pending"), StateReason={"Code": "pending",
                                                                   "Message": "pending"})
        if ctx.config.boot_seconds > 0:
            doc = dict(pending, _next=["running", arrives])
        ctx.tx.put(INSTANCE, instance_id, doc)
        instances.append(doc)
        answered.append(pending)
    if token:
        ctx.tx.put(CLIENT_TOKEN, token, {
            "ReservationId": reservation_id,
            "InstanceIds": [i["InstanceId"] for i in instances],
            "_digest": _request_digest(params),
        })
    return reservation(ctx, reservation_id, answered)


# --- DescribeInstances --------------------------------------------------------------------


def _group_field(field: str):
    return lambda i: [g[field] for g in i.get("SecurityGroups") or ()]


INSTANCE_FILTERS = {
    "affinity": lambda i: i["Placement"].get("Affinity"),
    "ami-launch-index": lambda i: i["AmiLaunchIndex"],
    "architecture": lambda i: i["Architecture"],
    "availability-zone": lambda i: i["Placement"]["AvailabilityZone"],
    "block-device-mapping.device-name": lambda i: [
        m["DeviceName"] for m in i["BlockDeviceMappings"]
    ],
    "block-device-mapping.volume-id": lambda i: [
        m["Ebs"]["VolumeId"] for m in i["BlockDeviceMappings"]
    ],
    "client-token": lambda i: i.get("ClientToken"),
    "dns-name": lambda i: i.get("PublicDnsName"),
    "group-id": _group_field("GroupId"),
    "group-name": _group_field("GroupName"),
    "hypervisor": lambda i: i["Hypervisor"],
    "image-id": lambda i: i["ImageId"],
    "instance-id": lambda i: i["InstanceId"],
    "instance-lifecycle": lambda i: i.get("InstanceLifecycle"),
    "instance-state-code": lambda i: i["State"]["Code"],
    "instance-state-name": lambda i: i["State"]["Name"],
    "instance-type": lambda i: i["InstanceType"],
    "instance.group-id": _group_field("GroupId"),
    "instance.group-name": _group_field("GroupName"),
    "ip-address": lambda i: i.get("PublicIpAddress"),
    "key-name": lambda i: i.get("KeyName"),
    "launch-index": lambda i: i["AmiLaunchIndex"],
    "launch-time": lambda i: i["LaunchTime"],
    "monitoring-state": lambda i: i["Monitoring"]["State"],
    "network-interface.network-interface-id": lambda i: [
        n["NetworkInterfaceId"] for n in i.get("NetworkInterfaces") or ()
    ],
    "network-interface.subnet-id": lambda i: [
        n["SubnetId"] for n in i.get("NetworkInterfaces") or ()
    ],
    "network-interface.vpc-id": lambda i: [n["VpcId"] for n in i.get("NetworkInterfaces") or ()],
    "placement-group-name": lambda i: i["Placement"].get("GroupName"),
    "platform": lambda i: i.get("Platform"),
    "platform-details": lambda i: i.get("PlatformDetails"),
    "private-dns-name": lambda i: i.get("PrivateDnsName"),
    "private-ip-address": lambda i: i.get("PrivateIpAddress"),
    "reason": lambda i: i.get("StateTransitionReason"),
    "reservation-id": lambda i: i["_reservation"],
    "root-device-name": lambda i: i["RootDeviceName"],
    "root-device-type": lambda i: i["RootDeviceType"],
    "source-dest-check": lambda i: i["SourceDestCheck"],
    "state-reason-code": lambda i: (i.get("StateReason") or {}).get("Code"),
    "state-reason-message": lambda i: (i.get("StateReason") or {}).get("Message"),
    "subnet-id": lambda i: i.get("SubnetId"),
    "tenancy": lambda i: i["Placement"].get("Tenancy"),
    "virtualization-type": lambda i: i["VirtualizationType"],
    "vpc-id": lambda i: i.get("VpcId"),
}


def check_paging_with_ids(params: dict) -> None:
    if params.get("InstanceIds") and params.get("MaxResults") is not None:
        raise invalid_parameter_combination(
            "The parameter instancesSet cannot be used with the parameter maxResults"
        )


@action("DescribeInstances")
def describe_instances(ctx: Context, params: dict) -> dict:
    check_paging_with_ids(params)
    ids = params.get("InstanceIds") or []
    instances = select_instances(ctx, ids) if ids else all_instances(ctx)
    filters = params.get("Filters")
    if filters:
        owner_id = ctx.account_id
        getters = dict(INSTANCE_FILTERS, **{"owner-id": lambda i: owner_id})
        instances = apply_filters(instances, filters, getters)
    page, token = paginate(instances, params.get("MaxResults"), params.get("NextToken"))
    by_reservation: dict[str, list[dict]] = {}
    for instance in page:
        by_reservation.setdefault(instance["_reservation"], []).append(instance)
    return {
        "Reservations": [reservation(ctx, r, members) for r, members in by_reservation.items()],
        "NextToken": token,
    }


def stopped_by_user(ctx: Context) -> dict:
    """The fields EC2 sets on an instance a user stops or terminates."""
    return {"StateReason": USER_SHUTDOWN, "StateTransitionReason": user_initiated(ctx.now)}
