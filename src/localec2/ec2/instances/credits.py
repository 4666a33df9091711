"""The credit option (`standard` | `unlimited`) of burstable performance instances.

EC2's defaults by family: T2 launches `standard`, T3, T3a and T4g `unlimited`; an account
changes a family's default in a region with ModifyDefaultCreditSpecification, for later
launches. An instance keeps its option (the private `cpu_credits`) from its launch or from
its first resize onto a burstable type; resized away from one it keeps it, so an M5 that was
an unlimited T3 still answers `unlimited`, as EC2's API reference says.
"""

from __future__ import annotations

from collections.abc import Sequence

from ... import errors
from ...errors import EC2Error, invalid_parameter_value
from ...protocol import shapes
from ...state.ids import is_well_formed
from ...state.store import Transaction
from .. import catalogs
from ..context import Context
from ..documents import InstanceDoc
from ..kinds import CREDIT_DEFAULT, INSTANCE, with_private
from .lookup import all_instances, find_instance, requested_instances
from .states import instance_private, name_of

CREDIT_OPTIONS = ("standard", "unlimited")
_STANDARD_FAMILIES = ("t2",)  # every other burstable family launches unlimited


def family_of(instance_type: str) -> str:
    return instance_type.split(".", 1)[0]


def is_burstable(instance_type: str) -> bool:
    info = catalogs.instance_types().get(instance_type)
    return bool(info and info.get("BurstablePerformanceSupported"))


def check_credits(value: str) -> str:
    if value not in CREDIT_OPTIONS:
        # reconstructed: the wording of EC2's refusal
        raise invalid_parameter_value(
            f"Value ({value}) for parameter cpuCredits is invalid. "
            f"Valid values are: {', '.join(CREDIT_OPTIONS)}."
        )
    return value


def not_supported(instance_type: str) -> EC2Error:
    """EC2's words for a credit option asked of a type that is not burstable (as EC2 words
    it for every option and family)."""
    return errors.InstanceCreditSpecificationNotSupported(
        f"The {instance_type} instance type does not support T2 Unlimited."
    )


def family_default(tx: Transaction, family: str) -> str:
    """The account's default option of a family in this region."""
    stored = CREDIT_DEFAULT.stored(tx, family)
    if stored is not None:
        return stored["CpuCredits"]
    return "standard" if family in _STANDARD_FAMILIES else "unlimited"


def default_specification(tx: Transaction, family: str) -> shapes.InstanceFamilyCreditSpecification:
    return {"InstanceFamily": family, "CpuCredits": family_default(tx, family)}


def set_default(
    tx: Transaction, family: str, cpu_credits: str
) -> shapes.InstanceFamilyCreditSpecification:
    """ModifyDefaultCreditSpecification: the family's default for later launches."""
    CREDIT_DEFAULT.put(tx, {"InstanceFamily": family, "CpuCredits": check_credits(cpu_credits)})
    return default_specification(tx, family)


def launch_credits(tx: Transaction, instance_type: str, requested: str | None) -> str | None:
    """The option a launch gives its instances: the one asked for (the type must be
    burstable), else the family's default; None for a type that is not burstable."""
    if requested is not None:
        check_credits(requested)
        if not is_burstable(instance_type):
            raise not_supported(instance_type)
        return requested
    if not is_burstable(instance_type):
        return None
    return family_default(tx, family_of(instance_type))


def resized(tx: Transaction, doc: InstanceDoc, instance_type: str) -> InstanceDoc:
    """The instance after a resize to `instance_type`: onto a burstable type it takes the
    family's default if it had no option yet; otherwise it keeps the one it had."""
    if instance_private(doc).get("cpu_credits") or not is_burstable(instance_type):
        return doc
    return with_private(doc, cpu_credits=family_default(tx, family_of(instance_type)))


def instance_credits(doc: InstanceDoc) -> str:
    """The instance's option: its own, else (never burstable) `standard`."""
    return instance_private(doc).get("cpu_credits") or "standard"


def described_credits(
    ctx: Context, ids: Sequence[str], max_results: int | None
) -> list[shapes.InstanceCreditSpecification]:
    """DescribeInstanceCreditSpecifications: the instances named (any type: EC2's reference
    says a type that is not burstable is an error, but EC2 is observed to answer `standard`
    for it, and so does localec2), else those whose option is `unlimited`, whatever their
    type now."""
    if ids:
        instances = requested_instances(ctx, ids, max_results)
    else:
        instances = [
            doc
            for doc in all_instances(ctx)
            if instance_private(doc).get("cpu_credits") == "unlimited"
        ]
    return [
        {"InstanceId": doc["InstanceId"], "CpuCredits": instance_credits(doc)} for doc in instances
    ]


def _failure(
    instance_id: str, code: errors.Code, message: str
) -> shapes.UnsuccessfulInstanceCreditSpecificationItem:
    return {"InstanceId": instance_id, "Error": {"Code": code.name, "Message": message}}


def _refusal(
    ctx: Context, instance_id: str
) -> tuple[InstanceDoc | None, shapes.UnsuccessfulInstanceCreditSpecificationItem | None]:
    """The instance whose option may change, or why it may not (reconstructed: the
    messages, after EC2's words for the same codes elsewhere)."""
    if not is_well_formed(instance_id, "i"):
        return None, _failure(
            instance_id, errors.InvalidInstanceIDMalformed, f'Invalid id: "{instance_id}"'
        )
    doc = find_instance(ctx, instance_id)
    if doc is None:
        message = f"The instance ID '{instance_id}' does not exist"
        return None, _failure(instance_id, errors.InvalidInstanceIDNotFound, message)
    if name_of(doc) in ("shutting-down", "terminated"):
        message = f"The instance '{instance_id}' is not in a state from which it can be modified."
        return None, _failure(instance_id, errors.IncorrectInstanceState, message)
    if not is_burstable(doc["InstanceType"]):
        message = not_supported(doc["InstanceType"]).message
        return None, _failure(instance_id, errors.InstanceCreditSpecificationNotSupported, message)
    return doc, None


def modify_credits(
    ctx: Context, requests: Sequence[shapes.InstanceCreditSpecificationRequest]
) -> tuple[
    list[shapes.SuccessfulInstanceCreditSpecificationItem],
    list[shapes.UnsuccessfulInstanceCreditSpecificationItem],
]:
    """ModifyInstanceCreditSpecification: each instance changed, or listed with the reason it
    was not; a bad option refuses the whole request."""
    for request in requests:
        if "CpuCredits" not in request:
            raise errors.missing_parameter("CpuCredits")
        check_credits(request["CpuCredits"])
    succeeded: list[shapes.SuccessfulInstanceCreditSpecificationItem] = []
    failed: list[shapes.UnsuccessfulInstanceCreditSpecificationItem] = []
    for request in requests:
        doc, failure = _refusal(ctx, request["InstanceId"])
        if failure is not None:
            failed.append(failure)
        elif doc is not None:
            INSTANCE.put(ctx.tx, with_private(doc, cpu_credits=request["CpuCredits"]))
            succeeded.append({"InstanceId": doc["InstanceId"]})
    return succeeded, failed
