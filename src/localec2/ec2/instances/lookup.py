"""Instances in the store as they are now: lookups by id, listings, reservations.

Reading an instance settles a finished state transition (see `states`) and writes
the settled document back once, so later requests read it as stored.
"""

from __future__ import annotations

from collections.abc import Sequence

from ... import errors
from ...errors import EC2Error, invalid_parameter_combination, invalid_parameter_value
from ...protocol import shapes
from .. import catalogs
from ..context import Context
from ..documents import InstanceDoc
from ..kinds import INSTANCE
from .parts import forget_instance_parts
from .states import instance_private, is_settling, settle


def current(ctx: Context, doc: InstanceDoc) -> InstanceDoc | None:
    """The instance as it is now; a finished transition is written back once."""
    if not is_settling(doc):
        return doc
    settled = settle(doc, ctx.now)
    if settled is None:
        INSTANCE.delete(ctx.tx, doc["InstanceId"])
        forget_instance_parts(ctx.tx, doc)
    elif settled is not doc:
        INSTANCE.put(ctx.tx, settled)
    return settled


def find_instance(ctx: Context, instance_id: str) -> InstanceDoc | None:
    """The instance as it is now; None if there is none or it has vanished."""
    doc = INSTANCE.stored(ctx.tx, instance_id)
    return None if doc is None else current(ctx, doc)


def all_instances(ctx: Context) -> list[InstanceDoc]:
    """Every visible instance of the partition, oldest first, as it is now."""
    out = []
    for stored in INSTANCE.every(ctx.tx):
        doc = current(ctx, stored)
        if doc is not None:
            out.append(doc)
    return out


def select_instances(ctx: Context, ids: Sequence[str]) -> list[InstanceDoc]:
    """The instances with these ids (Malformed/NotFound as EC2 answers), as they are now."""
    return INSTANCE.select(ctx.tx, ids, lambda i: find_instance(ctx, i))


def get_instance(ctx: Context, instance_id: str) -> InstanceDoc:
    if not instance_id:
        raise errors.missing_parameter("InstanceId")
    return select_instances(ctx, [instance_id])[0]


def incorrect_state(instance_id: str, doing: str) -> EC2Error:
    return errors.IncorrectInstanceState(
        f"This instance '{instance_id}' is not in a state from which it can be {doing}.",
    )


def reservation(
    ctx: Context, reservation_id: str, instances: Sequence[shapes.Instance]
) -> shapes.Reservation:
    return {
        "ReservationId": reservation_id,
        "OwnerId": ctx.account_id,
        "Groups": [],
        "Instances": instances,
    }


def reservations(ctx: Context, instances: Sequence[InstanceDoc]) -> list[shapes.Reservation]:
    """The instances grouped by the launch (reservation) each came from, in order."""
    by_reservation: dict[str, list[InstanceDoc]] = {}
    for instance in instances:
        by_reservation.setdefault(instance_private(instance)["reservation"], []).append(instance)
    return [reservation(ctx, r, members) for r, members in by_reservation.items()]


def requested_instances(
    ctx: Context, ids: Sequence[str], max_results: int | None
) -> list[InstanceDoc]:
    """The instances a Describe request names in `InstanceIds`, or all of them.

    Ids and `MaxResults` together are `InvalidParameterCombination`, as EC2 answers.
    """
    if ids and max_results is not None:
        raise invalid_parameter_combination(
            "The parameter instancesSet cannot be used with the parameter maxResults"
        )
    return select_instances(ctx, ids) if ids else all_instances(ctx)


def check_instance_type(type_name: str, architecture: str) -> shapes.InstanceTypeInfo:
    """The catalog entry of `type_name`, which must run `architecture` (the image's)."""
    info = catalogs.instance_types().get(type_name)
    if info is None:
        raise invalid_parameter_value(f"Invalid value '{type_name}' for InstanceType.")
    supported = info["ProcessorInfo"]["SupportedArchitectures"]
    if architecture not in supported:
        raise invalid_parameter_value(
            f"The architecture '{','.join(supported)}' of the specified instance type does not "
            f"match the architecture '{architecture}' of the specified AMI. Specify an "
            "instance type and an AMI that have matching architectures, and try again. You can "
            "use 'describe-instance-types' or 'describe-images' to discover the architecture of "
            "the instance type or AMI."
        )
    return info
