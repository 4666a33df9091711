"""What RunInstances' `CreditSpecification` and `MetadataOptions` give the instances of a
launch, checked before anything is launched (see `credits`, `metadata_options`), and the
boot mode they start in."""

from __future__ import annotations

from dataclasses import dataclass

from ...protocol import shapes
from ..context import Context
from ..documents import ImageDoc, InstanceDoc
from ..kinds import with_private
from .credits import launch_credits
from .launch_request import Launch, LaunchRequest
from .metadata_options import launch_metadata_options


@dataclass(frozen=True)
class LaunchOptions:
    cpu_credits: str | None  # None: not a burstable type
    metadata: shapes.InstanceMetadataOptionsResponse
    boot_mode: str  # CurrentInstanceBootMode: "uefi" | "legacy-bios"

    def applied(self, doc: InstanceDoc) -> InstanceDoc:
        """A new instance's document with these options."""
        doc = {**doc, "MetadataOptions": self.metadata, "CurrentInstanceBootMode": self.boot_mode}
        return with_private(doc, cpu_credits=self.cpu_credits) if self.cpu_credits else doc


def boot_mode(image: ImageDoc, instance_type: shapes.InstanceTypeInfo) -> str:
    """The mode an instance boots in, by its image's `BootMode` and what its type supports
    (EC2's documentation, "determine the boot mode of an instance"): `uefi` or `legacy-bios`
    as the image says; `uefi-preferred` is UEFI where the type supports it; with no boot mode
    UEFI on Graviton (arm64) types, legacy BIOS on Intel and AMD ones."""
    mode = image.get("BootMode")
    if mode in ("uefi", "legacy-bios"):
        return mode
    supported = instance_type.get("SupportedBootModes") or ()
    if mode == "uefi-preferred":
        return "uefi" if "uefi" in supported else "legacy-bios"
    return "uefi" if image["Architecture"] == "arm64" else "legacy-bios"


def launch_options(ctx: Context, request: LaunchRequest, launch: Launch) -> LaunchOptions:
    """The options the request asks for (or EC2's defaults), or the error EC2 answers."""
    specification = request.credit_specification
    credits = specification["CpuCredits"] if specification else None
    return LaunchOptions(
        cpu_credits=launch_credits(ctx.tx, launch.instance_type["InstanceType"], credits),
        metadata=launch_metadata_options(launch.image, request.metadata_options),
        boot_mode=boot_mode(launch.image, launch.instance_type),
    )
