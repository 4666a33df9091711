"""PuTTY private key files (PPK version 3, unencrypted), for `CreateKeyPair` `KeyFormat=ppk`.

Layout: a header naming the algorithm, the public blob and the private blob in base64, and
an HMAC-SHA-256 (with an empty key, as the file is unencrypted) over the fields.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import textwrap

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes


def _string(data: bytes) -> bytes:
    return len(data).to_bytes(4, "big") + data


def _mpint(value: int) -> bytes:
    length = value.bit_length() // 8 + 1  # one spare byte keeps the sign bit clear
    return _string(value.to_bytes(length, "big"))


def _blobs(key: rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey) -> tuple[str, bytes, bytes]:
    """The algorithm name, public blob and private blob of a key, in SSH wire encoding."""
    if isinstance(key, ed25519.Ed25519PrivateKey):
        raw = serialization.Encoding.Raw
        public = key.public_key().public_bytes(raw, serialization.PublicFormat.Raw)
        private = key.private_bytes(
            raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
        )
        return "ssh-ed25519", _string(b"ssh-ed25519") + _string(public), _string(private)
    numbers = key.private_numbers()
    public_numbers = numbers.public_numbers
    public = _string(b"ssh-rsa") + _mpint(public_numbers.e) + _mpint(public_numbers.n)
    private = _mpint(numbers.d) + _mpint(numbers.p) + _mpint(numbers.q) + _mpint(numbers.iqmp)
    return "ssh-rsa", public, private


def _lines(blob: bytes) -> list[str]:
    return textwrap.wrap(base64.b64encode(blob).decode(), 64)


def _load(private_material: str) -> rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey:
    data = private_material.encode()
    key: PrivateKeyTypes
    if b"OPENSSH PRIVATE KEY" in data:
        key = serialization.load_ssh_private_key(data, password=None)
    else:
        key = serialization.load_pem_private_key(data, password=None)
    if not isinstance(key, rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey):
        raise TypeError(f"no PPK rendering of a {type(key).__name__}")  # EC2 makes no other
    return key


def ppk_private_key(private_material: str, comment: str) -> str:
    """The PPK v3 rendering of a PEM (RSA) or OpenSSH (ED25519) private key."""
    algorithm, public, private = _blobs(_load(private_material))
    mac_input = b"".join(
        _string(part) for part in (algorithm.encode(), b"none", comment.encode(), public, private)
    )
    mac = hmac.new(b"", mac_input, hashlib.sha256).hexdigest()
    public_lines, private_lines = _lines(public), _lines(private)
    return "\n".join(
        [
            f"PuTTY-User-Key-File-3: {algorithm}",
            "Encryption: none",
            f"Comment: {comment}",
            f"Public-Lines: {len(public_lines)}",
            *public_lines,
            f"Private-Lines: {len(private_lines)}",
            *private_lines,
            f"Private-MAC: {mac}",
            "",
        ]
    )
