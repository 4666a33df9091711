"""CreateKeyPair, ImportKeyPair, DescribeKeyPairs, DeleteKeyPair.

Key pairs are `key-pair` documents keyed by name (boto3's `KeyPairInfo` shape plus
`PublicKey`); the private key of a created pair is returned once and never stored.
"""

from __future__ import annotations

from .. import errors
from ..ec2.context import Context
from ..ec2.filters import apply_filters, fields
from ..ec2.key_pairs import find_by_id
from ..ec2.kinds import KEY_PAIR
from ..ec2.ppk import ppk_private_key
from ..ec2.ssh_keys import PublicKey, generate, parse_public_key
from ..ec2.tagging import creation_tags
from ..errors import invalid_parameter_value
from ..state.ids import new_id
from ..state.store import Transaction
from .registry import action

MAX_NAME = 255


def _check_name(name: str) -> None:
    if not name:
        raise errors.missing_parameter("KeyName")
    if len(name) > MAX_NAME or not name.isascii():
        raise invalid_parameter_value(
            f"Value ({name}) for parameter keyName is invalid. The key name must be at most "
            f"{MAX_NAME} ASCII characters"
        )


def _store_new(ctx: Context, params: dict, public: PublicKey) -> dict:
    name = params.get("KeyName") or ""
    _check_name(name)
    if KEY_PAIR.stored(ctx.tx, name) is not None:
        raise errors.InvalidKeyPairDuplicate(f"The keypair '{name}' already exists.")
    doc = {
        "KeyPairId": new_id("key"),
        "KeyName": name,
        "KeyFingerprint": public.fingerprint,
        "KeyType": public.key_type,
        "PublicKey": public.openssh,
        "CreateTime": ctx.now,
        "Tags": creation_tags(params, KEY_PAIR.name),
    }
    KEY_PAIR.put(ctx.tx, doc)
    return doc


def _summary(doc: dict) -> dict:
    return {key: doc[key] for key in ("KeyPairId", "KeyName", "KeyFingerprint", "Tags")}


@action("CreateKeyPair")
def create_key_pair(ctx: Context, params: dict) -> dict:
    _check_name(params.get("KeyName") or "")
    key_type = params.get("KeyType") or "rsa"
    pair = generate(key_type)
    doc = _store_new(ctx, params, pair.public)
    material = pair.private_material
    if params.get("KeyFormat") == "ppk":
        material = ppk_private_key(material, doc["KeyName"])
    return {**_summary(doc), "KeyMaterial": material}


@action("ImportKeyPair")
def import_key_pair(ctx: Context, params: dict) -> dict:
    _check_name(params.get("KeyName") or "")
    material = params.get("PublicKeyMaterial") or b""
    if isinstance(material, str):
        material = material.encode()
    public = parse_public_key(material)
    return _summary(_store_new(ctx, params, public))


_GETTERS = fields(
    {
        "key-name": "KeyName",
        "key-pair-id": "KeyPairId",
        "fingerprint": "KeyFingerprint",
        "key-type": "KeyType",
    }
)


def _selected(tx: Transaction, names: list[str], ids: list[str]) -> list[dict]:
    missing = [name for name in names if KEY_PAIR.stored(tx, name) is None]
    if missing:
        raise errors.InvalidKeyPairNotFound(f"The key pair '{missing[0]}' does not exist")
    KEY_PAIR.select(tx, ids, lambda i: find_by_id(tx, i))
    wanted_names = set(names)
    wanted_ids = set(ids)
    return [
        doc
        for doc in KEY_PAIR.every(tx)
        if doc["KeyName"] in wanted_names or doc["KeyPairId"] in wanted_ids
    ]


@action("DescribeKeyPairs")
def describe_key_pairs(ctx: Context, params: dict) -> dict:
    names = params.get("KeyNames") or []
    ids = params.get("KeyPairIds") or []
    docs = _selected(ctx.tx, names, ids) if names or ids else KEY_PAIR.every(ctx.tx)
    docs = apply_filters(docs, params.get("Filters"), _GETTERS)
    if params.get("IncludePublicKey"):
        return {"KeyPairs": docs}
    return {"KeyPairs": [{k: v for k, v in doc.items() if k != "PublicKey"} for doc in docs]}


@action("DeleteKeyPair")
def delete_key_pair(ctx: Context, params: dict) -> dict:
    """Deleting a key pair that does not exist succeeds, as it does on EC2."""
    name, key_pair_id = params.get("KeyName"), params.get("KeyPairId")
    if not name and not key_pair_id:
        raise errors.MissingParameter("The request must contain the parameter KeyName or KeyPairId")
    if key_pair_id:
        KEY_PAIR.check_ids([key_pair_id])
        doc = find_by_id(ctx.tx, key_pair_id)
    else:
        doc = KEY_PAIR.stored(ctx.tx, name)
    if doc is None:
        return {"Return": True}
    KEY_PAIR.delete(ctx.tx, doc["KeyName"])
    return {"Return": True, "KeyPairId": doc["KeyPairId"]}
