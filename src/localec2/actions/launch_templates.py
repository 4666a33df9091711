"""CreateLaunchTemplate, ModifyLaunchTemplate, DeleteLaunchTemplate, DescribeLaunchTemplates,
Create/Delete/DescribeLaunchTemplateVersions, GetLaunchTemplateData (see
`ec2.launch_templates`)."""

from __future__ import annotations

from ..ec2.context import Context
from ..ec2.filters import apply_filters, paginate
from ..ec2.instances.lookup import get_instance
from ..ec2.launch_templates import templates, versions
from ..ec2.launch_templates.template_data import instance_data
from ..protocol import shapes
from .registry import action

MAX_RESULTS = 200  # EC2's documentation: 1 to 200


@action("CreateLaunchTemplate")
def create_launch_template(
    ctx: Context, params: shapes.CreateLaunchTemplateRequest
) -> shapes.CreateLaunchTemplateResult:
    template, _ = templates.create(
        ctx,
        params["LaunchTemplateName"],
        params["LaunchTemplateData"],
        params.get("VersionDescription"),
        params.get("TagSpecifications"),
    )
    return {"LaunchTemplate": template}


@action("ModifyLaunchTemplate")
def modify_launch_template(
    ctx: Context, params: shapes.ModifyLaunchTemplateRequest
) -> shapes.ModifyLaunchTemplateResult:
    template = templates.find(ctx, params.get("LaunchTemplateId"), params.get("LaunchTemplateName"))
    default = params.get("DefaultVersion")
    if default is not None:
        template = templates.set_default(ctx, template, default)
    return {"LaunchTemplate": template}


@action("DeleteLaunchTemplate")
def delete_launch_template(
    ctx: Context, params: shapes.DeleteLaunchTemplateRequest
) -> shapes.DeleteLaunchTemplateResult:
    template = templates.find(ctx, params.get("LaunchTemplateId"), params.get("LaunchTemplateName"))
    templates.delete(ctx, template)
    return {"LaunchTemplate": template}


@action("DescribeLaunchTemplates")
def describe_launch_templates(
    ctx: Context, params: shapes.DescribeLaunchTemplatesRequest
) -> shapes.DescribeLaunchTemplatesResult:
    max_results = params.get("MaxResults")
    found = templates.described(
        ctx,
        params.get("LaunchTemplateIds") or (),
        params.get("LaunchTemplateNames") or (),
        max_results,
    )
    found = apply_filters(found, params.get("Filters"), templates.FILTERS)
    page, token = paginate(
        found, max_results, params.get("NextToken"), minimum=1, maximum=MAX_RESULTS
    )
    result: shapes.DescribeLaunchTemplatesResult = {"LaunchTemplates": page}
    if token is not None:
        result["NextToken"] = token
    return result


@action("CreateLaunchTemplateVersion")
def create_launch_template_version(
    ctx: Context, params: shapes.CreateLaunchTemplateVersionRequest
) -> shapes.CreateLaunchTemplateVersionResult:
    template = templates.find(ctx, params.get("LaunchTemplateId"), params.get("LaunchTemplateName"))
    version = versions.create_version(
        ctx,
        template,
        params["LaunchTemplateData"],
        params.get("SourceVersion"),
        params.get("VersionDescription"),
    )
    return {"LaunchTemplateVersion": version}


@action("DeleteLaunchTemplateVersions")
def delete_launch_template_versions(
    ctx: Context, params: shapes.DeleteLaunchTemplateVersionsRequest
) -> shapes.DeleteLaunchTemplateVersionsResult:
    template = templates.find(ctx, params.get("LaunchTemplateId"), params.get("LaunchTemplateName"))
    done, failed = versions.delete_versions(ctx, template, params["Versions"])
    return {
        "SuccessfullyDeletedLaunchTemplateVersions": done,
        "UnsuccessfullyDeletedLaunchTemplateVersions": failed,
    }


@action("DescribeLaunchTemplateVersions")
def describe_launch_template_versions(
    ctx: Context, params: shapes.DescribeLaunchTemplateVersionsRequest
) -> shapes.DescribeLaunchTemplateVersionsResult:
    template_id, name = params.get("LaunchTemplateId"), params.get("LaunchTemplateName")
    template = templates.find(ctx, template_id, name) if template_id or name else None
    found = versions.described_versions(
        ctx,
        template,
        params.get("Versions") or (),
        params.get("MinVersion"),
        params.get("MaxVersion"),
    )
    found = apply_filters(found, params.get("Filters"), versions.FILTERS)
    page, token = paginate(
        found, params.get("MaxResults"), params.get("NextToken"), minimum=1, maximum=MAX_RESULTS
    )
    result: shapes.DescribeLaunchTemplateVersionsResult = {"LaunchTemplateVersions": page}
    if token is not None:
        result["NextToken"] = token
    return result


@action("GetLaunchTemplateData")
def get_launch_template_data(
    ctx: Context, params: shapes.GetLaunchTemplateDataRequest
) -> shapes.GetLaunchTemplateDataResult:
    return {"LaunchTemplateData": instance_data(get_instance(ctx, params["InstanceId"]))}
