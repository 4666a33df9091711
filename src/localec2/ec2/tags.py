"""Tags on every taggable resource: where each kind keeps them, and the rules for changing them.

A resource is found by its id's prefix; each kind keeps its tags as `"Tags": [{"Key",
"Value"}]` in its document (an image of another owner, public or shared, keeps the
account's tags in its own `image-tags` document: EC2 shows each account only its own tags).
A change is all-or-nothing: every tag and every resource is checked before any document
changes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .. import errors
from ..state.ids import is_well_formed
from .context import Context
from .images import lookup_image
from .instance_parts import owner_of, part_exists
from .instances import all_instances, find_instance
from .key_pairs import find_by_id
from .kinds import (
    ELASTIC_IP,
    FOREIGN_IMAGE_TAGS,
    IMAGE,
    INSTANCE,
    KEY_PAIR,
    NETWORK_INTERFACE,
    SECURITY_GROUP,
    SECURITY_GROUP_RULE,
    SNAPSHOT,
    SUBNET,
    VOLUME,
    VPC,
    Doc,
    Kind,
)
from .storage import find_volume, tagged_volumes
from .tagging import MAX_TAGS, Tag, check_key, check_value


@dataclass(frozen=True)
class Found:
    """A resource to tag: the kind whose document holds its tags (for another owner's image,
    the account's `image-tags` document) and that document."""

    kind: Kind[Doc]
    doc: Doc


@dataclass(frozen=True)
class Taggable:
    kind: Kind[Doc]  # its name is EC2's resource type
    find: Callable[[Context, str], Found | None]
    listing: Callable[[Context], list[Doc]]  # every document of the kind that has tags


def _found(kind: Kind[Doc], doc: Doc | None) -> Found | None:
    return None if doc is None else Found(kind, doc)


def _stored(kind: Kind[Doc]) -> Taggable:
    """A kind whose stored documents are the resources."""
    return Taggable(
        kind,
        lambda ctx, rid: _found(kind, kind.stored(ctx.tx, rid)),
        lambda ctx: kind.every(ctx.tx),
    )


def _find_image(ctx: Context, image_id: str) -> Found | None:
    """An own image, or another owner's whose tags this account keeps apart (`image-tags`)."""
    own = IMAGE.stored(ctx.tx, image_id)
    if own is not None:
        return Found(IMAGE, own)
    image = lookup_image(ctx.tx, image_id)
    if image is None:
        return None
    return Found(FOREIGN_IMAGE_TAGS, {"ImageId": image_id, "Tags": image["Tags"]})


def _foreign_images_still_seen(ctx: Context) -> list[Doc]:
    """The account's tag documents for others' images it can still see (a shared image may
    have been deregistered or unshared since)."""
    return [
        doc
        for doc in FOREIGN_IMAGE_TAGS.every(ctx.tx)
        if lookup_image(ctx.tx, doc["ImageId"]) is not None
    ]


def _instance_interface() -> Taggable:
    """An instance's network interface: it exists while EC2 would keep it."""

    def exists(ctx: Context, doc: Doc) -> bool:
        instance = find_instance(ctx, owner_of(doc) or "")
        return part_exists(NETWORK_INTERFACE, doc["NetworkInterfaceId"], instance)

    def find(ctx: Context, part_id: str) -> Found | None:
        doc = NETWORK_INTERFACE.stored(ctx.tx, part_id)
        return None if doc is None or not exists(ctx, doc) else Found(NETWORK_INTERFACE, doc)

    def tagged(ctx: Context) -> list[Doc]:
        return [d for d in NETWORK_INTERFACE.every(ctx.tx) if d["Tags"] and exists(ctx, d)]

    return Taggable(NETWORK_INTERFACE, find, tagged)


_TAGGABLE = (
    Taggable(INSTANCE, lambda ctx, rid: _found(INSTANCE, find_instance(ctx, rid)), all_instances),
    Taggable(
        IMAGE,
        _find_image,
        lambda ctx: [*IMAGE.every(ctx.tx), *_foreign_images_still_seen(ctx)],
    ),
    _stored(SECURITY_GROUP),
    _stored(SECURITY_GROUP_RULE),
    _stored(VPC),
    _stored(SUBNET),
    Taggable(VOLUME, lambda ctx, rid: _found(VOLUME, find_volume(ctx, rid)), tagged_volumes),
    _instance_interface(),
    _stored(SNAPSHOT),
    _stored(ELASTIC_IP),
    Taggable(  # key pairs are stored by name
        KEY_PAIR,
        lambda ctx, rid: _found(KEY_PAIR, find_by_id(ctx.tx, rid)),
        lambda ctx: KEY_PAIR.every(ctx.tx),
    ),
)
TAGGABLE = {taggable.kind.prefix: taggable for taggable in _TAGGABLE}


def _taggable(resource_id: str) -> Taggable:
    prefix = resource_id.split("-", 1)[0]
    taggable = TAGGABLE.get(prefix)
    if taggable is None or not is_well_formed(resource_id, prefix):
        raise errors.InvalidID(f"The ID '{resource_id}' is not valid")
    return taggable


def find(ctx: Context, resource_ids: Sequence[str]) -> list[Found]:
    """The resources to tag, or the first unknown one's NotFound error."""
    if not resource_ids:
        raise errors.missing_parameter("resourceIdSet")
    out = []
    for resource_id in resource_ids:
        taggable = _taggable(resource_id)
        found = taggable.find(ctx, resource_id)
        if found is None:
            raise taggable.kind.not_found([resource_id])
        out.append(found)
    return out


def add_tags(ctx: Context, resource_ids: Sequence[str], tags: Sequence[Mapping[str, Any]]) -> None:
    """CreateTags: add or overwrite tags by key, at most `MAX_TAGS` per resource."""
    new: dict[str, str] = {}
    for tag in tags:
        new[check_key(tag.get("Key"))] = check_value(tag.get("Value") or "")
    if not new:
        raise errors.missing_parameter("Tags")
    for found in find(ctx, resource_ids):
        merged = {tag["Key"]: tag["Value"] for tag in found.doc.get("Tags") or ()}
        merged.update(new)
        if len(merged) > MAX_TAGS:
            raise errors.TagLimitExceeded(
                "The maximum number of Tags for a resource has been reached."
            )
        found.kind.put(
            ctx.tx, {**found.doc, "Tags": [{"Key": k, "Value": v} for k, v in merged.items()]}
        )


def _deleted(tag: Tag, requested: Sequence[Mapping[str, Any]] | None) -> bool:
    """Whether a DeleteTags request removes `tag`: by key, or by key and value ("" included)."""
    if requested is None:
        return True
    return any(
        wanted["Key"] == tag["Key"] and wanted.get("Value") in (None, tag["Value"])
        for wanted in requested
    )


def remove_tags(
    ctx: Context, resource_ids: Sequence[str], tags: Sequence[Mapping[str, Any]] | None
) -> None:
    """DeleteTags: without `tags`, every tag of the resources goes, as EC2 does."""
    for tag in tags or ():
        check_key(tag.get("Key"))
    for found in find(ctx, resource_ids):
        before = found.doc.get("Tags") or []
        kept = [tag for tag in before if not _deleted(tag, tags)]
        if len(kept) != len(before):
            found.kind.put(ctx.tx, {**found.doc, "Tags": kept})


def all_tags(ctx: Context) -> list[Doc]:
    """Every tag of every resource, as DescribeTags lists them (`TagDescription`)."""
    out = []
    for taggable in _TAGGABLE:
        for doc in taggable.listing(ctx):
            for tag in doc.get("Tags") or ():
                out.append(
                    {
                        "Key": tag["Key"],
                        "Value": tag["Value"],
                        "ResourceId": doc.get(taggable.kind.id_field),
                        "ResourceType": taggable.kind.name,
                    }
                )
    return out
