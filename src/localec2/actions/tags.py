"""CreateTags, DeleteTags, DescribeTags on every taggable resource kind.

A resource is found by its id's prefix; each kind keeps its tags as `"Tags": [{"Key",
"Value"}]` in its document (an image of another owner, public or shared, keeps the
account's tags in its own `image-tags` document: EC2 shows each account only its own tags).
A request is all-or-nothing: every tag and every resource is checked before any document
changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..dependents import (
    NETWORK_INTERFACE,
    OWNER,
    SNAPSHOT,
    VOLUME,
    interface_not_found,
    part_exists,
    snapshot_not_found,
    volume_not_found,
)
from ..errors import EC2Error, invalid_parameter_value
from ..filters import apply_filters, paginate
from ..ids import is_well_formed, not_found
from ..instance_lookup import INSTANCE, all_instances, find_instance
from ..instance_network import ELASTIC_IP
from ..registry import Context, action
from .images import FOREIGN_IMAGE_TAGS, IMAGE, image_not_found, lookup_image
from .key_pairs import KIND as KEY_PAIR
from .key_pairs import find_by_id as find_key_pair_by_id
from .volumes import find_volume, tagged_volumes

MAX_TAGS = 50
MAX_KEY = 128
MAX_VALUE = 256


Found = tuple[str, str, dict]  # the store kind and key that hold a resource's tags, and its doc


@dataclass(frozen=True)
class TaggableKind:
    kind: str  # EC2's resource type
    id_field: str
    missing: Callable[[str], EC2Error]
    find: Callable[[Context, str], Found | None]
    listing: Callable[[Context], list[dict]]  # every document of the kind that has tags


def _missing(code: str, what: str) -> Callable[[str], EC2Error]:
    return lambda resource_id: not_found(code, what, [resource_id])


def _stored(kind: str, id_field: str, missing: Callable[[str], EC2Error]) -> TaggableKind:
    """A kind stored under its own id."""

    def find(ctx: Context, resource_id: str) -> Found | None:
        doc = ctx.tx.get(kind, resource_id)
        return None if doc is None else (kind, resource_id, doc)

    return TaggableKind(kind, id_field, missing, find, lambda ctx: ctx.tx.all(kind))


def _find_instance(ctx: Context, instance_id: str) -> Found | None:
    """The instance as it is now: one that has vanished after termination is not found."""
    doc = find_instance(ctx, instance_id)
    return None if doc is None else (INSTANCE, instance_id, doc)


def _find_image(ctx: Context, image_id: str) -> Found | None:
    """An own image, or another owner's whose tags this account keeps apart (`image-tags`)."""
    own = ctx.tx.get(IMAGE, image_id)
    if own is not None:
        return IMAGE, image_id, own
    image = lookup_image(ctx.tx, image_id)
    if image is None:
        return None
    return FOREIGN_IMAGE_TAGS, image_id, {"ImageId": image_id, "Tags": image["Tags"]}


def _foreign_images_still_seen(ctx: Context) -> list[dict]:
    """The account's tag documents for others' images it can still see (a shared image may
    have been deregistered or unshared since)."""
    return [
        doc
        for doc in ctx.tx.all(FOREIGN_IMAGE_TAGS)
        if lookup_image(ctx.tx, doc["ImageId"]) is not None
    ]


def _instance_part(kind: str, id_field: str, missing: Callable[[str], EC2Error]) -> TaggableKind:
    """A volume or network interface of an instance: it exists while EC2 would keep it."""

    def exists(ctx: Context, doc: dict) -> bool:
        return part_exists(kind, doc[id_field], find_instance(ctx, doc[OWNER]))

    def find(ctx: Context, part_id: str) -> Found | None:
        doc = ctx.tx.get(kind, part_id)
        return None if doc is None or not exists(ctx, doc) else (kind, part_id, doc)

    def tagged(ctx: Context) -> list[dict]:
        return [doc for doc in ctx.tx.all(kind) if doc["Tags"] and exists(ctx, doc)]

    return TaggableKind(kind, id_field, missing, find, tagged)


def _as_found(kind: str, resource_id: str, doc: dict | None) -> Found | None:
    return None if doc is None else (kind, resource_id, doc)


def _find_key_pair(ctx: Context, key_pair_id: str) -> Found | None:
    """Key pairs are stored by name."""
    doc = find_key_pair_by_id(ctx.tx, key_pair_id)
    return None if doc is None else (KEY_PAIR, doc["KeyName"], doc)


