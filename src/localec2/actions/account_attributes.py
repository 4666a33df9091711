"""DescribeAccountAttributes."""

from __future__ import annotations

from ..ec2.context import Context
from ..ec2.networking.account_attributes import account_attributes
from ..protocol import shapes
from .registry import action


@action("DescribeAccountAttributes")
def describe_account_attributes(
    ctx: Context, params: shapes.DescribeAccountAttributesRequest
) -> shapes.DescribeAccountAttributesResult:
    return {"AccountAttributes": account_attributes(ctx.tx, params.get("AttributeNames", ()))}
