"""CreateVpcEndpoint, DeleteVpcEndpoints, DescribeVpcEndpoints, ModifyVpcEndpoint,
DescribeVpcEndpointServices, DescribePrefixLists."""

from __future__ import annotations

from ..ec2.context import Context
from ..ec2.filters import apply_filters, paginate
from ..ec2.kinds import VPC_ENDPOINT
from ..ec2.networking import endpoints
from ..protocol import shapes
from .registry import action

_MOST = 1000  # EC2: a MaxResults above 1,000 answers 1,000 items


def _max(value: int | None) -> int | None:
    return None if value is None else min(value, _MOST)


@action("CreateVpcEndpoint")
def create_vpc_endpoint(
    ctx: Context, params: shapes.CreateVpcEndpointRequest
) -> shapes.CreateVpcEndpointResult:
    endpoint = endpoints.create_endpoint(
        ctx,
        endpoints.NewEndpoint(
            vpc_id=params["VpcId"],
            service_name=params.get("ServiceName"),
            endpoint_type=params.get("VpcEndpointType"),
            policy_document=params.get("PolicyDocument"),
            route_table_ids=params.get("RouteTableIds") or (),
            subnet_ids=params.get("SubnetIds") or (),
            security_group_ids=params.get("SecurityGroupIds") or (),
            private_dns_enabled=params.get("PrivateDnsEnabled"),
            tag_specifications=params.get("TagSpecifications"),
            client_token=params.get("ClientToken"),
        ),
    )
    result: shapes.CreateVpcEndpointResult = {"VpcEndpoint": endpoint}
    if "ClientToken" in params:
        result["ClientToken"] = params["ClientToken"]
    return result


@action("DeleteVpcEndpoints")
def delete_vpc_endpoints(
    ctx: Context, params: shapes.DeleteVpcEndpointsRequest
) -> shapes.DeleteVpcEndpointsResult:
    return {"Unsuccessful": endpoints.delete_endpoints(ctx, params["VpcEndpointIds"])}


@action("DescribeVpcEndpoints")
def describe_vpc_endpoints(
    ctx: Context, params: shapes.DescribeVpcEndpointsRequest
) -> shapes.DescribeVpcEndpointsResult:
    found = VPC_ENDPOINT.described(ctx.tx, params.get("VpcEndpointIds"))
    found = apply_filters(found, params.get("Filters"), endpoints.ENDPOINT_FILTERS)
    page, token = paginate(
        found, _max(params.get("MaxResults")), params.get("NextToken"), minimum=1
    )
    result: shapes.DescribeVpcEndpointsResult = {"VpcEndpoints": page}
    if token is not None:
        result["NextToken"] = token
    return result


@action("ModifyVpcEndpoint")
def modify_vpc_endpoint(
    ctx: Context, params: shapes.ModifyVpcEndpointRequest
) -> shapes.ModifyVpcEndpointResult:
    endpoints.modify_endpoint(
        ctx,
        params["VpcEndpointId"],
        endpoints.EndpointChanges(
            reset_policy=bool(params.get("ResetPolicy")),
            policy_document=params.get("PolicyDocument"),
            add_route_table_ids=params.get("AddRouteTableIds") or (),
            remove_route_table_ids=params.get("RemoveRouteTableIds") or (),
            add_subnet_ids=params.get("AddSubnetIds") or (),
            remove_subnet_ids=params.get("RemoveSubnetIds") or (),
            add_security_group_ids=params.get("AddSecurityGroupIds") or (),
            remove_security_group_ids=params.get("RemoveSecurityGroupIds") or (),
            private_dns_enabled=params.get("PrivateDnsEnabled"),
        ),
    )
    return {"Return": True}


@action("DescribeVpcEndpointServices")
def describe_vpc_endpoint_services(
    ctx: Context, params: shapes.DescribeVpcEndpointServicesRequest
) -> shapes.DescribeVpcEndpointServicesResult:
    details = endpoints.described_services(ctx.region, params.get("ServiceNames"))
    details = apply_filters(details, params.get("Filters"), endpoints.SERVICE_FILTERS)
    page, token = paginate(
        details, _max(params.get("MaxResults")), params.get("NextToken"), minimum=1
    )
    names = list(dict.fromkeys(d["ServiceName"] for d in page))
    result: shapes.DescribeVpcEndpointServicesResult = {
        "ServiceNames": names,
        "ServiceDetails": page,
    }
    if token is not None:
        result["NextToken"] = token
    return result


@action("DescribePrefixLists")
def describe_prefix_lists(
    ctx: Context, params: shapes.DescribePrefixListsRequest
) -> shapes.DescribePrefixListsResult:
    lists = endpoints.described_prefix_lists(ctx.region, params.get("PrefixListIds"))
    lists = apply_filters(lists, params.get("Filters"), endpoints.PREFIX_LIST_FILTERS)
    page, token = paginate(
        lists, _max(params.get("MaxResults")), params.get("NextToken"), minimum=1
    )
    result: shapes.DescribePrefixListsResult = {"PrefixLists": page}
    if token is not None:
        result["NextToken"] = token
    return result
