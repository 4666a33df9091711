"""Images: the built-in public catalog, the account's own, and others' shared with it.

An image another account makes public or shares (launch permissions) is read from that
account's partition; the tags an account puts on another owner's image are kept in its own
`image-tags` document (EC2 shows each account only its own tags).

Making, registering and deregistering images is `registry`'s; their attributes,
`attributes`'.
"""

from __future__ import annotations

from collections.abc import Sequence

from ... import errors
from ...protocol import shapes
from ...state.store import Transaction
from .. import catalogs
from ..documents import ImageDoc
from ..kinds import FOREIGN_IMAGE_TAGS, IMAGE, private
from ..sharing import Permissions, shared_from_others

# `Owners` that name an alias (`ImageOwnerAlias`) rather than an account.
_OWNER_ALIASES = ("amazon", "aws-marketplace", "aws-backup-vault")


def foreign_tags(tx: Transaction, image_id: str) -> list[shapes.Tag]:
    """The tags this account put on an image it does not own (EC2 keeps them per account)."""
    return (FOREIGN_IMAGE_TAGS.stored(tx, image_id) or {}).get("Tags") or []


def _as_seen(tx: Transaction, image: ImageDoc) -> ImageDoc:
    """Another owner's image as this account sees it: with its own tags, not the owner's."""
    tags = foreign_tags(tx, image["ImageId"])
    return {**image, "Tags": tags} if tags or image.get("Tags") else image


def launch_permissions(image: ImageDoc) -> Permissions:
    """Who may launch the image besides its owner: its `Public` flag and the accounts it is
    shared with."""
    users = tuple(p["UserId"] for p in private(image).get("launch_permissions") or ())
    return Permissions(image["Public"], users)


def _shared_images(tx: Transaction) -> list[ImageDoc]:
    """Other accounts' images of this region that are public or shared with this account.

    The owner's tags stay the owner's: EC2 shows another account only its own.
    """
    return [_as_seen(tx, i) for i in shared_from_others(tx, IMAGE, launch_permissions)]


def lookup_image(tx: Transaction, image_id: str) -> ImageDoc | None:
    """The account's own image with this id, the catalog's as the account sees it, or one
    another account made public or shared with it."""
    own = IMAGE.stored(tx, image_id)
    if own is not None:
        return own
    public = catalogs.images(tx.region).get(image_id)
    if public is not None:
        return _as_seen(tx, public)
    return next((i for i in _shared_images(tx) if i["ImageId"] == image_id), None)


def visible_images(tx: Transaction) -> list[ImageDoc]:
    """Every image the account can see: the public catalog, its own, then others' it may use."""
    public = [_as_seen(tx, image) for image in catalogs.images(tx.region).values()]
    return [*public, *IMAGE.every(tx), *_shared_images(tx)]


def find_image(tx: Transaction, image_id: str) -> ImageDoc:
    """The image with this id, or `InvalidAMIID.Malformed` / `.NotFound`."""
    return IMAGE.get(tx, image_id, lambda i: lookup_image(tx, i))


def own_image(tx: Transaction, image_id: str) -> ImageDoc:
    """An image the account owns: one it can only see is `AuthFailure` (answered with 400)."""
    image = find_image(tx, image_id)
    if image["OwnerId"] != tx.account:
        raise errors.AuthFailure(f"Not authorized for image:{image_id}", status=400)
    return image


def _owned_by(image: ImageDoc, owner: str, account: str) -> bool:
    if owner == "self":
        return image["OwnerId"] == account
    if owner in _OWNER_ALIASES:
        return image.get("ImageOwnerAlias") == owner
    return image["OwnerId"] == owner


def _executable_by(image: ImageDoc, user: str, account: str) -> bool:
    if image["Public"]:
        return True
    if user == "all":
        return False
    wanted = account if user == "self" else user
    return image["OwnerId"] == wanted or launch_permissions(image).allow(wanted)


def described_images(
    tx: Transaction,
    image_ids: Sequence[str],
    owners: Sequence[str],
    executable_users: Sequence[str],
) -> list[ImageDoc]:
    """The images a DescribeImages request names (NotFound naming every unknown id), or all
    it can see; of those, the ones of any of `owners` and executable by any of the users."""
    if image_ids:
        images = IMAGE.select(tx, image_ids, lambda i: lookup_image(tx, i))
    else:
        images = visible_images(tx)
    if owners:
        images = [i for i in images if any(_owned_by(i, o, tx.account) for o in owners)]
    if executable_users:
        images = [
            i for i in images if any(_executable_by(i, u, tx.account) for u in executable_users)
        ]
    return images
