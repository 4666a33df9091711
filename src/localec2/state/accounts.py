"""Accounts and their access keys, kept in the store's GLOBAL partition.

Kinds: `account` (id: the 12-digit account id), `access-key` (id: the access key id, with
its secret and account) and `session-key` (temporary credentials STS issued: an `ASIA…` key
id, its secret, session token, expiry and the principal it acts as). The oldest account is
the default one `localec2 env` shows.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import time
from collections.abc import Mapping
from typing import Any

from .store import GLOBAL, Store, Transaction

SESSION_KEY = "session-key"
# An expired session key is kept this long, so that its use is answered "expired" rather
# than "unknown", then dropped when another is issued.
EXPIRED_KEPT_SECONDS = 86400.0

_KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"  # access key ids are base32-like
_SECRET_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _new_account_id() -> str:
    return str(100_000_000_000 + secrets.randbelow(900_000_000_000))


def _new_access_key_id(prefix: str = "AKIA") -> str:
    """`AKIA…` for a long-term key, `ASIA…` for a temporary one, as AWS prefixes them."""
    return prefix + "".join(secrets.choice(_KEY_ALPHABET) for _ in range(16))


def _new_secret() -> str:
    return "".join(secrets.choice(_SECRET_ALPHABET) for _ in range(40))


def derived_account_id(access_key_id: str) -> str:
    """The account of a key nobody created (`--allow-any-credentials`): stable per key."""
    digest = int.from_bytes(hashlib.sha256(access_key_id.encode()).digest()[:8], "big")
    return f"{digest % 10**12:012d}"


def _put_account(tx: Transaction, account_id: str) -> dict[str, str]:
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


def create_account(store: Store) -> dict[str, str]:
    """A new account with one access key: {account_id, access_key_id, secret_access_key}."""
    with store.transaction(GLOBAL, GLOBAL) as tx:
        account_id = _new_account_id()
        while tx.get("account", account_id) is not None:
            account_id = _new_account_id()
        return _put_account(tx, account_id)


def create_session_key(
    store: Store, account_id: str, principal: Mapping[str, str], expires: float, now: float
) -> dict[str, Any]:
    """Temporary credentials acting as `principal` in `account_id` until `expires` (epoch
    seconds): {AccessKeyId, SecretAccessKey, SessionToken, Expiration, AccountId, Principal}.

    An account nobody created yet (a role's, named by its ARN) is created with its key.
    """
    with store.transaction(GLOBAL, GLOBAL) as tx:
        if tx.get("account", account_id) is None:
            _put_account(tx, account_id)
        for old in tx.all(SESSION_KEY):
            if old["Expiration"] + EXPIRED_KEPT_SECONDS < now:
                tx.delete(SESSION_KEY, old["AccessKeyId"])
        key_id = _new_access_key_id("ASIA")
        while tx.get(SESSION_KEY, key_id) is not None:
            key_id = _new_access_key_id("ASIA")
        session = {
            "AccessKeyId": key_id,
            "SecretAccessKey": _new_secret(),
            # AWS's session tokens are long opaque base64 strings; this one is random.
            "SessionToken": base64.b64encode(secrets.token_bytes(192)).decode("ascii"),
            "Expiration": expires,
            "AccountId": account_id,
            "Principal": dict(principal),
        }
        tx.put(SESSION_KEY, key_id, session)
    return session


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
    """The stored key (AccessKeyId, SecretAccessKey, AccountId; and a session key's
    SessionToken, Expiration and Principal), or None."""
    with store.transaction(GLOBAL, GLOBAL) as tx:
        kind = SESSION_KEY if access_key_id.startswith("ASIA") else "access-key"
        return tx.get(kind, access_key_id)
