"""BundleInstance, CancelBundleTask, DescribeBundleTasks, ConfirmProductInstance.

The rules are `ec2.instances.bundles`.
"""

from __future__ import annotations

from ..ec2.context import Context
from ..ec2.filters import apply_filters, fields
from ..ec2.instances import bundles
from ..protocol import shapes
from .registry import action

FILTERS = fields(
    {
        "bundle-id": "BundleId",
        "error-code": "BundleTaskError.Code",
        "error-message": "BundleTaskError.Message",
        "instance-id": "InstanceId",
        "progress": "Progress",
        "s3-bucket": "Storage.S3.Bucket",
        "s3-prefix": "Storage.S3.Prefix",
        "start-time": "StartTime",
        "state": "State",
        "update-time": "UpdateTime",
    }
)


@action("BundleInstance")
def bundle_instance(
    ctx: Context, params: shapes.BundleInstanceRequest
) -> shapes.BundleInstanceResult:
    bundles.bundle_instance(ctx, params["InstanceId"])


@action("CancelBundleTask")
def cancel_bundle_task(
    ctx: Context, params: shapes.CancelBundleTaskRequest
) -> shapes.CancelBundleTaskResult:
    bundles.cancel_bundle_task(params["BundleId"])


@action("DescribeBundleTasks")
def describe_bundle_tasks(
    ctx: Context, params: shapes.DescribeBundleTasksRequest
) -> shapes.DescribeBundleTasksResult:
    tasks = bundles.bundle_tasks(params.get("BundleIds") or [])
    return {"BundleTasks": apply_filters(tasks, params.get("Filters"), FILTERS)}


@action("ConfirmProductInstance")
def confirm_product_instance(
    ctx: Context, params: shapes.ConfirmProductInstanceRequest
) -> shapes.ConfirmProductInstanceResult:
    return bundles.confirm_product_instance(ctx, params["ProductCode"], params["InstanceId"])
