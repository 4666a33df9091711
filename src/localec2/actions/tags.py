"""CreateTags, DeleteTags, DescribeTags on every taggable resource kind (see `ec2.tags`)."""

from __future__ import annotations

from ..ec2.context import Context
from ..ec2.filters import apply_filters, fields, paginate
from ..ec2.tags import tags
from ..protocol import shapes
from .registry import action

_FILTERS = fields(
    {
        "key": "Key",
        "value": "Value",
        "resource-id": "ResourceId",
        "resource-type": "ResourceType",
    }
)


@action("CreateTags")
def create_tags(ctx: Context, params: shapes.CreateTagsRequest) -> None:
    tags.add_tags(ctx, params["Resources"], params["Tags"])


@action("DeleteTags")
def delete_tags(ctx: Context, params: shapes.DeleteTagsRequest) -> None:
    tags.remove_tags(ctx, params["Resources"], params.get("Tags"))


@action("DescribeTags")
def describe_tags(ctx: Context, params: shapes.DescribeTagsRequest) -> shapes.DescribeTagsResult:
    listed = apply_filters(tags.all_tags(ctx), params.get("Filters"), _FILTERS)
    page, token = paginate(listed, params.get("MaxResults"), params.get("NextToken"))
    result: shapes.DescribeTagsResult = {"Tags": page}
    if token is not None:
        result["NextToken"] = token
    return result
