"""RunInstances: counts, idempotency by client token, private addresses, and storing the
launched instances (pending, or running at once) with their volumes and interfaces."""

from __future__ import annotations

from dataclasses import dataclass

from ... import errors
from ...errors import invalid_parameter_combination, invalid_parameter_value
from ...state.ids import new_id
from ..context import Context
from ..documents import ClientTokenDoc, InstanceDoc
from ..kinds import CLIENT_TOKEN, INSTANCE, with_private
from ..networking import private_addresses
from ..networking.interface_launch import launch_interfaces
from ..placement.at_launch import launch_placements
from .launch_options import launch_options
from .launch_request import Launch, LaunchRequest, validated_launch
from .lookup import find_instance
from .new_instance import instance_document, shared_parts
from .parts import record_instance_parts
from .states import PENDING, state

MAX_PER_REQUEST = 1000


@dataclass(frozen=True)
class Launched:
    """A reservation's id and its instances as RunInstances answers them."""

    reservation_id: str
    instances: list[InstanceDoc]


def _check_counts(low: int, high: int) -> None:
    if low < 1:
        raise invalid_parameter_value(
            f"Value ({low}) for parameter minCount is invalid. Expected a positive integer."
        )
    if high < 1:
        raise invalid_parameter_value(
            f"Value ({high}) for parameter maxCount is invalid. Expected a positive integer."
        )
    if low > high:
        raise invalid_parameter_value(
            f"Invalid value '{low}' for MinCount. Must be less than or equal to MaxCount"
        )


def _replay(ctx: Context, token_doc: ClientTokenDoc, digest: str) -> Launched:
    """What a launch with a client token already used launched (its instances still
    visible), or `IdempotentParameterMismatch` if the request differs."""
    if token_doc["_"]["digest"] != digest:
        raise errors.IdempotentParameterMismatch(
            "Arguments on this idempotent request are inconsistent with arguments used in "
            "previous request(s).",
        )
    instances = [find_instance(ctx, i) for i in token_doc["InstanceIds"]]
    return Launched(token_doc["ReservationId"], [i for i in instances if i])


def _private_addresses(ctx: Context, launch: Launch, low: int, high: int) -> list[str]:
    """One private address per instance launched: as many as allowed, at least `low`."""
    subnet = launch.subnet
    count = min(high, MAX_PER_REQUEST, subnet["AvailableIpAddressCount"])
    if count < low:
        if low > MAX_PER_REQUEST:
            raise errors.InstanceLimitExceeded(
                f"Your quota allows for {MAX_PER_REQUEST} more running instance(s). "
                f"You requested at least {low}",
            )
        raise errors.InsufficientFreeAddressesInSubnet(
            f"There are not enough free addresses in subnet '{subnet['SubnetId']}' to satisfy "
            "the requested number of instances.",
        )
    wanted = launch.private_ip
    if launch.existing_primary:  # the address is the interface's already
        if count > 1:
            # reconstructed: the wording of EC2's refusal
            raise invalid_parameter_combination(
                "Cannot specify an existing network interface when launching more than one instance"
            )
        return [wanted or ""]
    if not wanted:
        # every interface's addresses are known there, not only instances' primary ones
        return private_addresses.allocate(ctx, subnet, count, "instances")
    if count > 1:
        raise invalid_parameter_combination(
            "Cannot specify a private IP address when launching more than one instance"
        )
    private_addresses.claim(ctx, subnet, [wanted])
    return [wanted]


def run_instances(ctx: Context, request: LaunchRequest, digest: str) -> Launched:
    """Launch what the request asks for, as many as the subnet has addresses for (at least
    `min_count`, at most `max_count`). `digest` stands for the request's arguments, to tell
    a retry with the same client token from a different request reusing it."""
    low, high = request.min_count, request.max_count
    _check_counts(low, high)
    token = request.client_token
    if token:
        token_doc = CLIENT_TOKEN.stored(ctx.tx, token)
        if token_doc is not None:
            return _replay(ctx, token_doc, digest)
    launch = validated_launch(ctx, request)
    options = launch_options(ctx, request, launch)
    addresses = _private_addresses(ctx, launch, low, high)
    reservation_id = new_id("r")
    shared = shared_parts(ctx, launch, request)
    zone = launch.subnet["AvailabilityZone"]
    placements = launch_placements(
        ctx, request.placement, zone, launch.instance_type, len(addresses)
    )
    stored: list[InstanceDoc] = []
    answered: list[InstanceDoc] = []
    for index, address in enumerate(addresses):
        doc = instance_document(
            ctx, launch, request, shared, index, address, reservation_id, placements[index]
        )
        doc = options.applied(launch_interfaces(ctx, doc, launch.interfaces, launch.interface_tags))
        pending: InstanceDoc = {**doc, "State": state("pending"), "StateReason": PENDING}
        if ctx.config.boot_seconds > 0:  # else it is running by the next request
            doc = with_private(pending, next=["running", ctx.now + ctx.config.boot_seconds])
        INSTANCE.put(ctx.tx, doc)
        record_instance_parts(ctx.tx, doc, launch.volume_tags, launch.interface_tags)
        stored.append(doc)
        answered.append(pending)
    if token:
        CLIENT_TOKEN.put(
            ctx.tx,
            {
                "ClientToken": token,
                "ReservationId": reservation_id,
                "InstanceIds": [i["InstanceId"] for i in stored],
                "_": {"digest": digest},
            },
        )
    return Launched(reservation_id, answered)
