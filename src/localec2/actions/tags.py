"""CreateTags, DeleteTags, DescribeTags on every taggable resource kind.

A resource is found by its id's prefix; each kind keeps its tags as `"Tags": [{"Key",
"Value"}]` in its document. A request is all-or-nothing: every tag and every resource is
checked before any document changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..errors import EC2Error, invalid_parameter_value
from ..filters import apply_filters, paginate
from ..ids import is_well_formed, not_found
from ..registry import Context, action
from ..store import Transaction

MAX_TAGS = 50
MAX_KEY = 128
MAX_VALUE = 256


@dataclass(frozen=True)
class TaggableKind:
    kind: str  # the store kind, which is also EC2's resource type
    id_field: str
    missing: Callable[[str], EC2Error]
    keyed_by_id: bool = True  # key pairs are stored by name


def _missing(code: str, what: str) -> Callable[[str], EC2Error]:
    return lambda resource_id: not_found(code, what, [resource_id])


KINDS: dict[str, TaggableKind] = {
    "i": TaggableKind("instance", "InstanceId", _missing("InvalidInstanceID", "instance")),
    "ami": TaggableKind(
        "image", "ImageId",
        lambda rid: EC2Error("InvalidAMIID.NotFound", f"The image id '[{rid}]' does not exist"),
    ),
    "sg": TaggableKind(
        "security-group", "GroupId",
        lambda rid: EC2Error("InvalidGroup.NotFound", f"The security group '{rid}' does not exist"),
    ),
    "sgr": TaggableKind(
        "security-group-rule", "SecurityGroupRuleId",
        _missing("InvalidSecurityGroupRuleId", "security group rule"),
    ),
    "vpc": TaggableKind("vpc", "VpcId", _missing("InvalidVpcID", "vpc")),
    "subnet": TaggableKind("subnet", "SubnetId", _missing("InvalidSubnetID", "subnet")),
    "key": TaggableKind(
        "key-pair", "KeyPairId", _missing("InvalidKeyPair", "key pair"), keyed_by_id=False
    ),
}


def _kind_of(resource_id: str) -> TaggableKind:
    prefix = resource_id.split("-", 1)[0]
    kind = KINDS.get(prefix)
    if kind is None or not is_well_formed(resource_id, prefix):
        raise EC2Error("InvalidID", f"The ID '{resource_id}' is not valid")
    return kind


def _find(tx: Transaction, resource_id: str) -> tuple[TaggableKind, str, dict]:
    """The resource's kind, store key and document, or its kind's NotFound error."""
    kind = _kind_of(resource_id)
    if kind.keyed_by_id:
        doc = tx.get(kind.kind, resource_id)
    else:
        doc = next(
            (d for d in tx.all(kind.kind) if d.get(kind.id_field) == resource_id), None
        )
    if doc is None:
        raise kind.missing(resource_id)
    key = resource_id if kind.keyed_by_id else doc["KeyName"]
    return kind, key, doc


def _resources(tx: Transaction, params: dict) -> list[tuple[TaggableKind, str, dict]]:
    resource_ids = params.get("Resources") or []
    if not resource_ids:
        raise EC2Error("MissingParameter", "The request must contain the parameter resourceIdSet")
    return [_find(tx, resource_id) for resource_id in resource_ids]


def _check_key(key: str | None) -> str:
    if not key:
        raise invalid_parameter_value("Tag key must not be empty")
    if len(key) > MAX_KEY:
        raise invalid_parameter_value(
            f"Tag key exceeds the maximum length of {MAX_KEY} characters"
        )
    if key.startswith("aws:"):
        raise invalid_parameter_value(
            "Tag keys starting with 'aws:' are reserved for internal use"
        )
    return key


@action("CreateTags")
def create_tags(ctx: Context, params: dict) -> dict:
    new: dict[str, str] = {}
    for tag in params.get("Tags") or ():
        value = tag.get("Value") or ""
        if len(value) > MAX_VALUE:
            raise invalid_parameter_value(
                f"Tag value exceeds the maximum length of {MAX_VALUE} characters"
            )
        new[_check_key(tag.get("Key"))] = value
    if not new:
        raise EC2Error("MissingParameter", "The request must contain the parameter Tags")
    for kind, key, doc in _resources(ctx.tx, params):
        merged = {tag["Key"]: tag["Value"] for tag in doc.get("Tags") or ()}
        merged.update(new)
        if len(merged) > MAX_TAGS:
            raise EC2Error(
                "TagLimitExceeded",
                "The maximum number of Tags for a resource has been reached.",
            )
        tags = [{"Key": k, "Value": v} for k, v in merged.items()]
        ctx.tx.put(kind.kind, key, dict(doc, Tags=tags))
    return {}


def _deleted(tag: dict, requested: list[dict] | None) -> bool:
    """Whether a DeleteTags request removes `tag`: by key, or by key and value ("" included)."""
    if requested is None:
        return True
    for wanted in requested:
        if wanted["Key"] == tag["Key"] and wanted.get("Value") in (None, tag["Value"]):
            return True
    return False


@action("DeleteTags")
def delete_tags(ctx: Context, params: dict) -> dict:
    """Without `Tags`, every tag of the resources goes, as EC2 does."""
    requested = params.get("Tags")
    if requested is not None:
        for tag in requested:
            _check_key(tag.get("Key"))
    for kind, key, doc in _resources(ctx.tx, params):
        kept = [tag for tag in doc.get("Tags") or () if not _deleted(tag, requested)]
        if len(kept) != len(doc.get("Tags") or ()):
            ctx.tx.put(kind.kind, key, dict(doc, Tags=kept))
    return {}


_TAG_GETTERS = {
    "key": lambda t: t["Key"],
    "value": lambda t: t["Value"],
    "resource-id": lambda t: t["ResourceId"],
    "resource-type": lambda t: t["ResourceType"],
}


def _all_tags(tx: Transaction) -> list[dict]:
    out = []
    for kind in KINDS.values():
        for doc in tx.all(kind.kind):
            for tag in doc.get("Tags") or ():
                out.append({
                    "Key": tag["Key"],
                    "Value": tag["Value"],
                    "ResourceId": doc.get(kind.id_field),
                    "ResourceType": kind.kind,
                })
    return out


@action("DescribeTags")
def describe_tags(ctx: Context, params: dict) -> dict:
    tags = apply_filters(_all_tags(ctx.tx), params.get("Filters"), _TAG_GETTERS)
    page, token = paginate(tags, params.get("MaxResults"), params.get("NextToken"))
    return {"Tags": page, "NextToken": token}
