"""The credit option of burstable instances: per instance and the account's defaults."""

from __future__ import annotations

from ..ec2.context import Context
from ..ec2.filters import apply_filters, fields, paginate
from ..ec2.instances import credits
from ..protocol import shapes
from .registry import action

_FILTERS = fields({"instance-id": "InstanceId"})


@action("DescribeInstanceCreditSpecifications")
def describe_instance_credit_specifications(
    ctx: Context, params: shapes.DescribeInstanceCreditSpecificationsRequest
) -> shapes.DescribeInstanceCreditSpecificationsResult:
    specifications = credits.described_credits(
        ctx, params.get("InstanceIds", ()), params.get("MaxResults")
    )
    specifications = apply_filters(specifications, params.get("Filters"), _FILTERS)
    page, token = paginate(specifications, params.get("MaxResults"), params.get("NextToken"))
    result: shapes.DescribeInstanceCreditSpecificationsResult = {
        "InstanceCreditSpecifications": page
    }
    if token is not None:
        result["NextToken"] = token
    return result


@action("ModifyInstanceCreditSpecification")
def modify_instance_credit_specification(
    ctx: Context, params: shapes.ModifyInstanceCreditSpecificationRequest
) -> shapes.ModifyInstanceCreditSpecificationResult:
    succeeded, failed = credits.modify_credits(ctx, params["InstanceCreditSpecifications"])
    return {
        "SuccessfulInstanceCreditSpecifications": succeeded,
        "UnsuccessfulInstanceCreditSpecifications": failed,
    }


@action("GetDefaultCreditSpecification")
def get_default_credit_specification(
    ctx: Context, params: shapes.GetDefaultCreditSpecificationRequest
) -> shapes.GetDefaultCreditSpecificationResult:
    specification = credits.default_specification(ctx.tx, params["InstanceFamily"])
    return {"InstanceFamilyCreditSpecification": specification}


@action("ModifyDefaultCreditSpecification")
def modify_default_credit_specification(
    ctx: Context, params: shapes.ModifyDefaultCreditSpecificationRequest
) -> shapes.ModifyDefaultCreditSpecificationResult:
    specification = credits.set_default(ctx.tx, params["InstanceFamily"], params["CpuCredits"])
    return {"InstanceFamilyCreditSpecification": specification}
