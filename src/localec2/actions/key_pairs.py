"""CreateKeyPair, ImportKeyPair, DescribeKeyPairs, DeleteKeyPair.

Key pairs are `key-pair` documents keyed by name (boto3's `KeyPairInfo` shape plus
`PublicKey`); the private key of a created pair is returned once and never stored.
"""

from __future__ import annotations

from ..errors import EC2Error, invalid_parameter_value
from ..filters import apply_filters
from ..ids import check_ids, not_found
from ..keys import PublicKey, generate, parse_public_key
from ..ppk import ppk_private_key
from ..registry import Context, action
from ..store import Transaction, new_id
from .creation_tags import creation_tags
from .field_filters import fields

KIND = "key-pair"
MAX_NAME = 255


def _check_name(name: str) -> None:
    if not name:
        raise EC2Error("MissingParameter", "The request must contain the parameter KeyName")
    if len(name) > MAX_NAME or not name.isascii():
        raise invalid_parameter_value(
            f"Value ({name}) for parameter keyName is invalid. The key name must be at most "
            f"{MAX_NAME} ASCII characters"
        )


def _store_new(ctx: Context, params: dict, public: PublicKey) -> dict:
    name = params.get("KeyName") or ""
    _check_name(name)
    if ctx.tx.get(KIND, name) is not None:
        raise EC2Error("InvalidKeyPair.Duplicate", f"The keypair '{name}' already exists.")
    doc = {
        "KeyPairId": new_id("key"),
        "KeyName": name,
        "KeyFingerprint": public.fingerprint,
        "KeyType": public.key_type,
        "PublicKey": public.openssh,
        "CreateTime": ctx.now,
        "Tags": creation_tags(params, KIND),
    }
    ctx.tx.put(KIND, name, doc)
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


def find_by_id(tx: Transaction, key_pair_id: str) -> dict | None:
    return next((doc for doc in tx.all(KIND) if doc["KeyPairId"] == key_pair_id), None)


_GETTERS = fields(
    {
        "key-name": "KeyName",
        "key-pair-id": "KeyPairId",
        "fingerprint": "KeyFingerprint",
        "key-type": "KeyType",
    }
)


def _selected(tx: Transaction, names: list[str], ids: list[str]) -> list[dict]:
    missing = [name for name in names if tx.get(KIND, name) is None]
    if missing:
        raise EC2Error("InvalidKeyPair.NotFound", f"The key pair '{missing[0]}' does not exist")
    check_ids(ids, "key", "InvalidKeyPair")
    found = {doc["KeyPairId"] for doc in tx.all(KIND) if doc["KeyPairId"] in ids}
    missing = [key_id for key_id in ids if key_id not in found]
    if missing:
        raise not_found("InvalidKeyPair", "key pair", missing)
    wanted_names = set(names)
    wanted_ids = set(ids)
    return [
        doc
        for doc in tx.all(KIND)
        if doc["KeyName"] in wanted_names or doc["KeyPairId"] in wanted_ids
    ]


@action("DescribeKeyPairs")
def describe_key_pairs(ctx: Context, params: dict) -> dict:
    names = params.get("KeyNames") or []
    ids = params.get("KeyPairIds") or []
    docs = _selected(ctx.tx, names, ids) if names or ids else ctx.tx.all(KIND)
    docs = apply_filters(docs, params.get("Filters"), _GETTERS)
    if params.get("IncludePublicKey"):
        return {"KeyPairs": docs}
    return {"KeyPairs": [{k: v for k, v in doc.items() if k != "PublicKey"} for doc in docs]}


@action("DeleteKeyPair")
def delete_key_pair(ctx: Context, params: dict) -> dict:
    """Deleting a key pair that does not exist succeeds, as it does on EC2."""
    name, key_pair_id = params.get("KeyName"), params.get("KeyPairId")
    if not name and not key_pair_id:
        raise EC2Error(
            "MissingParameter", "The request must contain the parameter KeyName or KeyPairId"
        )
    if key_pair_id:
        check_ids([key_pair_id], "key", "InvalidKeyPair")
        doc = find_by_id(ctx.tx, key_pair_id)
    else:
        doc = ctx.tx.get(KIND, name)
    if doc is None:
        return {"Return": True}
    ctx.tx.delete(KIND, doc["KeyName"])
    return {"Return": True, "KeyPairId": doc["KeyPairId"]}
