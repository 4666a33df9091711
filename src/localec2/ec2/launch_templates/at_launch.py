"""RunInstances with a `LaunchTemplate`: the template version's data under the request's own
members, and the tags EC2 gives an instance launched from a template."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from ...protocol import shapes
from ..context import Context
from .templates import find, resolve

# members a template spells otherwise than RunInstances, and those a launch does not use
_RENAMED = {"RamDiskId": "RamdiskId", "ElasticGpuSpecifications": "ElasticGpuSpecification"}
_NOT_LAUNCHED = ("InstanceRequirements",)  # for fleets, which choose the instance type


@dataclass(frozen=True)
class FromTemplate:
    """A RunInstances request with its template's data merged in, and the instance's
    `aws:ec2launchtemplate:*` tags (none without a template)."""

    params: shapes.RunInstancesRequest
    tags: list[shapes.Tag]


def with_launch_template(ctx: Context, params: shapes.RunInstancesRequest) -> FromTemplate:
    """The request as launched: EC2's documentation has the request's parameters overwrite
    the template's; the members of `Placement` are merged one by one (reconstructed)."""
    spec = params.get("LaunchTemplate")
    if not spec:
        return FromTemplate(params, [])
    template = find(ctx, spec.get("LaunchTemplateId"), spec.get("LaunchTemplateName"))
    version = resolve(template, spec.get("Version") or "$Default")
    data = version.get("LaunchTemplateData") or {}
    merged: dict[str, Any] = {
        _RENAMED.get(key, key): value for key, value in data.items() if key not in _NOT_LAUNCHED
    }
    placement = {**(data.get("Placement") or {}), **(params.get("Placement") or {})}
    merged.update(params)
    if placement:
        merged["Placement"] = placement
    tags: list[shapes.Tag] = [
        {"Key": "aws:ec2launchtemplate:id", "Value": template["LaunchTemplateId"]},
        {"Key": "aws:ec2launchtemplate:version", "Value": str(version["VersionNumber"])},
    ]
    return FromTemplate(cast(shapes.RunInstancesRequest, merged), tags)
