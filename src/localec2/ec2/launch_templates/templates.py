"""Launch templates: `launch-template` documents (boto3's `LaunchTemplate` shape, their
versions in the private part), found by id or by name, created, described, their default
version set, deleted."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import cast

from ... import errors
from ...errors import invalid_parameter_combination
from ...protocol import shapes
from ...state.ids import new_id
from ..context import Context
from ..documents import LaunchTemplateDoc
from ..filters import fields
from ..instances.states import timestamp
from ..kinds import LAUNCH_TEMPLATE, private, with_private
from ..tags.tagging import specified_tags
from .template_data import check_data

# EC2's error list: 3 to 128 letters, digits and - _ . / ( )
_NAME = re.compile(r"[A-Za-z0-9\-_./()]{3,128}")

FILTERS = fields(
    {
        "create-time": "CreateTime",
        "launch-template-name": "LaunchTemplateName",
    }
)


def name_not_found(name: str) -> errors.EC2Error:
    # reconstructed: the wording
    return errors.InvalidLaunchTemplateNameNotFound(
        f"The specified launch template, with template name {name}, does not exist."
    )


def by_name(ctx: Context, name: str) -> LaunchTemplateDoc | None:
    return next((t for t in LAUNCH_TEMPLATE.every(ctx.tx) if t["LaunchTemplateName"] == name), None)


def find(ctx: Context, template_id: str | None, name: str | None) -> LaunchTemplateDoc:
    """The template a request names by `LaunchTemplateId` or `LaunchTemplateName`."""
    if template_id and name:
        # reconstructed: the wording
        raise invalid_parameter_combination(
            "The parameters LaunchTemplateId and LaunchTemplateName cannot be used together."
        )
    if template_id:
        return LAUNCH_TEMPLATE.get(ctx.tx, template_id)
    if not name:
        raise errors.MissingParameter(  # reconstructed: the wording
            "The request must contain the parameter LaunchTemplateName or LaunchTemplateId"
        )
    found = by_name(ctx, name)
    if found is None:
        raise name_not_found(name)
    return found


def versions_of(template: LaunchTemplateDoc) -> Sequence[shapes.LaunchTemplateVersion]:
    """The template's versions, oldest first."""
    versions: Sequence[shapes.LaunchTemplateVersion] = private(template).get("versions") or ()
    return versions


def version_not_found(template: LaunchTemplateDoc, version: str) -> errors.EC2Error:
    # reconstructed: the wording
    return errors.InvalidLaunchTemplateIdVersionNotFound(
        f"Could not find the specified version {version} for the launch template with ID "
        f"{template['LaunchTemplateId']}."
    )


def resolve(template: LaunchTemplateDoc, wanted: str) -> shapes.LaunchTemplateVersion:
    """The version `wanted` names: a number, `$Latest` or `$Default`."""
    number = {
        "$Latest": template["LatestVersionNumber"],
        "$Default": template["DefaultVersionNumber"],
    }.get(wanted)
    if number is None and wanted.isascii() and wanted.isdigit():
        number = int(wanted)
    version = next((v for v in versions_of(template) if v["VersionNumber"] == number), None)
    if version is None:
        raise version_not_found(template, wanted)
    return version


def new_version(
    ctx: Context,
    template: LaunchTemplateDoc,
    data: shapes.RequestLaunchTemplateData,
    description: str | None,
) -> tuple[LaunchTemplateDoc, shapes.LaunchTemplateVersion]:
    """The template with a new latest version of this data (checked), and the version."""
    check_data(data)
    number = (private(template).get("numbered") or 0) + 1
    version: shapes.LaunchTemplateVersion = {
        "LaunchTemplateId": template["LaunchTemplateId"],
        "LaunchTemplateName": template["LaunchTemplateName"],
        "VersionNumber": number,
        "CreateTime": timestamp(ctx.now),
        "CreatedBy": template["CreatedBy"],
        # as given: the request's and the response's data have the same members
        "LaunchTemplateData": cast(shapes.ResponseLaunchTemplateData, data),
    }
    if description is not None:
        version["VersionDescription"] = description
    latest: LaunchTemplateDoc = {**template, "LatestVersionNumber": number}
    changed = with_private(
        latest,
        versions=[*versions_of(template), version],
        numbered=number,
    )
    return changed, version


def create(
    ctx: Context,
    name: str,
    data: shapes.RequestLaunchTemplateData,
    description: str | None,
    tag_specifications: Sequence[shapes.TagSpecification] | None,
) -> tuple[LaunchTemplateDoc, shapes.LaunchTemplateVersion]:
    """CreateLaunchTemplate: the template and its version 1, its default."""
    if not _NAME.fullmatch(name):
        # EC2's error list words the rule; reconstructed: the message
        raise errors.InvalidLaunchTemplateNameMalformed(
            "A launch template name must be between 3 and 128 characters, and may contain "
            "letters, numbers, and the following characters: - ( ) . / _."
        )
    if by_name(ctx, name) is not None:
        raise errors.InvalidLaunchTemplateNameAlreadyExists(
            "Launch template name already in use."  # reconstructed: the wording
        )
    tags = specified_tags(tag_specifications, LAUNCH_TEMPLATE.name)
    template: LaunchTemplateDoc = {
        "LaunchTemplateId": new_id(LAUNCH_TEMPLATE.prefix),
        "LaunchTemplateName": name,
        "CreateTime": timestamp(ctx.now),
        "CreatedBy": f"arn:aws:iam::{ctx.account_id}:root",
        "DefaultVersionNumber": 1,
        "LatestVersionNumber": 1,
        "Tags": tags,
    }
    template, version = new_version(ctx, template, data, description)
    LAUNCH_TEMPLATE.put(ctx.tx, template)
    return template, version


def set_default(ctx: Context, template: LaunchTemplateDoc, wanted: str) -> LaunchTemplateDoc:
    """ModifyLaunchTemplate's SetDefaultVersion: an existing version's number."""
    number = resolve(template, wanted)["VersionNumber"]
    changed: LaunchTemplateDoc = {**template, "DefaultVersionNumber": number}
    LAUNCH_TEMPLATE.put(ctx.tx, changed)
    return changed


def delete(ctx: Context, template: LaunchTemplateDoc) -> None:
    LAUNCH_TEMPLATE.delete(ctx.tx, template["LaunchTemplateId"])


def described(
    ctx: Context, ids: Sequence[str], names: Sequence[str], max_results: int | None
) -> list[LaunchTemplateDoc]:
    """The templates named by id or by name (each must exist), else all of them."""
    if (ids or names) and max_results is not None:
        # EC2's documentation: MaxResults cannot be used with the launch template ids
        raise invalid_parameter_combination(
            "The parameter LaunchTemplateIds or LaunchTemplateNames cannot be used with the "
            "parameter MaxResults"
        )
    if not ids and not names:
        return LAUNCH_TEMPLATE.every(ctx.tx)
    for name in names:
        if by_name(ctx, name) is None:
            raise name_not_found(name)
    wanted = {t["LaunchTemplateId"] for t in LAUNCH_TEMPLATE.select(ctx.tx, ids)}
    wanted_names = set(names)
    return [
        t
        for t in LAUNCH_TEMPLATE.every(ctx.tx)
        if t["LaunchTemplateId"] in wanted or t["LaunchTemplateName"] in wanted_names
    ]
