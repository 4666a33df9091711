"""A launch template's versions: CreateLaunchTemplateVersion (from a source version),
DeleteLaunchTemplateVersions (each version's outcome), DescribeLaunchTemplateVersions (by
number, alias or range, of one template or of all)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from ... import errors
from ...errors import invalid_parameter_value
from ...protocol import shapes
from ..context import Context
from ..documents import LaunchTemplateDoc
from ..filters import fields
from ..kinds import LAUNCH_TEMPLATE, with_private
from .templates import new_version, resolve, versions_of

ALIASES = ("$Latest", "$Default")
MAX_DELETED = 200  # EC2's documentation: up to 200 versions per request

FILTERS = fields(
    {
        "create-time": "CreateTime",
        "ebs-optimized": "LaunchTemplateData.EbsOptimized",
        "iam-instance-profile": "LaunchTemplateData.IamInstanceProfile.Arn",
        "image-id": "LaunchTemplateData.ImageId",
        "instance-type": "LaunchTemplateData.InstanceType",
        "is-default-version": "DefaultVersion",
        "kernel-id": "LaunchTemplateData.KernelId",
        "ram-disk-id": "LaunchTemplateData.RamDiskId",
    }
)


def shown(
    template: LaunchTemplateDoc, version: shapes.LaunchTemplateVersion
) -> shapes.LaunchTemplateVersion:
    """The version as EC2 answers it: whether it is the template's default."""
    return {
        **version,
        "DefaultVersion": version["VersionNumber"] == template["DefaultVersionNumber"],
    }


def create_version(
    ctx: Context,
    template: LaunchTemplateDoc,
    data: shapes.RequestLaunchTemplateData,
    source: str | None,
    description: str | None,
) -> shapes.LaunchTemplateVersion:
    """A new latest version: the source version's data with the request's members over it
    (EC2's documentation: the new version inherits the source's parameters except those
    given)."""
    if source is not None:
        inherited = resolve(template, source).get("LaunchTemplateData", {})
        data = cast(shapes.RequestLaunchTemplateData, {**inherited, **data})
    changed, version = new_version(ctx, template, data, description)
    LAUNCH_TEMPLATE.put(ctx.tx, changed)
    return shown(changed, version)


Deleted = tuple[
    list[shapes.DeleteLaunchTemplateVersionsResponseSuccessItem],
    list[shapes.DeleteLaunchTemplateVersionsResponseErrorItem],
]


def delete_versions(ctx: Context, template: LaunchTemplateDoc, wanted: Sequence[str]) -> Deleted:
    """Delete the versions named by number; the default version and unknown ones stay, each
    answered in the unsuccessful set."""
    if len(wanted) > MAX_DELETED:
        raise invalid_parameter_value(  # reconstructed: the wording
            f"You can specify up to {MAX_DELETED} launch template versions in a single request."
        )
    bad = [v for v in wanted if not (v.isascii() and v.isdigit())]
    if bad:
        raise invalid_parameter_value(  # reconstructed: the wording
            f"Invalid launch template version '{bad[0]}': specify version numbers."
        )
    numbers = [int(v) for v in dict.fromkeys(wanted)]
    existing = {v["VersionNumber"] for v in versions_of(template)}
    template_id, name = template["LaunchTemplateId"], template["LaunchTemplateName"]
    done: list[shapes.DeleteLaunchTemplateVersionsResponseSuccessItem] = []
    failed: list[shapes.DeleteLaunchTemplateVersionsResponseErrorItem] = []
    for number in numbers:
        if number == template["DefaultVersionNumber"]:
            # reconstructed: the wording of EC2's refusal
            error: shapes.ResponseError = {
                "Code": "unexpectedError",
                "Message": "Cannot delete the default version of a launch template.",
            }
        elif number not in existing:
            error = {
                "Code": "launchTemplateVersionDoesNotExist",
                "Message": f"The specified launch template version {number} does not exist.",
            }
        else:
            done.append(
                {
                    "LaunchTemplateId": template_id,
                    "LaunchTemplateName": name,
                    "VersionNumber": number,
                }
            )
            continue
        failed.append(
            {
                "LaunchTemplateId": template_id,
                "LaunchTemplateName": name,
                "VersionNumber": number,
                "ResponseError": error,
            }
        )
    gone = {d["VersionNumber"] for d in done}
    if gone:
        kept = [v for v in versions_of(template) if v["VersionNumber"] not in gone]
        latest = max(v["VersionNumber"] for v in kept)
        changed: LaunchTemplateDoc = {**template, "LatestVersionNumber": latest}
        LAUNCH_TEMPLATE.put(ctx.tx, with_private(changed, versions=kept))
    return done, failed


def _range(
    template: LaunchTemplateDoc, low: str | None, high: str | None
) -> list[shapes.LaunchTemplateVersion]:
    def bound(value: str | None, default: int) -> int:
        if value is None:
            return default
        if value in ALIASES:
            return resolve(template, value)["VersionNumber"]
        if not (value.isascii() and value.isdigit()):
            raise invalid_parameter_value(f"Invalid value '{value}' for a launch template version.")
        return int(value)

    first, last = bound(low, 1), bound(high, template["LatestVersionNumber"])
    return [v for v in versions_of(template) if first <= v["VersionNumber"] <= last]


def _every_templates(ctx: Context, wanted: Sequence[str]) -> list[shapes.LaunchTemplateVersion]:
    """`$Latest` and/or `$Default` of every template (asked without a template)."""
    if not wanted:
        # EC2's documentation words what may be asked without a template
        raise errors.MissingParameter(
            "To describe the launch template data for all your launch templates, for "
            "'--versions' specify '$Latest', '$Default', or both, and omit "
            "'--launch-template-id', '--launch-template-name', and version numbers."
        )
    if any(v not in ALIASES for v in wanted):
        raise invalid_parameter_value(
            "To describe the launch template data for all your launch templates, for "
            "'--versions' specify '$Latest', '$Default', or both, and omit "
            "'--launch-template-id', '--launch-template-name', and version numbers."
        )
    return [
        shown(t, resolve(t, alias))
        for t in LAUNCH_TEMPLATE.every(ctx.tx)
        for alias in dict.fromkeys(wanted)
    ]


def described_versions(
    ctx: Context,
    template: LaunchTemplateDoc | None,
    wanted: Sequence[str],
    low: str | None,
    high: str | None,
) -> list[shapes.LaunchTemplateVersion]:
    """The versions asked for: of one template by number or alias (each must exist), or in a
    range, newest first; else `$Latest` / `$Default` of every template."""
    if template is None:
        return _every_templates(ctx, wanted)
    if wanted:
        found = (resolve(template, v) for v in wanted)
        versions = list({v["VersionNumber"]: v for v in found}.values())
    else:
        versions = _range(template, low, high)
    ordered = sorted(versions, key=lambda v: v["VersionNumber"], reverse=True)
    return [shown(template, v) for v in ordered]
