"""Images: the built-in public catalog, the account's own, and others' shared with it.

An image another account makes public or shares (launch permissions) is read from that
account's partition; the tags an account puts on another owner's image are kept in its own
`image-tags` document (EC2 shows each account only its own tags).
"""

from __future__ import annotations

from ..state.store import GLOBAL, Transaction
from . import catalogs
from .kinds import FOREIGN_IMAGE_TAGS, IMAGE, private


def foreign_tags(tx: Transaction, image_id: str) -> list[dict]:
    """The tags this account put on an image it does not own (EC2 keeps them per account)."""
    return (FOREIGN_IMAGE_TAGS.stored(tx, image_id) or {}).get("Tags") or []


def _as_seen(tx: Transaction, image: dict) -> dict:
    """Another owner's image as this account sees it: with its own tags, not the owner's."""
    tags = foreign_tags(tx, image["ImageId"])
    return dict(image, Tags=tags) if tags or image.get("Tags") else image


def _launchable_by(image: dict, account: str) -> bool:
    permitted = {p.get("UserId") for p in private(image).get("launch_permissions") or ()}
    return image["Public"] or account in permitted


def _shared_images(tx: Transaction) -> list[dict]:
    """Other accounts' images of this region that are public or shared with this account.

    The owner's tags stay the owner's: EC2 shows another account only its own.
    """
    out = []
    for account, region in tx.store.partitions():
        if region != tx.region or account in (tx.account, GLOBAL):
            continue
        for image in Transaction(tx.store, account, region).all(IMAGE.name):
            if _launchable_by(image, tx.account):
                out.append(_as_seen(tx, image))
    return out


def lookup_image(tx: Transaction, image_id: str) -> dict | None:
    """The account's own image with this id, the catalog's as the account sees it, or one
    another account made public or shared with it."""
    own = IMAGE.stored(tx, image_id)
    if own is not None:
        return own
    public = catalogs.images(tx.region).get(image_id)
    if public is not None:
        return _as_seen(tx, public)
    return next((i for i in _shared_images(tx) if i["ImageId"] == image_id), None)


def visible_images(tx: Transaction) -> list[dict]:
    """Every image the account can see: the public catalog, its own, then others' it may use."""
    public = [_as_seen(tx, image) for image in catalogs.images(tx.region).values()]
    return [*public, *tx.all(IMAGE.name), *_shared_images(tx)]


def find_image(tx: Transaction, image_id: str) -> dict:
    """The image with this id, or `InvalidAMIID.Malformed` / `.NotFound`."""
    return IMAGE.get(tx, image_id, lambda i: lookup_image(tx, i))
