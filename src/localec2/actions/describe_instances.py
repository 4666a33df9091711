"""DescribeInstances: ids, filters, paging, instances grouped by reservation."""

from __future__ import annotations

from ..ec2.context import Context
from ..ec2.filters import apply_filters, fields, paginate
from ..ec2.instances.lookup import requested_instances, reservations
from ..protocol import shapes
from .registry import action

INSTANCE_FILTERS = fields(
    {
        "affinity": "Placement.Affinity",
        "ami-launch-index": "AmiLaunchIndex",
        "architecture": "Architecture",
        "availability-zone": "Placement.AvailabilityZone",
        "client-token": "ClientToken",
        "dns-name": "PublicDnsName",
        "hypervisor": "Hypervisor",
        "image-id": "ImageId",
        "instance-id": "InstanceId",
        "instance-lifecycle": "InstanceLifecycle",
        "instance-state-code": "State.Code",
        "instance-state-name": "State.Name",
        "instance-type": "InstanceType",
        "ip-address": "PublicIpAddress",
        "key-name": "KeyName",
        "launch-index": "AmiLaunchIndex",
        "launch-time": "LaunchTime",
        "monitoring-state": "Monitoring.State",
        "placement-group-name": "Placement.GroupName",
        "placement-partition-number": "Placement.PartitionNumber",
        "host-id": "Placement.HostId",
        "platform": "Platform",
        "platform-details": "PlatformDetails",
        "private-dns-name": "PrivateDnsName",
        "private-ip-address": "PrivateIpAddress",
        "reason": "StateTransitionReason",
        "reservation-id": "_.reservation",
        "root-device-name": "RootDeviceName",
        "root-device-type": "RootDeviceType",
        "source-dest-check": "SourceDestCheck",
        "spot-instance-request-id": "SpotInstanceRequestId",
        "subnet-id": "SubnetId",
        "tenancy": "Placement.Tenancy",
        "virtualization-type": "VirtualizationType",
        "vpc-id": "VpcId",
        "current-instance-boot-mode": "CurrentInstanceBootMode",
        "metadata-options.http-tokens": "MetadataOptions.HttpTokens",
        "metadata-options.http-put-response-hop-limit": "MetadataOptions.HttpPutResponseHopLimit",
        "metadata-options.http-endpoint": "MetadataOptions.HttpEndpoint",
        "metadata-options.http-protocol-ipv6": "MetadataOptions.HttpProtocolIpv6",
        "metadata-options.instance-metadata-tags": "MetadataOptions.InstanceMetadataTags",
        "block-device-mapping.device-name": "BlockDeviceMappings.DeviceName",
        "block-device-mapping.volume-id": "BlockDeviceMappings.Ebs.VolumeId",
        "group-id": "SecurityGroups.GroupId",
        "group-name": "SecurityGroups.GroupName",
        "instance.group-id": "SecurityGroups.GroupId",
        "instance.group-name": "SecurityGroups.GroupName",
        "network-interface.network-interface-id": "NetworkInterfaces.NetworkInterfaceId",
        "network-interface.subnet-id": "NetworkInterfaces.SubnetId",
        "network-interface.vpc-id": "NetworkInterfaces.VpcId",
        "state-reason-code": "StateReason.Code",
        "state-reason-message": "StateReason.Message",
    }
)


@action("DescribeInstances")
def describe_instances(
    ctx: Context, params: shapes.DescribeInstancesRequest
) -> shapes.DescribeInstancesResult:
    instances = requested_instances(ctx, params.get("InstanceIds", ()), params.get("MaxResults"))
    filters = params.get("Filters")
    if filters:
        owner_id = ctx.account_id
        getters = {**INSTANCE_FILTERS, "owner-id": lambda instance: owner_id}
        instances = apply_filters(instances, filters, getters)
    page, token = paginate(instances, params.get("MaxResults"), params.get("NextToken"))
    result: shapes.DescribeInstancesResult = {"Reservations": reservations(ctx, page)}
    if token is not None:
        result["NextToken"] = token
    return result
