"""Bundle tasks (BundleInstance, CancelBundleTask, DescribeBundleTasks) and product codes
(ConfirmProductInstance): old calls boto 2 still makes.

EC2's API reference says of BundleInstance that it is no longer supported: it bundled only
instance store-backed Windows instances into S3, and every instance here is backed by EBS
(CreateImage makes its AMI). So no bundle task ever exists: BundleInstance is refused for
the instance it names, DescribeBundleTasks lists none, CancelBundleTask finds none.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NoReturn

from ... import errors
from ...protocol import shapes
from ..context import Context
from .lookup import get_instance


def bundle_instance(ctx: Context, instance_id: str) -> NoReturn:
    """BundleInstance: the instance is looked up (Malformed / NotFound), then refused."""
    instance = get_instance(ctx, instance_id)
    # reconstructed: the wording (UnsupportedOperation, as EC2 answers what it no longer does)
    raise errors.UnsupportedOperation(
        f"The instance '{instance['InstanceId']}' is backed by Amazon EBS: BundleInstance "
        "applies to instance store-backed Windows instances only. Use CreateImage."
    )


def _no_such_bundles(bundle_ids: Sequence[str]) -> errors.EC2Error:
    # reconstructed: the wording, as EC2 words its other NotFound errors
    if len(bundle_ids) == 1:
        return errors.InvalidBundleIDNotFound(f"The bundle ID '{bundle_ids[0]}' does not exist")
    return errors.InvalidBundleIDNotFound(f"The bundle IDs '{', '.join(bundle_ids)}' do not exist")


def bundle_tasks(bundle_ids: Sequence[str]) -> list[shapes.BundleTask]:
    """DescribeBundleTasks: none exist, so every id named is unknown."""
    if bundle_ids:
        raise _no_such_bundles(list(dict.fromkeys(bundle_ids)))
    return []


def cancel_bundle_task(bundle_id: str) -> NoReturn:
    """CancelBundleTask: there is no task to cancel."""
    raise _no_such_bundles([bundle_id])


def confirm_product_instance(
    ctx: Context, product_code: str, instance_id: str
) -> shapes.ConfirmProductInstanceResult:
    """ConfirmProductInstance: whether the product code is attached to the instance (from
    its image), with the instance owner's account if it is."""
    instance = get_instance(ctx, instance_id)
    codes = {c.get("ProductCodeId") for c in instance.get("ProductCodes") or ()}
    if product_code not in codes:
        return {"Return": False}
    return {"Return": True, "OwnerId": ctx.account_id}
