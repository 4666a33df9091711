"""CreateKeyPair, ImportKeyPair, DescribeKeyPairs, DeleteKeyPair (see `ec2.key_pairs`)."""

from __future__ import annotations

from ..ec2.context import Context
from ..ec2.documents import KeyPairDoc
from ..ec2.filters import apply_filters, fields
from ..ec2.keys import key_pairs
from ..protocol import shapes
from .registry import action

_FILTERS = fields(
    {
        "key-name": "KeyName",
        "key-pair-id": "KeyPairId",
        "fingerprint": "KeyFingerprint",
        "key-type": "KeyType",
    }
)


def _summary(doc: KeyPairDoc) -> shapes.ImportKeyPairResult:
    return {
        "KeyPairId": doc["KeyPairId"],
        "KeyName": doc["KeyName"],
        "KeyFingerprint": doc["KeyFingerprint"],
        "Tags": doc["Tags"],
    }


@action("CreateKeyPair")
def create_key_pair(ctx: Context, params: shapes.CreateKeyPairRequest) -> shapes.KeyPair:
    doc, material = key_pairs.create_key_pair(
        ctx.tx,
        ctx.now,
        params["KeyName"],
        params.get("KeyType"),
        params.get("KeyFormat"),
        params.get("TagSpecifications"),
    )
    return {**_summary(doc), "KeyMaterial": material}


@action("ImportKeyPair")
def import_key_pair(
    ctx: Context, params: shapes.ImportKeyPairRequest
) -> shapes.ImportKeyPairResult:
    doc = key_pairs.import_key_pair(
        ctx.tx,
        ctx.now,
        params["KeyName"],
        params["PublicKeyMaterial"],
        params.get("TagSpecifications"),
    )
    return _summary(doc)


@action("DescribeKeyPairs")
def describe_key_pairs(
    ctx: Context, params: shapes.DescribeKeyPairsRequest
) -> shapes.DescribeKeyPairsResult:
    docs = key_pairs.key_pairs_to_describe(
        ctx.tx, params.get("KeyNames") or [], params.get("KeyPairIds") or []
    )
    docs = apply_filters(docs, params.get("Filters"), _FILTERS)
    include_public_key = bool(params.get("IncludePublicKey"))
    return {"KeyPairs": [key_pairs.described(doc, include_public_key) for doc in docs]}


@action("DeleteKeyPair")
def delete_key_pair(
    ctx: Context, params: shapes.DeleteKeyPairRequest
) -> shapes.DeleteKeyPairResult:
    """Deleting a key pair that does not exist succeeds, as it does on EC2."""
    doc = key_pairs.delete_key_pair(ctx.tx, params.get("KeyName"), params.get("KeyPairId"))
    if doc is None:
        return {"Return": True}
    return {"Return": True, "KeyPairId": doc["KeyPairId"]}
