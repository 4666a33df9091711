"""Key pairs: `key-pair` documents keyed by name (boto3's `KeyPairInfo` shape plus
`PublicKey`); the private key of a created pair is returned once and never stored."""

from __future__ import annotations

from ..state.store import Transaction
from .kinds import KEY_PAIR


def find_by_id(tx: Transaction, key_pair_id: str) -> dict | None:
    return next((doc for doc in KEY_PAIR.every(tx) if doc["KeyPairId"] == key_pair_id), None)
