"""Tags on every taggable resource: where each kind keeps them, and the rules for changing them.

A resource is found by its id's prefix; each kind keeps its tags as `"Tags": [{"Key",
"Value"}]` in its document (an image of another owner, public or shared, keeps the
account's tags in its own `image-tags` document: EC2 shows each account only its own tags).
A change is all-or-nothing: every tag and every resource is checked before any document
changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from ... import errors
from ...errors import EC2Error
from ...protocol.shapes import Tag, TagDescription
from ...state.ids import is_well_formed
from ...state.store import Transaction
from ..context import Context
from ..documents import ForeignImageTagsDoc, NetworkInterfaceDoc
from ..images.lookup import lookup_image
from ..instances.lookup import all_instances, find_instance
from ..keys.key_pairs import find_by_id
from ..kinds import (
    CUSTOMER_GATEWAY,
    DEDICATED_HOST,
    DHCP_OPTIONS,
    EGRESS_ONLY_INTERNET_GATEWAY,
    ELASTIC_IP,
    FOREIGN_IMAGE_TAGS,
    IMAGE,
    INSTANCE,
    INTERNET_GATEWAY,
    KEY_PAIR,
    LAUNCH_TEMPLATE,
    NAT_GATEWAY,
    NETWORK_ACL,
    NETWORK_INTERFACE,
    PLACEMENT_GROUP,
    RESERVED_INSTANCES,
    ROUTE_TABLE,
    SECURITY_GROUP,
    SECURITY_GROUP_RULE,
    SNAPSHOT,
    SPOT_INSTANCE_REQUEST,
    SUBNET,
    VOLUME,
    VPC,
    VPC_ENDPOINT,
    VPC_PEERING_CONNECTION,
    VPN_CONNECTION,
    VPN_GATEWAY,
    Kind,
)
from ..networking import interfaces
from ..reserved.reservations import find_reservation, is_uuid
from ..storage.reads import find_volume, tagged_volumes
from .tagging import MAX_TAGS, check_key, check_value

# A stored document of one kind. Documents are read here only through `Mapping` (their
# `Tags` and id), as every kind's document is a different TypedDict.
D = TypeVar("D", bound=Mapping[str, Any])


def _with_tags(doc: D, tags: list[Tag]) -> D:
    # A cast because mypy types the spread of a TypeVar-bound TypedDict as a plain dict;
    # the copy has every member of `doc`, and `Tags` is a member of every taggable kind.
    return cast(D, {**doc, "Tags": tags})


@dataclass(frozen=True)
class Found:
    """A resource to tag: its tags, and how to store it with others (in its own document,
    or, for another owner's image, in the account's `image-tags` document)."""

    tags: Sequence[Tag]
    retag: Callable[[Transaction, list[Tag]], None]


def _found(kind: Kind[D], doc: D | None) -> Found | None:
    if doc is None:
        return None
    tags: Sequence[Tag] = doc.get("Tags") or ()
    return Found(tags, lambda tx, new: kind.put(tx, _with_tags(doc, new)))


@dataclass(frozen=True)
class Taggable:
    """A kind of resource CreateTags, DeleteTags and DescribeTags know."""

    kind: str  # EC2's resource type
    prefix: str  # of its ids
    not_found: Callable[[list[str]], EC2Error]
    find: Callable[[Context, str], Found | None]
    tagged: Callable[[Context], list[TagDescription]]  # every tag of every resource


def _taggable(
    kind: Kind[D],
    find: Callable[[Context, str], Found | None],
    listing: Callable[[Context], Iterable[Mapping[str, Any]]],  # the documents that have tags
) -> Taggable:
    def tagged(ctx: Context) -> list[TagDescription]:
        return [
            {
                "Key": tag["Key"],
                "Value": tag["Value"],
                "ResourceId": doc[kind.id_field],
                "ResourceType": kind.name,
            }
            for doc in listing(ctx)
            for tag in doc.get("Tags") or ()
        ]

    return Taggable(kind.name, kind.prefix, kind.not_found, find, tagged)


def _stored(kind: Kind[D]) -> Taggable:
    """A kind whose stored documents are the resources."""
    return _taggable(
        kind,
        lambda ctx, rid: _found(kind, kind.stored(ctx.tx, rid)),
        lambda ctx: kind.every(ctx.tx),
    )


def _find_image(ctx: Context, image_id: str) -> Found | None:
    """An own image, or another owner's whose tags this account keeps apart (`image-tags`)."""
    own = IMAGE.stored(ctx.tx, image_id)
    if own is not None:
        return _found(IMAGE, own)
    image = lookup_image(ctx.tx, image_id)
    if image is None:
        return None
    account_tags: ForeignImageTagsDoc = {"ImageId": image_id, "Tags": list(image["Tags"])}
    return _found(FOREIGN_IMAGE_TAGS, account_tags)


def _images(ctx: Context) -> list[Mapping[str, Any]]:
    """The account's images, and its tag documents for others' images it can still see (a
    shared image may have been deregistered or unshared since)."""
    foreign = [
        doc
        for doc in FOREIGN_IMAGE_TAGS.every(ctx.tx)
        if lookup_image(ctx.tx, doc["ImageId"]) is not None
    ]
    return [*IMAGE.every(ctx.tx), *foreign]


