"""The account's Spot Instance data feed: Create, Describe and DeleteSpotDatafeedSubscription.

EC2 keeps one data feed per account (a `spot-datafeed-subscription` document keyed by the
account); creating another replaces it. localec2 writes no usage logs: the subscription is
recorded and described, `Active`. reconstructed: the check of the bucket's name (S3's
naming rules) and the wording of the errors.
"""

from __future__ import annotations

import re

from ... import errors
from ...errors import invalid_parameter_value
from ..context import Context
from ..documents import SpotDatafeedSubscriptionDoc
from ..kinds import SPOT_DATAFEED_SUBSCRIPTION

_BUCKET = re.compile(r"[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")
_IP = re.compile(r"\d+\.\d+\.\d+\.\d+")


def _check_bucket(bucket: str) -> str:
    if not _BUCKET.fullmatch(bucket) or ".." in bucket or _IP.fullmatch(bucket):
        raise invalid_parameter_value(f"The bucket name '{bucket}' is not valid.")
    return bucket


def create(ctx: Context, bucket: str, prefix: str | None) -> SpotDatafeedSubscriptionDoc:
    doc: SpotDatafeedSubscriptionDoc = {
        "OwnerId": ctx.account_id,
        "Bucket": _check_bucket(bucket),
        "State": "Active",
    }
    if prefix:
        doc["Prefix"] = prefix
    SPOT_DATAFEED_SUBSCRIPTION.put(ctx.tx, doc)
    return doc


def describe(ctx: Context) -> SpotDatafeedSubscriptionDoc:
    doc = SPOT_DATAFEED_SUBSCRIPTION.stored(ctx.tx, ctx.account_id)
    if doc is None:
        # EC2's error list: "You have no data feed for Spot Instances."
        raise errors.InvalidSpotDatafeedNotFound(
            "The user has no Spot Instance data feed subscription."
        )
    return doc


def delete(ctx: Context) -> None:
    SPOT_DATAFEED_SUBSCRIPTION.delete(ctx.tx, describe(ctx)["OwnerId"])
