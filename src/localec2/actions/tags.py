"""CreateTags, DeleteTags, DescribeTags on every taggable resource kind."""

from __future__ import annotations

from typing import Any

from ..ec2 import tags
from ..ec2.context import Context
from ..ec2.filters import apply_filters, paginate
from .registry import action

_TAG_FILTERS = {
    "key": lambda t: t["Key"],
    "value": lambda t: t["Value"],
    "resource-id": lambda t: t["ResourceId"],
    "resource-type": lambda t: t["ResourceType"],
}


@action("CreateTags")
def create_tags(ctx: Context, params: dict[str, Any]) -> dict[str, Any]:
    tags.add_tags(ctx, params.get("Resources") or [], params.get("Tags") or [])
    return {}


@action("DeleteTags")
def delete_tags(ctx: Context, params: dict[str, Any]) -> dict[str, Any]:
    tags.remove_tags(ctx, params.get("Resources") or [], params.get("Tags"))
    return {}


@action("DescribeTags")
def describe_tags(ctx: Context, params: dict[str, Any]) -> dict[str, Any]:
    listed = apply_filters(tags.all_tags(ctx), params.get("Filters"), _TAG_FILTERS)
    page, token = paginate(listed, params.get("MaxResults"), params.get("NextToken"))
    return {"Tags": page, "NextToken": token}
