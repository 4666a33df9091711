"""A launched instance's document: boto3's `Instance` shape, as EC2 fills it in at launch,
plus its private part; and the EBS volumes its block device mappings make."""

from __future__ import annotations

from collections.abc import Sequence

from ...protocol import shapes
from ...state.ids import new_id
from ..context import Context
from ..documents import ImageDoc, InstanceDoc, LaunchVolume
from .launch_request import Launch, LaunchRequest
from .network import new_public_address, primary_interface, private_dns_name, with_public_address
from .parts import launch_volume
from .states import state, timestamp

_DNS_NAME_OPTIONS: shapes.PrivateDnsNameOptionsResponse = {
    "HostnameType": "ip-name",
    "EnableResourceNameDnsARecord": False,
    "EnableResourceNameDnsAAAARecord": False,
}


def shared_parts(ctx: Context, launch: Launch, request: LaunchRequest) -> shapes.Instance:
    """The parts every instance of one launch has alike, built once and shared (never mutated,
    as no stored document is), so ten thousand instances do not hold ten thousand copies."""
    vcpu = launch.instance_type["VCpuInfo"]
    return {
        "LaunchTime": timestamp(ctx.now),
        "ProductCodes": [],
        "Monitoring": {"State": "enabled" if request.monitoring else "disabled"},
        "CpuOptions": {
            "CoreCount": vcpu["DefaultCores"],
            "ThreadsPerCore": vcpu["DefaultThreadsPerCore"],
        },
        "CapacityReservationSpecification": {"CapacityReservationPreference": "open"},
        "HibernationOptions": {"Configured": False},
        "EnclaveOptions": {"Enabled": False},
        "MaintenanceOptions": {"AutoRecovery": "default"},
    }


def _block_devices(
    image: ImageDoc, requested: Sequence[shapes.BlockDeviceMapping], launched: shapes.Timestamp
) -> tuple[list[shapes.InstanceBlockDeviceMapping], dict[str, LaunchVolume]]:
    """The instance's EBS mappings (the image's, with the request's overrides, then the
    request's other EBS devices), and what each volume is (see `launch_volume`)."""
    overrides = {m["DeviceName"]: m for m in requested if m.get("DeviceName")}
    devices = list(image.get("BlockDeviceMappings") or ())
    imaged = {d["DeviceName"] for d in devices}
    devices += [m for m in requested if "Ebs" in m and m.get("DeviceName") not in imaged]
    mappings: list[shapes.InstanceBlockDeviceMapping] = []
    volumes: dict[str, LaunchVolume] = {}
    for device in devices:
        if "Ebs" not in device:
            continue
        override = (overrides.get(device["DeviceName"]) or {}).get("Ebs") or {}
        ebs: shapes.EbsBlockDevice = {**device["Ebs"], **override}
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


def instance_document(
    ctx: Context,
    launch: Launch,
    request: LaunchRequest,
    shared: shapes.Instance,
    index: int,
    address: str,
    reservation_id: str,
    placement: shapes.Placement,
) -> InstanceDoc:
    """A running instance's document: boto3's `Instance` shape plus its private part."""
    image, subnet = launch.image, launch.subnet
    launched = shared["LaunchTime"]
    private_dns = private_dns_name(ctx.region, address)
    mappings, volumes = _block_devices(image, request.block_devices, launched)
    doc: InstanceDoc = {
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
        "Placement": placement,
        "Monitoring": shared["Monitoring"],
        "SubnetId": subnet["SubnetId"],
        "VpcId": subnet["VpcId"],
        "PrivateIpAddress": address,
        "Architecture": image["Architecture"],
        "BlockDeviceMappings": mappings,
        "ClientToken": request.client_token or "",
        "EbsOptimized": request.ebs_optimized,
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
        "EnclaveOptions": shared["EnclaveOptions"],
        "PlatformDetails": image["PlatformDetails"],
        "UsageOperation": image["UsageOperation"],
        "UsageOperationUpdateTime": launched,
        "PrivateDnsNameOptions": _DNS_NAME_OPTIONS,
        "MaintenanceOptions": shared["MaintenanceOptions"],
        "_": {
            "reservation": reservation_id,
            # empty user data (Terraform's launch templates carry `UserData=`) is none: its
            # attribute then answers no value, as EC2's does
            "user_data": request.user_data or None,
            "disable_api_termination": request.disable_api_termination,
            "disable_api_stop": request.disable_api_stop,
            "shutdown_behavior": launch.shutdown_behavior,
            "kernel": request.kernel_id,
            "ramdisk": request.ramdisk_id,
            "volumes": volumes,
        },
    }
    if "Platform" in image:
        doc["Platform"] = image["Platform"]
    if "BootMode" in image:
        doc["BootMode"] = image["BootMode"]
    if launch.key_name is not None:
        doc["KeyName"] = launch.key_name
    if launch.public:
        doc = with_public_address(ctx.region, doc, new_public_address())
    return doc
