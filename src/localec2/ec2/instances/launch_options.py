"""What RunInstances' `CreditSpecification` and `MetadataOptions` give the instances of a
launch, checked before anything is launched (see `credits`, `metadata_options`)."""

from __future__ import annotations

from dataclasses import dataclass

from ...protocol import shapes
from ..context import Context
from ..documents import InstanceDoc
from ..kinds import with_private
from .credits import launch_credits
from .launch_request import Launch, LaunchRequest
from .metadata_options import launch_metadata_options


@dataclass(frozen=True)
class LaunchOptions:
    cpu_credits: str | None  # None: not a burstable type
    metadata: shapes.InstanceMetadataOptionsResponse

    def applied(self, doc: InstanceDoc) -> InstanceDoc:
        """A new instance's document with these options."""
        doc = {**doc, "MetadataOptions": self.metadata}
        return with_private(doc, cpu_credits=self.cpu_credits) if self.cpu_credits else doc


def launch_options(ctx: Context, request: LaunchRequest, launch: Launch) -> LaunchOptions:
    """The options the request asks for (or EC2's defaults), or the error EC2 answers."""
    specification = request.credit_specification
    credits = specification["CpuCredits"] if specification else None
    return LaunchOptions(
        cpu_credits=launch_credits(ctx.tx, launch.instance_type["InstanceType"], credits),
        metadata=launch_metadata_options(launch.image, request.metadata_options),
    )
