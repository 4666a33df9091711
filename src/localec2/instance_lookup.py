"""Instances in the store as they are now: lookups by id, listings, reservations.

Reading an instance settles a finished state transition (see `instance_state`) and writes
the settled document back once, so later requests read it as stored.
"""

from __future__ import annotations

from .dependents import forget_instance_parts
from .errors import EC2Error, invalid_parameter_combination
from .ids import check_ids, not_found
from .instance_state import settle
from .registry import Context

INSTANCE = "instance"


def current(ctx: Context, doc: dict) -> dict | None:
    """The instance as it is now; a finished transition is written back once."""
    if doc.get("_next") is None and doc.get("_gone_at") is None:
        return doc
    settled = settle(doc, ctx.now)
    if settled is None:
        ctx.tx.delete(INSTANCE, doc["InstanceId"])
        forget_instance_parts(ctx.tx, doc)
    elif settled is not doc:
        ctx.tx.put(INSTANCE, doc["InstanceId"], settled)
    return settled


def find_instance(ctx: Context, instance_id: str) -> dict | None:
    """The instance as it is now; None if there is none or it has vanished."""
    doc = ctx.tx.get(INSTANCE, instance_id)
    return None if doc is None else current(ctx, doc)


def all_instances(ctx: Context) -> list[dict]:
    """Every visible instance of the partition, oldest first, as it is now."""
    out = []
    for doc in ctx.tx.all(INSTANCE):
        doc = current(ctx, doc)
        if doc is not None:
            out.append(doc)
    return out


def select_instances(ctx: Context, ids: list[str]) -> list[dict]:
    """The instances with these ids (Malformed/NotFound as EC2 answers), as they are now."""
    check_ids(ids, "i", "InvalidInstanceID")
    unique = list(dict.fromkeys(ids))
    docs = [find_instance(ctx, i) for i in unique]
    missing = [i for i, doc in zip(unique, docs, strict=True) if doc is None]
    if missing:
        raise not_found("InvalidInstanceID", "instance", missing)
    return docs


def get_instance(ctx: Context, instance_id: str) -> dict:
    if not instance_id:
        raise EC2Error("MissingParameter", "The request must contain the parameter InstanceId")
    return select_instances(ctx, [instance_id])[0]


def incorrect_state(instance_id: str, doing: str) -> EC2Error:
    return EC2Error(
        "IncorrectInstanceState",
        f"This instance '{instance_id}' is not in a state from which it can be {doing}.",
    )


def reservation(ctx: Context, reservation_id: str, instances: list[dict]) -> dict:
    return {
        "ReservationId": reservation_id,
        "OwnerId": ctx.account_id,
        "Groups": [],
        "Instances": instances,
    }


def requested_instances(ctx: Context, params: dict) -> list[dict]:
    """The instances a Describe request names in `InstanceIds`, or all of them.

    Ids and `MaxResults` together are `InvalidParameterCombination`, as EC2 answers.
    """
    ids = params.get("InstanceIds") or []
    if ids and params.get("MaxResults") is not None:
        raise invalid_parameter_combination(
            "The parameter instancesSet cannot be used with the parameter maxResults"
        )
    return select_instances(ctx, ids) if ids else all_instances(ctx)
