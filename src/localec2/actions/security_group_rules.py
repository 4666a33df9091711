"""Authorize/Revoke SecurityGroup Ingress/Egress, DescribeSecurityGroupRules and
ModifySecurityGroupRules and UpdateSecurityGroupRuleDescriptionsIngress/Egress (see
`ec2.security_groups.rules`)."""

from __future__ import annotations

from ..ec2.context import Context
from ..ec2.filters import apply_filters, fields, paginate
from ..ec2.security_groups import rules
from ..protocol import shapes
from .registry import action

# The requests that may name a permission by the flat parameters.
_FlatRequest = (
    shapes.AuthorizeSecurityGroupIngressRequest
    | shapes.AuthorizeSecurityGroupEgressRequest
    | shapes.RevokeSecurityGroupIngressRequest
    | shapes.RevokeSecurityGroupEgressRequest
)


def _flat(params: _FlatRequest) -> rules.FlatPermission:
    return rules.FlatPermission(
        ip_protocol=params.get("IpProtocol"),
        from_port=params.get("FromPort"),
        to_port=params.get("ToPort"),
        cidr_ip=params.get("CidrIp"),
        source_group_name=params.get("SourceSecurityGroupName"),
        source_group_owner_id=params.get("SourceSecurityGroupOwnerId"),
    )


@action("AuthorizeSecurityGroupIngress")
def authorize_security_group_ingress(
    ctx: Context, params: shapes.AuthorizeSecurityGroupIngressRequest
) -> shapes.AuthorizeSecurityGroupIngressResult:
    added = rules.authorize(
        ctx.tx,
        params.get("GroupId"),
        params.get("GroupName"),
        params.get("IpPermissions") or [],
        _flat(params),
        params.get("TagSpecifications"),
        egress=False,
    )
    return {"Return": True, "SecurityGroupRules": added}


@action("AuthorizeSecurityGroupEgress")
def authorize_security_group_egress(
    ctx: Context, params: shapes.AuthorizeSecurityGroupEgressRequest
) -> shapes.AuthorizeSecurityGroupEgressResult:
    added = rules.authorize(
        ctx.tx,
        params["GroupId"],
        None,
        params.get("IpPermissions") or [],
        _flat(params),
        params.get("TagSpecifications"),
        egress=True,
    )
    return {"Return": True, "SecurityGroupRules": added}


def _revoked(revoked: rules.Revoked) -> shapes.RevokeSecurityGroupIngressResult:
    result: shapes.RevokeSecurityGroupIngressResult = {
        "Return": not revoked.unknown,
        "RevokedSecurityGroupRules": [rules.as_revoked(rule) for rule in revoked.rules],
    }
    if revoked.unknown:
        result["UnknownIpPermissions"] = revoked.unknown
    return result


@action("RevokeSecurityGroupIngress")
def revoke_security_group_ingress(
    ctx: Context, params: shapes.RevokeSecurityGroupIngressRequest
) -> shapes.RevokeSecurityGroupIngressResult:
    revoked = rules.revoke(
        ctx.tx,
        params.get("GroupId"),
        params.get("GroupName"),
        params.get("SecurityGroupRuleIds") or [],
        params.get("IpPermissions") or [],
        _flat(params),
        egress=False,
    )
    return _revoked(revoked)


@action("RevokeSecurityGroupEgress")
def revoke_security_group_egress(
    ctx: Context, params: shapes.RevokeSecurityGroupEgressRequest
) -> shapes.RevokeSecurityGroupEgressResult:
    revoked = rules.revoke(
        ctx.tx,
        params["GroupId"],
        None,
        params.get("SecurityGroupRuleIds") or [],
        params.get("IpPermissions") or [],
        _flat(params),
        egress=True,
    )
    return _revoked(revoked)


_FILTERS = fields(
    {
        "group-id": "GroupId",
        "security-group-rule-id": "SecurityGroupRuleId",
    }
)


@action("DescribeSecurityGroupRules")
def describe_security_group_rules(
    ctx: Context, params: shapes.DescribeSecurityGroupRulesRequest
) -> shapes.DescribeSecurityGroupRulesResult:
    listed = rules.rules_to_describe(ctx.tx, params.get("SecurityGroupRuleIds") or [])
    listed = apply_filters(listed, params.get("Filters"), _FILTERS)
    page, token = paginate(listed, params.get("MaxResults"), params.get("NextToken"))
    result: shapes.DescribeSecurityGroupRulesResult = {"SecurityGroupRules": page}
    if token is not None:
        result["NextToken"] = token
    return result


@action("ModifySecurityGroupRules")
def modify_security_group_rules(
    ctx: Context, params: shapes.ModifySecurityGroupRulesRequest
) -> shapes.ModifySecurityGroupRulesResult:
    rules.modify_rules(ctx.tx, params["GroupId"], params["SecurityGroupRules"])
    return {"Return": True}


@action("UpdateSecurityGroupRuleDescriptionsIngress")
def update_security_group_rule_descriptions_ingress(
    ctx: Context, params: shapes.UpdateSecurityGroupRuleDescriptionsIngressRequest
) -> shapes.UpdateSecurityGroupRuleDescriptionsIngressResult:
    rules.update_descriptions(
        ctx.tx,
        params.get("GroupId"),
        params.get("GroupName"),
        params.get("IpPermissions") or [],
        params.get("SecurityGroupRuleDescriptions") or [],
        egress=False,
    )
    return {"Return": True}


@action("UpdateSecurityGroupRuleDescriptionsEgress")
def update_security_group_rule_descriptions_egress(
    ctx: Context, params: shapes.UpdateSecurityGroupRuleDescriptionsEgressRequest
) -> shapes.UpdateSecurityGroupRuleDescriptionsEgressResult:
    rules.update_descriptions(
        ctx.tx,
        params.get("GroupId"),
        params.get("GroupName"),
        params.get("IpPermissions") or [],
        params.get("SecurityGroupRuleDescriptions") or [],
        egress=True,
    )
    return {"Return": True}
