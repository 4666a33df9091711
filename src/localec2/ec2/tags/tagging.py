"""Tags: the rules on keys and values, and `TagSpecifications` on create actions."""

from __future__ import annotations

from collections.abc import Sequence

from ...errors import EC2Error, invalid_parameter_value
from ...protocol.shapes import Tag, TagSpecification

MAX_TAGS = 50
MAX_KEY = 128
MAX_VALUE = 256
_RESERVED = "aws:"


def _reserved_key() -> EC2Error:
    return invalid_parameter_value("Tag keys starting with 'aws:' are reserved for internal use")


def check_key(key: str | None) -> str:
    """A key a user may set: not empty, not too long, not in AWS's own `aws:` space."""
    if not key:
        raise invalid_parameter_value("Tag key must not be empty")
    if len(key) > MAX_KEY:
        raise invalid_parameter_value(f"Tag key exceeds the maximum length of {MAX_KEY} characters")
    if key.startswith(_RESERVED):
        raise _reserved_key()
    return key


def check_value(value: str) -> str:
    if len(value) > MAX_VALUE:
        raise invalid_parameter_value(
            f"Tag value exceeds the maximum length of {MAX_VALUE} characters"
        )
    return value


def tags_for(specifications: Sequence[TagSpecification] | None, resource_type: str) -> list[Tag]:
    """The `{"Key", "Value"}` tags the request's specifications give `resource_type`."""
    tags: dict[str, str] = {}
    for spec in specifications or ():
        if spec.get("ResourceType") != resource_type:
            continue
        for tag in spec.get("Tags") or ():
            key = tag.get("Key", "")
            if key.startswith(_RESERVED):
                raise _reserved_key()
            tags[key] = tag.get("Value", "")
    return [{"Key": k, "Value": v} for k, v in tags.items()]


def specified_tags(
    specifications: Sequence[TagSpecification] | None, resource_type: str, *also_taggable: str
) -> list[Tag]:
    """The tags a create request's `TagSpecifications` give `resource_type`; a specification
    for a type the action does not create (`also_taggable` names the other types it does tag)
    is refused, as EC2 refuses it."""
    allowed = {resource_type, *also_taggable}
    for specification in specifications or ():
        given = specification.get("ResourceType")
        if not given:
            raise invalid_parameter_value("Tag specification resource type must have a value")
        if given not in allowed:
            raise invalid_parameter_value(
                f"'{given}' is not a valid taggable resource type for this operation."
            )
    return tags_for(specifications, resource_type)
