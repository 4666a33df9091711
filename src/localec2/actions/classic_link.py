"""DescribeClassicLinkInstances, Attach/DetachClassicLinkVpc, Enable/Disable/
DescribeVpcClassicLink, Enable/Disable/DescribeVpcClassicLinkDnsSupport: answered as EC2
answers them since EC2-Classic was retired.

The rules are `ec2.networking.classic_link`.
"""

from __future__ import annotations

from typing import Any, NoReturn

from ..ec2.context import Context
from ..ec2.filters import apply_filters, fields, paginate
from ..ec2.networking import classic_link
from ..protocol import shapes
from .registry import action

FILTERS = fields({"group-id": "Groups.GroupId", "instance-id": "InstanceId", "vpc-id": "VpcId"})


@action("DescribeClassicLinkInstances")
def describe_classic_link_instances(
    ctx: Context, params: shapes.DescribeClassicLinkInstancesRequest
) -> shapes.DescribeClassicLinkInstancesResult:
    found = classic_link.classic_link_instances(ctx, params.get("InstanceIds") or [])
    found = apply_filters(found, params.get("Filters"), FILTERS)
    page, token = paginate(found, params.get("MaxResults"), params.get("NextToken"))
    result: shapes.DescribeClassicLinkInstancesResult = {"Instances": page}
    if token is not None:
        result["NextToken"] = token
    return result


def _not_available(ctx: Context, params: Any) -> NoReturn:
    raise classic_link.not_available()


for _name in (
    "AttachClassicLinkVpc",
    "DetachClassicLinkVpc",
    "EnableVpcClassicLink",
    "DisableVpcClassicLink",
    "DescribeVpcClassicLink",
    "EnableVpcClassicLinkDnsSupport",
    "DisableVpcClassicLinkDnsSupport",
    "DescribeVpcClassicLinkDnsSupport",
):
    action(_name)(_not_available)