KINDS: dict[str, TaggableKind] = {
    "i": TaggableKind(
        INSTANCE,
        "InstanceId",
        _missing("InvalidInstanceID", "instance"),
        _find_instance,
        all_instances,
    ),
    "ami": TaggableKind(
        IMAGE,
        "ImageId",
        lambda rid: image_not_found([rid]),
        _find_image,
        lambda ctx: [*ctx.tx.all(IMAGE), *_foreign_images_still_seen(ctx)],
    ),
    "sg": _stored(
        "security-group",
        "GroupId",
        lambda rid: EC2Error("InvalidGroup.NotFound", f"The security group '{rid}' does not exist"),
    ),
    "sgr": _stored(
        "security-group-rule",
        "SecurityGroupRuleId",
        _missing("InvalidSecurityGroupRuleId", "security group rule"),
    ),
    "vpc": _stored("vpc", "VpcId", _missing("InvalidVpcID", "vpc")),
    "subnet": _stored("subnet", "SubnetId", _missing("InvalidSubnetID", "subnet")),
    "vol": TaggableKind(
        VOLUME,
        "VolumeId",
        volume_not_found,
        lambda ctx, rid: _as_found(VOLUME, rid, find_volume(ctx, rid)),
        tagged_volumes,
    ),
    "eni": _instance_part(NETWORK_INTERFACE, "NetworkInterfaceId", interface_not_found),
    "snap": _stored(SNAPSHOT, "SnapshotId", snapshot_not_found),
    "eipalloc": _stored(ELASTIC_IP, "AllocationId", _missing("InvalidAllocationID", "allocation")),
    "key": TaggableKind(
        KEY_PAIR,
        "KeyPairId",
        _missing("InvalidKeyPair", "key pair"),
        _find_key_pair,
        lambda ctx: ctx.tx.all(KEY_PAIR),
    ),
}


def _kind_of(resource_id: str) -> TaggableKind:
    prefix = resource_id.split("-", 1)[0]
    kind = KINDS.get(prefix)
    if kind is None or not is_well_formed(resource_id, prefix):
        raise EC2Error("InvalidID", f"The ID '{resource_id}' is not valid")
    return kind


def _find(ctx: Context, resource_id: str) -> Found:
    """Where the resource's tags are stored and its document, or its kind's NotFound error."""
    kind = _kind_of(resource_id)
    found = kind.find(ctx, resource_id)
    if found is None:
        raise kind.missing(resource_id)
    return found


def _resources(ctx: Context, params: dict) -> list[Found]:
    resource_ids = params.get("Resources") or []
    if not resource_ids:
        raise EC2Error("MissingParameter", "The request must contain the parameter resourceIdSet")
    return [_find(ctx, resource_id) for resource_id in resource_ids]


def _check_key(key: str | None) -> str:
    if not key:
        raise invalid_parameter_value("Tag key must not be empty")
    if len(key) > MAX_KEY:
        raise invalid_parameter_value(f"Tag key exceeds the maximum length of {MAX_KEY} characters")
    if key.startswith("aws:"):
        raise invalid_parameter_value("Tag keys starting with 'aws:' are reserved for internal use")
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
    for store_kind, key, doc in _resources(ctx, params):
        merged = {tag["Key"]: tag["Value"] for tag in doc.get("Tags") or ()}
        merged.update(new)
        if len(merged) > MAX_TAGS:
            raise EC2Error(
                "TagLimitExceeded",
                "The maximum number of Tags for a resource has been reached.",
            )
        tags = [{"Key": k, "Value": v} for k, v in merged.items()]
        ctx.tx.put(store_kind, key, dict(doc, Tags=tags))
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
    for store_kind, key, doc in _resources(ctx, params):
        kept = [tag for tag in doc.get("Tags") or () if not _deleted(tag, requested)]
        if len(kept) != len(doc.get("Tags") or ()):
            ctx.tx.put(store_kind, key, dict(doc, Tags=kept))
    return {}


_TAG_GETTERS = {
    "key": lambda t: t["Key"],
    "value": lambda t: t["Value"],
    "resource-id": lambda t: t["ResourceId"],
    "resource-type": lambda t: t["ResourceType"],
}


def _all_tags(ctx: Context) -> list[dict]:
    out = []
    for kind in KINDS.values():
        for doc in kind.listing(ctx):
            for tag in doc.get("Tags") or ():
                out.append(
                    {
                        "Key": tag["Key"],
                        "Value": tag["Value"],
                        "ResourceId": doc.get(kind.id_field),
                        "ResourceType": kind.kind,
                    }
                )
    return out


@action("DescribeTags")
def describe_tags(ctx: Context, params: dict) -> dict:
    tags = apply_filters(_all_tags(ctx), params.get("Filters"), _TAG_GETTERS)
    page, token = paginate(tags, params.get("MaxResults"), params.get("NextToken"))
    return {"Tags": page, "NextToken": token}
