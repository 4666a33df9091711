"""SSH key pairs as EC2 makes and reads them: generation, public-key parsing, fingerprints.

Fingerprints follow EC2's rules: a key pair EC2 created (RSA) is the SHA-1 of the DER PKCS#8
private key; an imported RSA key is the MD5 of the DER SubjectPublicKeyInfo; ED25519 keys
(either way) are the base64 SHA-256 of the OpenSSH public key blob, padded as EC2 shows it.
All hex fingerprints are colon-separated.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa
from cryptography.hazmat.primitives.asymmetric.types import PublicKeyTypes

from ... import errors
from ...errors import EC2Error

RSA_BITS = 2048
IMPORTABLE_RSA_BITS = (1024, 2048, 3072, 4096)
_ENC = serialization.Encoding
_PUB = serialization.PublicFormat
_PRIV = serialization.PrivateFormat


@dataclass(frozen=True)
class PublicKey:
    key_type: str  # "rsa" or "ed25519", EC2's KeyType
    openssh: str  # "ssh-rsa AAAA..." without a comment
    fingerprint: str


@dataclass(frozen=True)
class NewKeyPair:
    public: PublicKey
    private_material: str


def _colon_hex(digest: bytes) -> str:
    return ":".join(f"{byte:02x}" for byte in digest)


def _openssh(key: rsa.RSAPublicKey | ed25519.Ed25519PublicKey) -> str:
    return key.public_bytes(_ENC.OpenSSH, _PUB.OpenSSH).decode()


def ed25519_fingerprint(openssh: str) -> str:
    blob = base64.b64decode(openssh.split()[1])
    return base64.b64encode(hashlib.sha256(blob).digest()).decode()


def created_rsa_fingerprint(key: rsa.RSAPrivateKey) -> str:
    der = key.private_bytes(_ENC.DER, _PRIV.PKCS8, serialization.NoEncryption())
    return _colon_hex(hashlib.sha1(der).digest())


def imported_rsa_fingerprint(key: rsa.RSAPublicKey) -> str:
    der = key.public_bytes(_ENC.DER, _PUB.SubjectPublicKeyInfo)
    return _colon_hex(hashlib.md5(der).digest())


def generate(key_type: str) -> NewKeyPair:
    """A new key pair: RSA as traditional PEM, ED25519 as an OpenSSH private key."""
    if key_type == "ed25519":
        private = ed25519.Ed25519PrivateKey.generate()
        openssh = _openssh(private.public_key())
        material = private.private_bytes(_ENC.PEM, _PRIV.OpenSSH, serialization.NoEncryption())
        public = PublicKey("ed25519", openssh, ed25519_fingerprint(openssh))
        return NewKeyPair(public, material.decode())
    private_rsa = rsa.generate_private_key(public_exponent=65537, key_size=RSA_BITS)
    material = private_rsa.private_bytes(
        _ENC.PEM, _PRIV.TraditionalOpenSSL, serialization.NoEncryption()
    )
    public = PublicKey(
        "rsa", _openssh(private_rsa.public_key()), created_rsa_fingerprint(private_rsa)
    )
    return NewKeyPair(public, material.decode().rstrip("\n"))


def _invalid_format() -> EC2Error:
    return errors.InvalidKeyFormat("Key is not in valid OpenSSH public key format")


_RFC4716 = re.compile(
    r"---- BEGIN SSH2 PUBLIC KEY ----(?P<body>.*?)---- END SSH2 PUBLIC KEY ----", re.DOTALL
)


def _rfc4716_blob(text: str) -> bytes | None:
    """The key blob of an RFC 4716 (SSH2) public key file; headers may continue with `\\`."""
    match = _RFC4716.search(text)
    if match is None:
        return None
    lines: list[str] = []
    continued = False
    for line in match.group("body").strip().splitlines():
        line = line.strip()
        header = continued or (":" in line)
        continued = header and line.endswith("\\")
        if not header and line:
            lines.append(line)
    try:
        return base64.b64decode("".join(lines), validate=True)
    except (binascii.Error, ValueError):
        return None


def _load_candidates(material: bytes) -> Iterator[Callable[[], PublicKeyTypes]]:
    """Public keys the material might hold, in the forms EC2 accepts."""
    text = material.decode("ascii", errors="replace").strip()
    if text.startswith(("ssh-rsa ", "ssh-ed25519 ")):
        yield lambda: serialization.load_ssh_public_key(" ".join(text.split()[:2]).encode())
    if "-----BEGIN" in text:
        yield lambda: serialization.load_pem_public_key(text.encode())
    blob = _rfc4716_blob(text)
    if blob is not None:
        name = blob[4 : 4 + int.from_bytes(blob[:4], "big")]
        line = name + b" " + base64.b64encode(blob)
        yield lambda: serialization.load_ssh_public_key(line)
    yield lambda: serialization.load_der_public_key(material)


def parse_public_key(material: bytes) -> PublicKey:
    """Read an imported public key (OpenSSH, PEM, DER or RFC 4716), or `InvalidKey.Format`.

    Material that is itself base64 (a client that encoded the key before the SDK encoded it
    again) is decoded once more, as EC2 accepts it.
    """
    key = _load(material)
    if key is None:
        try:
            decoded = base64.b64decode(material, validate=True)
        except (binascii.Error, ValueError):
            decoded = None
        key = _load(decoded) if decoded else None
    if isinstance(key, ed25519.Ed25519PublicKey):
        openssh = _openssh(key)
        return PublicKey("ed25519", openssh, ed25519_fingerprint(openssh))
    if isinstance(key, rsa.RSAPublicKey) and key.key_size in IMPORTABLE_RSA_BITS:
        return PublicKey("rsa", _openssh(key), imported_rsa_fingerprint(key))
    raise _invalid_format()


def _load(material: bytes) -> PublicKeyTypes | None:
    for load in _load_candidates(material):
        try:
            return load()
        except (ValueError, UnsupportedAlgorithm, TypeError, IndexError):
            continue
    return None
