"""Accounts and their access keys, kept in the store's GLOBAL partition.

Kinds: `account` (id: the 12-digit account id) and `access-key` (id: the access key id,
with its secret and account). The oldest account is the default one `localec2 env` shows.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from typing import Any

from .store import GLOBAL, Store

_KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"  # access key ids are base32-like
_SECRET_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _new_account_id() -> str:
    return str(100_000_000_000 + secrets.randbelow(900_000_000_000))


def _new_access_key_id() -> str:
    return "AKIA" + "".join(secrets.choice(_KEY_ALPHABET) for _ in range(16))


def _new_secret() -> str:
    return "".join(secrets.choice(_SECRET_ALPHABET) for _ in range(40))


def derived_account_id(access_key_id: str) -> str:
    """The account of a key nobody created (`--allow-any-credentials`): stable per key."""
    digest = int.from_bytes(hashlib.sha256(access_key_id.encode()).digest()[:8], "big")
    return f"{digest % 10**12:012d}"


def create_account(store: Store) -> dict[str, str]:
    """A new account with one access key: {account_id, access_key_id, secret_access_key}."""
    with store.transaction(GLOBAL, GLOBAL) as tx:
        account_id = _new_account_id()
        while tx.get("account", account_id) is not None:
            account_id = _new_account_id()
        key_id = _new_access_key_id()
        secret = _new_secret()
        created = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        tx.put("account", account_id, {"AccountId": account_id, "Created": created})
        tx.put(
            "access-key",
            key_id,
            {"AccessKeyId": key_id, "SecretAccessKey": secret, "AccountId": account_id},
        )
    return {"account_id": account_id, "access_key_id": key_id, "secret_access_key": secret}


def list_accounts(store: Store) -> list[dict[str, Any]]:
    """Every account, oldest first, each with its keys (id and secret)."""
    with store.transaction(GLOBAL, GLOBAL) as tx:
        keys = tx.all("access-key")
        return [
            {
                "account_id": account["AccountId"],
                "access_keys": [
                    {"access_key_id": k["AccessKeyId"], "secret_access_key": k["SecretAccessKey"]}
                    for k in keys
                    if k["AccountId"] == account["AccountId"]
                ],
            }
            for account in tx.all("account")
        ]


def default_account(store: Store) -> dict[str, str]:
    """The oldest account and its first key, created on first start."""
    accounts = list_accounts(store)
    if not accounts:
        return create_account(store)
    first = accounts[0]
    key = first["access_keys"][0]
    return {"account_id": first["account_id"], **key}


def find_key(store: Store, access_key_id: str) -> dict[str, Any] | None:
    """The stored key (AccessKeyId, SecretAccessKey, AccountId), or None."""
    with store.transaction(GLOBAL, GLOBAL) as tx:
        return tx.get("access-key", access_key_id)
