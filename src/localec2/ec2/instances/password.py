"""GetPasswordData: a Windows instance's administrator password, encrypted for its key.

EC2 generates the password when a Windows instance first boots and encrypts it with the
public key of the instance's key pair (RSA, PKCS#1 v1.5, base64), so only the holder of the
private key reads it. Until then, EC2 answers an empty `PasswordData` (its console says to
wait at least four minutes); here that wait is `PASSWORD_BOOTS` boot times on the
instance's clock (at once with `--boot-seconds 0`). reconstructed, from EC2's observed
answers: an empty `PasswordData` for an instance that is not Windows, one launched without
a key pair, or one whose key is not RSA (ED25519 keys cannot encrypt it).
"""

from __future__ import annotations

import base64
import calendar
import secrets
import string
import time

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from ..context import Context
from ..documents import InstanceDoc
from ..kinds import INSTANCE, KEY_PAIR, with_private
from .lookup import get_instance
from .states import instance_private, name_of, timestamp

PASSWORD_BOOTS = 4  # boot times after the launch before the password is ready
PASSWORD_LENGTH = 32
_ALPHABET = string.ascii_letters + string.digits + "!$%&()*;.?@"


def _launched(doc: InstanceDoc) -> float:
    """The epoch of the instance's `LaunchTime` (`2026-11-28T12:00:00.000Z`)."""
    return calendar.timegm(time.strptime(str(doc["LaunchTime"])[:19], "%Y-%m-%dT%H:%M:%S"))


def _ready_at(ctx: Context, doc: InstanceDoc) -> float:
    return _launched(doc) + PASSWORD_BOOTS * ctx.config.boot_seconds


def _encrypted_password(ctx: Context, doc: InstanceDoc) -> str | None:
    """A new password encrypted with the instance's key, or None if it has no RSA key."""
    pair = KEY_PAIR.stored(ctx.tx, doc.get("KeyName") or "")
    if pair is None:
        return None
    key = serialization.load_ssh_public_key(pair["PublicKey"].encode())
    if not isinstance(key, rsa.RSAPublicKey):
        return None
    password = "".join(secrets.choice(_ALPHABET) for _ in range(PASSWORD_LENGTH))
    return base64.b64encode(key.encrypt(password.encode(), padding.PKCS1v15())).decode()


def password_data(ctx: Context, instance_id: str) -> tuple[str, str]:
    """(PasswordData, Timestamp): the encrypted password once the Windows instance has made
    it (kept, so every later request answers the same), else empty."""
    doc = get_instance(ctx, instance_id)
    stored = instance_private(doc).get("password_data")
    ready_at = _ready_at(ctx, doc)
    if stored:
        return stored, timestamp(ready_at)
    if doc.get("Platform") != "windows" or name_of(doc) != "running" or ctx.now < ready_at:
        return "", timestamp(ctx.now)
    encrypted = _encrypted_password(ctx, doc)
    if encrypted is None:
        return "", timestamp(ctx.now)
    INSTANCE.put(ctx.tx, with_private(doc, password_data=encrypted))
    return encrypted, timestamp(ready_at)
