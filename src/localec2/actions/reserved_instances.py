"""Reserved Instances: offerings, purchases, Marketplace listings and modifications (the
rules: `ec2.reserved`)."""

from __future__ import annotations

from datetime import datetime

from ..ec2.context import Context
from ..ec2.filters import apply_filters, paginate
from ..ec2.reserved import listings, modifications, offerings, reservations
from ..ec2.reserved.listings import Schedule
from ..protocol import shapes
from .registry import action


@action("DescribeReservedInstancesOfferings")
def describe_reserved_instances_offerings(
    ctx: Context, params: shapes.DescribeReservedInstancesOfferingsRequest
) -> shapes.DescribeReservedInstancesOfferingsResult:
    wanted = offerings.Wanted(
        instance_type=params.get("InstanceType"),
        zone=params.get("AvailabilityZone"),
        product_description=params.get("ProductDescription"),
        offering_class=params.get("OfferingClass"),
        offering_type=params.get("OfferingType"),
        tenancy=params.get("InstanceTenancy") or "default",
        min_duration=params.get("MinDuration", offerings.Wanted.min_duration),
        max_duration=params.get("MaxDuration", offerings.Wanted.max_duration),
    )
    page, token = offerings.described(
        ctx.region,
        wanted,
        params.get("AvailabilityZoneId"),
        params.get("ReservedInstancesOfferingIds") or (),
        params.get("Filters"),
        params.get("MaxResults"),
        params.get("NextToken"),
    )
    result: shapes.DescribeReservedInstancesOfferingsResult = {"ReservedInstancesOfferings": page}
    if token is not None:
        result["NextToken"] = token
    return result


@action("PurchaseReservedInstancesOffering")
def purchase_reserved_instances_offering(
    ctx: Context, params: shapes.PurchaseReservedInstancesOfferingRequest
) -> shapes.PurchaseReservedInstancesOfferingResult:
    limit = params.get("LimitPrice", {}).get("Amount")
    purchase_time = params.get("PurchaseTime")
    reservation_id = reservations.purchase(
        ctx,
        params["ReservedInstancesOfferingId"],
        params["InstanceCount"],
        limit,
        purchase_time.timestamp() if isinstance(purchase_time, datetime) else None,
    )
    return {"ReservedInstancesId": reservation_id}


@action("DescribeReservedInstances")
def describe_reserved_instances(
    ctx: Context, params: shapes.DescribeReservedInstancesRequest
) -> shapes.DescribeReservedInstancesResult:
    modifications.settle(ctx)
    listed = reservations.described(ctx, params.get("ReservedInstancesIds") or ())
    wanted = {
        "OfferingClass": params.get("OfferingClass"),
        "OfferingType": params.get("OfferingType"),
    }
    listed = [doc for doc in listed if all(v is None or doc.get(k) == v for k, v in wanted.items())]
    return {"ReservedInstances": apply_filters(listed, params.get("Filters"), reservations.FILTERS)}


@action("CreateReservedInstancesListing")
def create_reserved_instances_listing(
    ctx: Context, params: shapes.CreateReservedInstancesListingRequest
) -> shapes.CreateReservedInstancesListingResult:
    modifications.settle(ctx)
    schedules = [
        Schedule(term=s.get("Term", 0), price=s.get("Price", 0.0)) for s in params["PriceSchedules"]
    ]
    listing = listings.create(
        ctx,
        params["ReservedInstancesId"],
        params["InstanceCount"],
        schedules,
        params["ClientToken"],
    )
    return {"ReservedInstancesListings": [listing]}


@action("CancelReservedInstancesListing")
def cancel_reserved_instances_listing(
    ctx: Context, params: shapes.CancelReservedInstancesListingRequest
) -> shapes.CancelReservedInstancesListingResult:
    modifications.settle(ctx)
    return {
        "ReservedInstancesListings": [listings.cancel(ctx, params["ReservedInstancesListingId"])]
    }


@action("DescribeReservedInstancesListings")
def describe_reserved_instances_listings(
    ctx: Context, params: shapes.DescribeReservedInstancesListingsRequest
) -> shapes.DescribeReservedInstancesListingsResult:
    modifications.settle(ctx)
    wanted = {
        "ReservedInstancesId": params.get("ReservedInstancesId"),
        "ReservedInstancesListingId": params.get("ReservedInstancesListingId"),
    }
    listed = [
        doc
        for doc in listings.described(ctx)
        if all(v is None or doc.get(k) == v for k, v in wanted.items())
    ]
    return {
        "ReservedInstancesListings": apply_filters(listed, params.get("Filters"), listings.FILTERS)
    }


@action("ModifyReservedInstances")
def modify_reserved_instances(
    ctx: Context, params: shapes.ModifyReservedInstancesRequest
) -> shapes.ModifyReservedInstancesResult:
    modifications.settle(ctx)
    modification_id = modifications.modify(
        ctx,
        params["ReservedInstancesIds"],
        params["TargetConfigurations"],
        params.get("ClientToken"),
    )
    return {"ReservedInstancesModificationId": modification_id}


@action("DescribeReservedInstancesModifications")
def describe_reserved_instances_modifications(
    ctx: Context, params: shapes.DescribeReservedInstancesModificationsRequest
) -> shapes.DescribeReservedInstancesModificationsResult:
    listed = modifications.described(ctx, params.get("ReservedInstancesModificationIds") or ())
    listed = apply_filters(listed, params.get("Filters"), modifications.FILTERS)
    page, token = paginate(listed, None, params.get("NextToken"))
    result: shapes.DescribeReservedInstancesModificationsResult = {
        "ReservedInstancesModifications": page
    }
    if token is not None:
        result["NextToken"] = token
    return result
