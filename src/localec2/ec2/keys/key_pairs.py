"""Key pairs: `key-pair` documents keyed by name (boto3's `KeyPairInfo` shape, with
`PublicKey`); the private key of a created pair is returned once and never stored."""

from __future__ import annotations

from collections.abc import Sequence

from ... import errors
from ...errors import invalid_parameter_value
from ...protocol.shapes import Blob, Tag, TagSpecification
from ...protocol.xml import format_timestamp
from ...state.ids import new_id
from ...state.store import Transaction
from ..documents import KeyPairDoc
from ..kinds import KEY_PAIR
from ..tags.tagging import specified_tags
from .ppk import ppk_private_key
from .ssh_keys import PublicKey, generate, parse_public_key

MAX_NAME = 255


def find_by_id(tx: Transaction, key_pair_id: str) -> KeyPairDoc | None:
    return next((doc for doc in KEY_PAIR.every(tx) if doc["KeyPairId"] == key_pair_id), None)


def _check_name(name: str) -> None:
    if not name:
        raise errors.missing_parameter("KeyName")
    if len(name) > MAX_NAME or not name.isascii():
        raise invalid_parameter_value(
            f"Value ({name}) for parameter keyName is invalid. The key name must be at most "
            f"{MAX_NAME} ASCII characters"
        )


def _check_new(tx: Transaction, name: str) -> None:
    _check_name(name)
    if KEY_PAIR.stored(tx, name) is not None:
        raise errors.InvalidKeyPairDuplicate(f"The keypair '{name}' already exists.")


def _store(
    tx: Transaction,
    now: float,
    name: str,
    public: PublicKey,
    tags: list[Tag],
) -> KeyPairDoc:
    doc: KeyPairDoc = {
        "KeyPairId": new_id("key"),
        "KeyName": name,
        "KeyFingerprint": public.fingerprint,
        "KeyType": public.key_type,
        "PublicKey": public.openssh,
        "CreateTime": format_timestamp(now),
        "Tags": tags,
    }
    KEY_PAIR.put(tx, doc)
    return doc


def create_key_pair(
    tx: Transaction,
    now: float,
    name: str,
    key_type: str | None,
    key_format: str | None,
    tag_specifications: Sequence[TagSpecification] | None,
) -> tuple[KeyPairDoc, str]:
    """A new pair (RSA unless `key_type` says `ed25519`), stored, and its private key: PEM
    (OpenSSH for ED25519), or PuTTY's format if `key_format` is `ppk`."""
    _check_new(tx, name)
    tags = specified_tags(tag_specifications, KEY_PAIR.name)
    pair = generate(key_type or "rsa")
    doc = _store(tx, now, name, pair.public, tags)
    material = pair.private_material
    if key_format == "ppk":
        material = ppk_private_key(material, name)
    return doc, material


def import_key_pair(
    tx: Transaction,
    now: float,
    name: str,
    public_key_material: Blob,
    tag_specifications: Sequence[TagSpecification] | None,
) -> KeyPairDoc:
    """A pair of the user's own public key (see `ssh_keys.parse_public_key`), stored."""
    _check_name(name)
    if isinstance(public_key_material, str):
        public_key_material = public_key_material.encode()
    public = parse_public_key(public_key_material)
    _check_new(tx, name)
    return _store(tx, now, name, public, specified_tags(tag_specifications, KEY_PAIR.name))


def key_pairs_to_describe(
    tx: Transaction, names: Sequence[str], key_pair_ids: Sequence[str]
) -> list[KeyPairDoc]:
    """The pairs named by name or id (every one must exist), else all of them."""
    if not names and not key_pair_ids:
        return KEY_PAIR.every(tx)
    missing = [name for name in names if KEY_PAIR.stored(tx, name) is None]
    if missing:
        raise errors.InvalidKeyPairNotFound(f"The key pair '{missing[0]}' does not exist")
    KEY_PAIR.select(tx, key_pair_ids, lambda i: find_by_id(tx, i))
    wanted_names = set(names)
    wanted_ids = set(key_pair_ids)
    return [
        doc
        for doc in KEY_PAIR.every(tx)
        if doc["KeyName"] in wanted_names or doc["KeyPairId"] in wanted_ids
    ]


def described(doc: KeyPairDoc, include_public_key: bool) -> KeyPairDoc:
    """A pair as DescribeKeyPairs shows it: its public key only if asked for."""
    shown: KeyPairDoc = {**doc}
    if not include_public_key:
        shown.pop("PublicKey", None)
    return shown


def delete_key_pair(
    tx: Transaction, name: str | None, key_pair_id: str | None
) -> KeyPairDoc | None:
    """Delete the pair named by id, else by name; None if there is none (EC2 succeeds then)."""
    if not name and not key_pair_id:
        raise errors.MissingParameter("The request must contain the parameter KeyName or KeyPairId")
    if key_pair_id:
        KEY_PAIR.check_ids([key_pair_id])
        doc = find_by_id(tx, key_pair_id)
    else:
        doc = KEY_PAIR.stored(tx, name or "")
    if doc is not None:
        KEY_PAIR.delete(tx, doc["KeyName"])
    return doc
