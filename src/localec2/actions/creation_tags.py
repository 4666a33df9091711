"""The tags a create action's `TagSpecifications` give the new resource."""

from __future__ import annotations

from ..errors import invalid_parameter_value
from ..tagspec import tags_for


def creation_tags(params: dict, resource_type: str, *also_taggable: str) -> list[dict]:
    """The tags for `resource_type`; a specification for a type the action does not create
    (`also_taggable` names the other types it does tag) is refused, as EC2 refuses it."""
    specifications = params.get("TagSpecifications") or []
    allowed = {resource_type, *also_taggable}
    for specification in specifications:
        given = specification.get("ResourceType")
        if not given:
            raise invalid_parameter_value("Tag specification resource type must have a value")
        if given not in allowed:
            raise invalid_parameter_value(
                f"'{given}' is not a valid taggable resource type for this operation."
            )
    return tags_for(specifications, resource_type)
