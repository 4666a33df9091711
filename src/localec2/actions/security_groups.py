"""CreateSecurityGroup, DeleteSecurityGroup, DescribeSecurityGroups (see
`ec2.security_group_lifecycle`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..ec2.context import Context
from ..ec2.documents import SecurityGroupDoc
from ..ec2.filters import Getter, apply_filters, paginate
from ..ec2.kinds import SECURITY_GROUP
from ..ec2.security_groups import lifecycle
from ..protocol import shapes
from ..state.store import Transaction
from .registry import action


@action("CreateSecurityGroup")
def create_security_group(
    ctx: Context, params: shapes.CreateSecurityGroupRequest
) -> shapes.CreateSecurityGroupResult:
    group = lifecycle.create_security_group(
        ctx.tx,
        params["GroupName"],
        params["Description"],
        params.get("VpcId"),
        params.get("TagSpecifications"),
    )
    return {
        "GroupId": group["GroupId"],
        "Tags": group["Tags"],
        "SecurityGroupArn": group["SecurityGroupArn"],
    }


@action("DeleteSecurityGroup")
def delete_security_group(
    ctx: Context, params: shapes.DeleteSecurityGroupRequest
) -> shapes.DeleteSecurityGroupResult:
    group_id = lifecycle.delete_security_group(ctx, params.get("GroupId"), params.get("GroupName"))
    return {"Return": True, "GroupId": group_id}


Values = Callable[[SecurityGroupDoc], list[object]]  # a filter's values of one group


def _ingress(group: SecurityGroupDoc) -> Sequence[shapes.IpPermission]:
    return group.get("IpPermissions") or ()


def _egress(group: SecurityGroupDoc) -> Sequence[shapes.IpPermission]:
    return group.get("IpPermissionsEgress") or ()


def _permission_getters(
    tx: Transaction, direction: Callable[[SecurityGroupDoc], Sequence[shapes.IpPermission]]
) -> dict[str, Values]:
    """Getters for the `ip-permission.*` filters over one direction's permissions."""

    def over(pick: Callable[[shapes.IpPermission], list[object]]) -> Values:
        return lambda group: [v for p in direction(group) for v in pick(p)]

    def group_names(permission: shapes.IpPermission) -> list[object]:
        names: list[object] = []
        for pair in permission.get("UserIdGroupPairs") or ():
            referenced = SECURITY_GROUP.stored(tx, pair["GroupId"])
            if referenced is not None:
                names.append(referenced["GroupName"])
        return names

    return {
        "protocol": over(lambda p: [p["IpProtocol"]]),
        "from-port": over(lambda p: [p["FromPort"]] if "FromPort" in p else []),
        "to-port": over(lambda p: [p["ToPort"]] if "ToPort" in p else []),
        "cidr": over(lambda p: [r["CidrIp"] for r in p.get("IpRanges") or ()]),
        "ipv6-cidr": over(lambda p: [r["CidrIpv6"] for r in p.get("Ipv6Ranges") or ()]),
        "prefix-list-id": over(lambda p: [r["PrefixListId"] for r in p.get("PrefixListIds") or ()]),
        "group-id": over(lambda p: [g["GroupId"] for g in p.get("UserIdGroupPairs") or ()]),
        "user-id": over(lambda p: [g["UserId"] for g in p.get("UserIdGroupPairs") or ()]),
        "group-name": over(group_names),
    }


def _filters(tx: Transaction) -> dict[str, Getter]:
    getters: dict[str, Getter] = {
        "group-id": lambda g: g["GroupId"],
        "group-name": lambda g: g["GroupName"],
        "description": lambda g: g["Description"],
        "vpc-id": lambda g: g.get("VpcId"),
        "owner-id": lambda g: g["OwnerId"],
    }
    for prefix, direction in (("ip-permission", _ingress), ("egress.ip-permission", _egress)):
        for name, getter in _permission_getters(tx, direction).items():
            getters[f"{prefix}.{name}"] = getter
    return getters


@action("DescribeSecurityGroups")
def describe_security_groups(
    ctx: Context, params: shapes.DescribeSecurityGroupsRequest
) -> shapes.DescribeSecurityGroupsResult:
    max_results = params.get("MaxResults")
    groups = lifecycle.groups_to_describe(
        ctx.tx,
        params.get("GroupIds") or [],
        params.get("GroupNames") or [],
        paged=max_results is not None,
    )
    groups = apply_filters(groups, params.get("Filters"), _filters(ctx.tx))
    page, token = paginate(groups, max_results, params.get("NextToken"))
    result: shapes.DescribeSecurityGroupsResult = {"SecurityGroups": page}
    if token is not None:
        result["NextToken"] = token
    return result
