"""CopyImage: an image the account may use, from this region or another of its regions,
copied into this one as its own, with a copy of each of its snapshots.

The copy is `available` at once, as the account's other new images are here. It is
encrypted if asked (with the key named, else `aws/ebs`) or if the source's volumes are.
With a client token, a retry answers the first copy.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from ... import errors
from ...protocol import shapes
from ...state.ids import new_id
from ..context import Context
from ..documents import ImageDoc
from ..instances.states import timestamp
from ..kinds import IMAGE, SNAPSHOT, private, with_private
from ..storage.encryption import kms_key
from ..storage.reads import record_snapshots
from ..tags.tagging import specified_tags, tags_for
from .lookup import find_image
from .registry import check_name, new_image

# What a copy takes from its source image.
_COPIED = (
    "Architecture",
    "RootDeviceName",
    "RootDeviceType",
    "VirtualizationType",
    "Hypervisor",
    "EnaSupport",
    "SriovNetSupport",
    "Platform",
    "PlatformDetails",
    "UsageOperation",
    "BootMode",
    "KernelId",
    "RamdiskId",
    "TpmSupport",
    "ImdsSupport",
)


@dataclass(frozen=True)
class ImageCopy:
    """What a CopyImage request asks for."""

    source_region: str
    source_image_id: str
    name: str
    description: str | None = None
    encrypted: bool = False
    kms_key_id: str | None = None
    client_token: str | None = None
    copy_image_tags: bool = False
    tag_specifications: Sequence[shapes.TagSpecification] = ()

    def digest(self) -> str:
        """The request's parameters but its token, to tell a retry from a reuse."""
        asked = {k: v for k, v in asdict(self).items() if k != "client_token"}
        return hashlib.sha256(json.dumps(asked, sort_keys=True).encode()).hexdigest()


def _replayed(ctx: Context, request: ImageCopy) -> ImageDoc | None:
    for image in IMAGE.every(ctx.tx):
        if private(image).get("client_token") == request.client_token:
            if private(image).get("request_digest") != request.digest():
                raise errors.IdempotentParameterMismatch(
                    "Arguments on this idempotent request are inconsistent with arguments "
                    "used in previous request(s).",
                )
            return image
    return None


def _copied_mapping(
    mapping: shapes.BlockDeviceMapping, encrypted: bool, key: str | None
) -> shapes.BlockDeviceMapping:
    """A block device of the copy: an EBS volume's gets a new snapshot (and the copy's
    encryption); others are kept as they are."""
    if "Ebs" not in mapping:
        return mapping
    ebs: shapes.EbsBlockDevice = {**mapping["Ebs"], "SnapshotId": new_id("snap")}
    if encrypted or ebs.get("Encrypted"):
        ebs["Encrypted"] = True
        if key is not None:
            ebs["KmsKeyId"] = key
    return {**mapping, "Ebs": ebs}


def copy_image(ctx: Context, request: ImageCopy) -> ImageDoc:
    """CopyImage: a new image of the account in this region, copied from one it may use in
    `source_region`, with its snapshots copied (described as EC2 describes them)."""
    if request.client_token:
        replayed = _replayed(ctx, request)
        if replayed is not None:
            return replayed
    source_tx = ctx.source_region(request.source_region)
    source = find_image(source_tx, request.source_image_id)
    name = check_name(ctx.tx, request.name)
    mappings = source.get("BlockDeviceMappings") or []
    source_encrypted = any((m.get("Ebs") or {}).get("Encrypted") for m in mappings)
    encrypted = request.encrypted or source_encrypted
    key = kms_key(ctx.region, ctx.account_id, encrypted, request.kms_key_id)
    copied = [_copied_mapping(m, request.encrypted, key) for m in mappings]
    fields: shapes.Image = {
        "BlockDeviceMappings": copied,
        "SourceImageId": source["ImageId"],
        "SourceImageRegion": request.source_region,
    }
    for member in _COPIED:
        if member in source:
            fields[member] = source[member]  # type: ignore[literal-required]
    tags = specified_tags(request.tag_specifications, IMAGE.name, SNAPSHOT.name)
    if request.copy_image_tags:
        given = {t["Key"] for t in tags}
        tags = [t for t in source.get("Tags") or () if t["Key"] not in given] + tags
    description = request.description
    if description is None:
        description = source.get("Description")
    image = new_image(ctx, name, fields, description, tags)
    if request.client_token:
        image = with_private(
            image, client_token=request.client_token, request_digest=request.digest()
        )
        IMAGE.put(ctx.tx, image)
    sources = {
        new["Ebs"]["SnapshotId"]: old["Ebs"].get("SnapshotId", "")
        for new, old in zip(copied, mappings, strict=True)
        if "Ebs" in new
    }
    # reconstructed: the wording, as EC2 describes the snapshots of a copied image
    record_snapshots(
        ctx.tx,
        image,
        tags_for(request.tag_specifications, SNAPSHOT.name),
        timestamp(ctx.now),
        lambda snapshot_id: (
            f"Copied for DestinationAmi {image['ImageId']} from SourceAmi {source['ImageId']} "
            f"for SourceSnapshot {sources[snapshot_id]}. Task created on {int(ctx.now)}."
        ),
    )
    return image
