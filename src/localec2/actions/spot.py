"""Spot Instances: RequestSpotInstances, Describe/CancelSpotInstanceRequests,
DescribeSpotPriceHistory and the data feed subscription (the rules: `ec2.spot`)."""

from __future__ import annotations

from datetime import datetime

from ..ec2.context import Context
from ..ec2.filters import apply_filters, paginate
from ..ec2.spot import datafeed, prices, requests
from ..protocol import shapes
from .registry import action


def _epoch(value: shapes.Timestamp | None) -> float | None:
    return value.timestamp() if isinstance(value, datetime) else None


@action("RequestSpotInstances")
def request_spot_instances(
    ctx: Context, params: shapes.RequestSpotInstancesRequest
) -> shapes.RequestSpotInstancesResult:
    docs = requests.request_spot_instances(
        ctx,
        requests.SpotRequest(
            spec=params.get("LaunchSpecification") or {},
            count=params.get("InstanceCount", 1),
            spot_price=params.get("SpotPrice"),
            type=params.get("Type") or "one-time",
            valid_from=_epoch(params.get("ValidFrom")),
            valid_until=_epoch(params.get("ValidUntil")),
            behavior=params.get("InstanceInterruptionBehavior") or "terminate",
            launch_group=params.get("LaunchGroup"),
            zone_group=params.get("AvailabilityZoneGroup"),
            tag_specifications=params.get("TagSpecifications") or (),
        ),
    )
    return {"SpotInstanceRequests": docs}


@action("DescribeSpotInstanceRequests")
def describe_spot_instance_requests(
    ctx: Context, params: shapes.DescribeSpotInstanceRequestsRequest
) -> shapes.DescribeSpotInstanceRequestsResult:
    listed = requests.described(ctx, params.get("SpotInstanceRequestIds") or ())
    listed = apply_filters(listed, params.get("Filters"), requests.FILTERS)
    page, token = paginate(listed, params.get("MaxResults"), params.get("NextToken"))
    result: shapes.DescribeSpotInstanceRequestsResult = {"SpotInstanceRequests": page}
    if token is not None:
        result["NextToken"] = token
    return result


@action("CancelSpotInstanceRequests")
def cancel_spot_instance_requests(
    ctx: Context, params: shapes.CancelSpotInstanceRequestsRequest
) -> shapes.CancelSpotInstanceRequestsResult:
    return {"CancelledSpotInstanceRequests": requests.cancel(ctx, params["SpotInstanceRequestIds"])}


@action("DescribeSpotPriceHistory")
def describe_spot_price_history(
    ctx: Context, params: shapes.DescribeSpotPriceHistoryRequest
) -> shapes.DescribeSpotPriceHistoryResult:
    page, token = prices.history(
        ctx.region,
        ctx.now,
        prices.HistoryRequest(
            start=_epoch(params.get("StartTime")),
            end=_epoch(params.get("EndTime")),
            instance_types=params.get("InstanceTypes") or (),
            products=params.get("ProductDescriptions") or (),
            zone=params.get("AvailabilityZone"),
            zone_id=params.get("AvailabilityZoneId"),
        ),
        params.get("Filters"),
        params.get("MaxResults"),
        params.get("NextToken"),
    )
    result: shapes.DescribeSpotPriceHistoryResult = {"SpotPriceHistory": page}
    if token is not None:
        result["NextToken"] = token
    return result


@action("CreateSpotDatafeedSubscription")
def create_spot_datafeed_subscription(
    ctx: Context, params: shapes.CreateSpotDatafeedSubscriptionRequest
) -> shapes.CreateSpotDatafeedSubscriptionResult:
    subscription = datafeed.create(ctx, params["Bucket"], params.get("Prefix"))
    return {"SpotDatafeedSubscription": subscription}


@action("DescribeSpotDatafeedSubscription")
def describe_spot_datafeed_subscription(
    ctx: Context, params: shapes.DescribeSpotDatafeedSubscriptionRequest
) -> shapes.DescribeSpotDatafeedSubscriptionResult:
    return {"SpotDatafeedSubscription": datafeed.describe(ctx)}


@action("DeleteSpotDatafeedSubscription")
def delete_spot_datafeed_subscription(
    ctx: Context, params: shapes.DeleteSpotDatafeedSubscriptionRequest
) -> None:
    datafeed.delete(ctx)
