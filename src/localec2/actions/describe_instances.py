"""DescribeInstances: ids, filters, paging, instances grouped by reservation."""

from __future__ import annotations

from ..filters import apply_filters, paginate
from ..instance_lookup import all_instances, check_paging_with_ids, reservation, select_instances
from ..registry import Context, action


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
