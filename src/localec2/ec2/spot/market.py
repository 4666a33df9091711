"""RunInstances' InstanceMarketOptions: Spot Instances launched at once, each with a Spot
Instance request of its own (`active` / `fulfilled`, as EC2 makes them).

EC2's documentation: a maximum price is at least USD 0.001; a persistent request needs the
interruption behavior `stop` or `hibernate`; ValidUntil is for persistent requests only;
a maximum price below the Spot price fails the launch with `SpotMaxPriceTooLow`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ... import errors
from ...errors import invalid_parameter_combination, invalid_parameter_value
from ...protocol import shapes
from ..context import Context
from ..documents import InstanceDoc, SpotInstanceRequestDoc
from ..instances.prices import format_price, on_demand_price
from ..instances.states import timestamp
from ..kinds import SPOT_INSTANCE_REQUEST, with_private
from ..tags.tagging import tags_for
from .launching import launched_in, mark_spot, product_description
from .prices import spot_price
from .requests import VALID_FOR, new_request_id, parse_price, status


@dataclass(frozen=True)
class SpotMarket:
    """The Spot options a launch asks for."""

    max_price: float | None
    type: str
    valid_until: float | None
    behavior: str


def spot_market(options: shapes.InstanceMarketOptionsRequest | None) -> SpotMarket | None:
    """The Spot options of the launch (None: On-Demand), or EC2's refusal.
    reconstructed: the wording of the refusals."""
    if not options:
        return None
    market_type = options.get("MarketType") or "spot"
    if market_type == "on-demand":
        return None
    if market_type != "spot":
        raise invalid_parameter_value(
            f"The market type '{market_type}' is not supported by localec2: use spot."
        )
    spot = options.get("SpotOptions") or {}
    given = spot.get("MaxPrice")
    request_type = spot.get("SpotInstanceType") or "one-time"
    behavior = spot.get("InstanceInterruptionBehavior") or "terminate"
    if request_type == "persistent" and behavior == "terminate":
        raise invalid_parameter_combination(
            "Persistent Spot Instance requests are supported only when the instance "
            "interruption behavior is stop or hibernate."
        )
    until = spot.get("ValidUntil")
    if until is not None and request_type != "persistent":
        raise invalid_parameter_combination(
            "ValidUntil is supported only for persistent Spot Instance requests."
        )
    return SpotMarket(
        max_price=parse_price(given, "MaxPrice") if given is not None else None,
        type=request_type,
        valid_until=until.timestamp() if until is not None and not isinstance(until, str) else None,
        behavior=behavior,
    )


def _request_document(
    ctx: Context, market: SpotMarket, instance: InstanceDoc, tags: list[shapes.Tag]
) -> SpotInstanceRequestDoc:
    product = product_description(instance)
    zone = instance["Placement"]["AvailabilityZone"]
    instance_type = instance["InstanceType"]
    price = spot_price(instance_type, zone, product, ctx.now)
    max_price = market.max_price
    if max_price is None:
        max_price = on_demand_price(instance_type, product)
    if max_price < price:
        raise errors.SpotMaxPriceTooLow(
            f"Your maximum price ({format_price(max_price)}) is below the current Spot price "
            f"({format_price(price)}) for {instance_type} in {zone}."
        )
    until = market.valid_until if market.valid_until is not None else ctx.now + VALID_FOR
    spec: shapes.LaunchSpecification = {
        "ImageId": instance["ImageId"],
        "InstanceType": instance_type,
        "SecurityGroups": instance.get("SecurityGroups") or [],
        "SubnetId": instance.get("SubnetId", ""),
        "Placement": {"AvailabilityZone": zone},
        "Monitoring": {"Enabled": instance["Monitoring"]["State"] != "disabled"},
    }
    if instance.get("KeyName"):
        spec["KeyName"] = instance["KeyName"]
    doc: SpotInstanceRequestDoc = {
        "SpotInstanceRequestId": instance["SpotInstanceRequestId"],
        "SpotPrice": format_price(max_price),
        "Type": market.type,
        "State": "active",
        "Status": status(ctx, "fulfilled"),
        "CreateTime": timestamp(ctx.now),
        "ValidUntil": timestamp(until),
        "LaunchSpecification": spec,
        "ProductDescription": product,
        "InstanceInterruptionBehavior": market.behavior,
        "InstanceId": instance["InstanceId"],
        "Tags": tags,
    }
    doc = {**doc, **launched_in(ctx.region, instance)}
    # a persistent request launches what its instance was launched with, if reopened
    relaunch: shapes.RequestSpotLaunchSpecification = {
        "ImageId": instance["ImageId"],
        "InstanceType": instance_type,
        "SubnetId": instance.get("SubnetId", ""),
        "SecurityGroupIds": [g["GroupId"] for g in instance.get("SecurityGroups") or ()],
    }
    if instance.get("KeyName"):
        relaunch["KeyName"] = instance["KeyName"]
    return with_private(
        doc,
        spec=relaunch,
        max_price=max_price,
        valid_until=until,
        evaluate_at=ctx.now,
    )


def launched_on_spot(
    ctx: Context,
    market: SpotMarket,
    instances: Sequence[InstanceDoc],
    tag_specifications: Sequence[shapes.TagSpecification],
) -> list[InstanceDoc]:
    """The launched instances as Spot Instances, each with its request stored (instances of
    a replayed launch already have theirs)."""
    tags = tags_for(tag_specifications, SPOT_INSTANCE_REQUEST.name)
    out = []
    for instance in instances:
        if instance.get("SpotInstanceRequestId"):
            out.append(instance)
            continue
        marked = mark_spot(ctx, instance, new_request_id())
        SPOT_INSTANCE_REQUEST.put(ctx.tx, _request_document(ctx, market, marked, tags))
        out.append(marked)
    return out
