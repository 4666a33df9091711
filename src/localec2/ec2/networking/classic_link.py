"""ClassicLink, as EC2 answers it since EC2-Classic was retired (August 2023).

ClassicLink linked EC2-Classic instances to a VPC; no EC2-Classic instance exists any
more. DescribeClassicLinkInstances, which lists only linked EC2-Classic instances, lists
none (the instances it names are still checked). The calls that read or change a VPC's
ClassicLink settings, or link an instance, are answered as EC2 answered them in a region
without EC2-Classic: `UnsupportedOperation`, "The functionality you requested is not
available in this region." (reconstructed from the code of Terraform's AWS provider and
Ansible's `amazon.aws`, which handle exactly that answer for DescribeVpcClassicLink).
"""

from __future__ import annotations

from collections.abc import Sequence

from ... import errors
from ...protocol import shapes
from ..context import Context
from ..instances.lookup import select_instances

NOT_AVAILABLE = "The functionality you requested is not available in this region."


def classic_link_instances(
    ctx: Context, instance_ids: Sequence[str]
) -> list[shapes.ClassicLinkInstance]:
    """The linked EC2-Classic instances among those named (Malformed / NotFound as EC2
    answers for any instance): none."""
    if instance_ids:
        select_instances(ctx, instance_ids)
    return []


def not_available() -> errors.EC2Error:
    return errors.UnsupportedOperation(NOT_AVAILABLE)