def _interface_exists(ctx: Context, doc: NetworkInterfaceDoc) -> bool:
    """An instance's network interface exists while EC2 would keep it."""
    return interfaces.exists(ctx, doc)


def _find_interface(ctx: Context, interface_id: str) -> Found | None:
    doc = NETWORK_INTERFACE.stored(ctx.tx, interface_id)
    if doc is None or not _interface_exists(ctx, doc):
        return None
    return _found(NETWORK_INTERFACE, doc)


def _interfaces(ctx: Context) -> list[NetworkInterfaceDoc]:
    return [
        doc
        for doc in NETWORK_INTERFACE.every(ctx.tx)
        if doc["Tags"] and _interface_exists(ctx, doc)
    ]


_TAGGABLE = (
    _taggable(INSTANCE, lambda ctx, rid: _found(INSTANCE, find_instance(ctx, rid)), all_instances),
    _taggable(IMAGE, _find_image, _images),
    _stored(SECURITY_GROUP),
    _stored(SECURITY_GROUP_RULE),
    _stored(VPC),
    _stored(SUBNET),
    _stored(DHCP_OPTIONS),
    _taggable(VOLUME, lambda ctx, rid: _found(VOLUME, find_volume(ctx, rid)), tagged_volumes),
    _taggable(NETWORK_INTERFACE, _find_interface, _interfaces),
    _stored(SNAPSHOT),
    _stored(ELASTIC_IP),
    _stored(NAT_GATEWAY),
    _stored(INTERNET_GATEWAY),
    _stored(EGRESS_ONLY_INTERNET_GATEWAY),
    _stored(ROUTE_TABLE),
    _stored(NETWORK_ACL),
    _stored(VPC_PEERING_CONNECTION),
    _stored(CUSTOMER_GATEWAY),
    _stored(VPN_GATEWAY),
    _stored(VPN_CONNECTION),
    _stored(VPC_ENDPOINT),
    _stored(SPOT_INSTANCE_REQUEST),
    _stored(PLACEMENT_GROUP),
    _stored(DEDICATED_HOST),
    _stored(LAUNCH_TEMPLATE),
    _taggable(  # key pairs are stored by name
        KEY_PAIR,
        lambda ctx, rid: _found(KEY_PAIR, find_by_id(ctx.tx, rid)),
        lambda ctx: KEY_PAIR.every(ctx.tx),
    ),
)
TAGGABLE = {taggable.prefix: taggable for taggable in _TAGGABLE}
# Reserved Instances: their ids are UUIDs, with no prefix
_RESERVED = _taggable(
    RESERVED_INSTANCES,
    lambda ctx, rid: _found(RESERVED_INSTANCES, find_reservation(ctx, rid)),
    lambda ctx: RESERVED_INSTANCES.every(ctx.tx),
)


def _taggable_of(resource_id: str) -> Taggable:
    if is_uuid(resource_id):
        return _RESERVED
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
        taggable = _taggable_of(resource_id)
        found = taggable.find(ctx, resource_id)
        if found is None:
            raise taggable.not_found([resource_id])
        out.append(found)
    return out


def add_tags(ctx: Context, resource_ids: Sequence[str], tags: Sequence[Tag]) -> None:
    """CreateTags: add or overwrite tags by key, at most `MAX_TAGS` per resource."""
    new: dict[str, str] = {}
    for tag in tags:
        new[check_key(tag.get("Key"))] = check_value(tag.get("Value") or "")
    if not new:
        raise errors.missing_parameter("Tags")
    for found in find(ctx, resource_ids):
        merged = {tag["Key"]: tag["Value"] for tag in found.tags}
        merged.update(new)
        if len(merged) > MAX_TAGS:
            raise errors.TagLimitExceeded(
                "The maximum number of Tags for a resource has been reached."
            )
        found.retag(ctx.tx, [{"Key": k, "Value": v} for k, v in merged.items()])


def _deleted(tag: Tag, requested: Sequence[Tag] | None) -> bool:
    """Whether a DeleteTags request removes `tag`: by key, or by key and value ("" included)."""
    if requested is None:
        return True
    return any(
        wanted["Key"] == tag["Key"] and wanted.get("Value") in (None, tag["Value"])
        for wanted in requested
    )


def remove_tags(ctx: Context, resource_ids: Sequence[str], tags: Sequence[Tag] | None) -> None:
    """DeleteTags: without `tags`, every tag of the resources goes, as EC2 does."""
    for tag in tags or ():
        check_key(tag.get("Key"))
    for found in find(ctx, resource_ids):
        kept = [tag for tag in found.tags if not _deleted(tag, tags)]
        if len(kept) != len(found.tags):
            found.retag(ctx.tx, kept)


def all_tags(ctx: Context) -> list[TagDescription]:
    """Every tag of every resource, as DescribeTags lists them."""
    return [
        description for taggable in (*_TAGGABLE, _RESERVED) for description in taggable.tagged(ctx)
    ]
