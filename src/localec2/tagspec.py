"""`TagSpecifications` on create actions: the tags that apply to one resource type."""

from __future__ import annotations

from .errors import EC2Error


def tags_for(specifications: list[dict] | None, resource_type: str) -> list[dict]:
    """The `{"Key", "Value"}` tags the request's specifications give `resource_type`."""
    tags: dict[str, str] = {}
    for spec in specifications or ():
        if spec.get("ResourceType") != resource_type:
            continue
        for tag in spec.get("Tags") or ():
            key = tag.get("Key", "")
            if key.startswith("aws:"):
                raise EC2Error(
                    "InvalidParameterValue",
                    "Tag keys starting with 'aws:' are reserved for internal use",
                )
            tags[key] = tag.get("Value", "")
    return [{"Key": k, "Value": v} for k, v in tags.items()]
