"""A launch template's data: the light checks EC2 makes when a version is created (it keeps
the rest as given and fails at launch), and GetLaunchTemplateData's data of an instance."""

from __future__ import annotations

from ...protocol import shapes
from ..documents import InstanceDoc
from ..instances.states import instance_private
from ..tags.tagging import specified_tags, tags_for

# EC2's documentation: the resource types a launch template's tag specifications may name
TAGGED_AT_LAUNCH = ("instance", "volume", "network-interface", "spot-instances-request")
_RESERVED = "aws:"


def check_data(data: shapes.RequestLaunchTemplateData) -> None:
    """The tag specifications name resources a launch creates, with no `aws:` keys."""
    specifications = data.get("TagSpecifications")
    specified_tags(specifications, *TAGGED_AT_LAUNCH)
    for resource_type in TAGGED_AT_LAUNCH[1:]:
        tags_for(specifications, resource_type)


def _block_devices(instance: InstanceDoc) -> list[shapes.LaunchTemplateBlockDeviceMapping]:
    volumes = instance_private(instance).get("volumes") or {}
    mappings: list[shapes.LaunchTemplateBlockDeviceMapping] = []
    for mapping in instance.get("BlockDeviceMappings") or ():
        ebs = mapping.get("Ebs") or {}
        volume = volumes.get(ebs.get("VolumeId") or "") or {}
        device: shapes.LaunchTemplateEbsBlockDevice = {
            "DeleteOnTermination": ebs.get("DeleteOnTermination", True),
            "Encrypted": volume.get("Encrypted", False),
        }
        if "Size" in volume:
            device["VolumeSize"] = volume["Size"]
        if "VolumeType" in volume:
            device["VolumeType"] = volume["VolumeType"]
        if "SnapshotId" in volume:
            device["SnapshotId"] = volume["SnapshotId"]
        if "Iops" in volume:
            device["Iops"] = volume["Iops"]
        if "Throughput" in volume:
            device["Throughput"] = volume["Throughput"]
        mappings.append({"DeviceName": mapping["DeviceName"], "Ebs": device})
    return mappings


def _interfaces(
    instance: InstanceDoc,
) -> list[shapes.LaunchTemplateInstanceNetworkInterfaceSpecification]:
    public = bool(instance.get("PublicIpAddress"))
    return [
        {
            "AssociatePublicIpAddress": public and interface["Attachment"]["DeviceIndex"] == 0,
            "DeleteOnTermination": interface["Attachment"]["DeleteOnTermination"],
            "Description": interface.get("Description") or "",
            "DeviceIndex": interface["Attachment"]["DeviceIndex"],
            "Groups": [g["GroupId"] for g in interface.get("Groups") or ()],
            "Ipv6Addresses": [
                {"Ipv6Address": a["Ipv6Address"]} for a in interface.get("Ipv6Addresses") or ()
            ],
            "PrivateIpAddresses": [
                {"Primary": a["Primary"], "PrivateIpAddress": a["PrivateIpAddress"]}
                for a in interface.get("PrivateIpAddresses") or ()
            ],
            "SubnetId": interface["SubnetId"],
        }
        for interface in instance.get("NetworkInterfaces") or ()
    ]


def _placement(placement: shapes.Placement) -> shapes.LaunchTemplatePlacement:
    shown: shapes.LaunchTemplatePlacement = {
        "AvailabilityZone": placement.get("AvailabilityZone") or "",
        "Tenancy": placement.get("Tenancy") or "default",
    }
    if placement.get("GroupName"):
        shown["GroupName"] = placement["GroupName"]
    if "GroupId" in placement:
        shown["GroupId"] = placement["GroupId"]
    if "PartitionNumber" in placement:
        shown["PartitionNumber"] = placement["PartitionNumber"]
    if "HostId" in placement:
        shown["HostId"] = placement["HostId"]
    return shown


def instance_data(instance: InstanceDoc) -> shapes.ResponseLaunchTemplateData:
    """GetLaunchTemplateData: the parameters that would launch the instance again."""
    state = instance_private(instance)
    data: shapes.ResponseLaunchTemplateData = {
        "EbsOptimized": instance.get("EbsOptimized", False),
        "BlockDeviceMappings": _block_devices(instance),
        "NetworkInterfaces": _interfaces(instance),
        "ImageId": instance["ImageId"],
        "InstanceType": instance["InstanceType"],
        "Monitoring": {"Enabled": instance["Monitoring"]["State"] in ("enabled", "pending")},
        "Placement": _placement(instance["Placement"]),
        "DisableApiTermination": bool(state.get("disable_api_termination")),
        "DisableApiStop": bool(state.get("disable_api_stop")),
        "InstanceInitiatedShutdownBehavior": state.get("shutdown_behavior") or "stop",
    }
    if instance.get("KeyName"):
        data["KeyName"] = instance["KeyName"]
    if state.get("user_data"):
        data["UserData"] = state["user_data"] or ""
    tags = [t for t in instance.get("Tags") or () if not t["Key"].startswith(_RESERVED)]
    if tags:
        data["TagSpecifications"] = [{"ResourceType": "instance", "Tags": tags}]
    if "CpuOptions" in instance:
        data["CpuOptions"] = instance["CpuOptions"]
    if "MetadataOptions" in instance:
        data["MetadataOptions"] = instance["MetadataOptions"]
    if "HibernationOptions" in instance:
        data["HibernationOptions"] = instance["HibernationOptions"]
    if "EnclaveOptions" in instance:
        data["EnclaveOptions"] = instance["EnclaveOptions"]
    return data
