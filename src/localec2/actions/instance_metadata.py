"""ModifyInstanceMetadataOptions (an instance's options are in DescribeInstances)."""

from __future__ import annotations

from ..ec2.context import Context
from ..ec2.instances.metadata_options import modify_metadata_options
from ..protocol import shapes
from .registry import action


@action("ModifyInstanceMetadataOptions")
def modify_instance_metadata_options(
    ctx: Context, params: shapes.ModifyInstanceMetadataOptionsRequest
) -> shapes.ModifyInstanceMetadataOptionsResult:
    return {
        "InstanceId": params["InstanceId"],
        "InstanceMetadataOptions": modify_metadata_options(ctx, params),
    }
