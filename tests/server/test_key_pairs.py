"""Key pairs through boto3 and the AWS CLI; fingerprints checked with ssh-keygen and hashlib."""

from __future__ import annotations

import base64
import hashlib
import hmac
import shutil
import subprocess

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from groups_support import expect_error

SSH_KEYGEN = shutil.which("ssh-keygen")
needs_ssh_keygen = pytest.mark.skipif(SSH_KEYGEN is None, reason="ssh-keygen not installed")


def colon_hex(digest: bytes) -> str:
    return ":".join(f"{b:02x}" for b in digest)


def ssh_keygen(*args: str) -> str:
    return subprocess.run([SSH_KEYGEN, *args], check=True, capture_output=True, text=True).stdout


def sha256_from_ssh_keygen(path) -> str:
    """The `SHA256:...` fingerprint `ssh-keygen -l` prints, as EC2 writes it (padded)."""
    field = ssh_keygen("-l", "-E", "sha256", "-f", str(path)).split()[1]
    assert field.startswith("SHA256:")
    digest = field[len("SHA256:") :]
    return digest + "=" * (-len(digest) % 4)


def new_rsa_openssh(bits: int = 2048) -> tuple[rsa.RSAPrivateKey, bytes]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    public = key.public_key().public_bytes(
        serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH
    )
    return key, public + b" me@laptop"


def key_names(client) -> list[str]:
    return [k["KeyName"] for k in client.describe_key_pairs()["KeyPairs"]]


def test_create_rsa_key_pair_gives_pem_and_sha1_of_pkcs8_fingerprint(ec2_client, tmp_path):
    created = ec2_client.create_key_pair(KeyName="rsa-key")
    material = created["KeyMaterial"]
    assert material.startswith("-----BEGIN RSA PRIVATE KEY-----")
    assert created["KeyPairId"].startswith("key-")
    private = serialization.load_pem_private_key(material.encode(), password=None)
    assert isinstance(private, rsa.RSAPrivateKey) and private.key_size == 2048
    der = private.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    assert created["KeyFingerprint"] == colon_hex(hashlib.sha1(der).digest())

    described = ec2_client.describe_key_pairs(KeyNames=["rsa-key"], IncludePublicKey=True)
    (info,) = described["KeyPairs"]
    assert info["KeyFingerprint"] == created["KeyFingerprint"]
    assert info["KeyType"] == "rsa"
    assert info["KeyPairId"] == created["KeyPairId"]
    assert "CreateTime" in info
    if SSH_KEYGEN:
        path = tmp_path / "id_rsa"
        path.write_text(material + "\n")
        path.chmod(0o600)
        derived = ssh_keygen("-y", "-f", str(path)).split()[:2]
        assert info["PublicKey"].split()[:2] == derived


@needs_ssh_keygen
def test_create_ed25519_key_pair_matches_ssh_keygen(ec2_client, tmp_path):
    created = ec2_client.create_key_pair(KeyName="ed-key", KeyType="ed25519")
    material = created["KeyMaterial"]
    assert material.startswith("-----BEGIN OPENSSH PRIVATE KEY-----")
    path = tmp_path / "id_ed25519"
    path.write_text(material if material.endswith("\n") else material + "\n")
    path.chmod(0o600)
    assert created["KeyFingerprint"] == sha256_from_ssh_keygen(path)
    assert created["KeyFingerprint"].endswith("=")
    (info,) = ec2_client.describe_key_pairs(KeyNames=["ed-key"])["KeyPairs"]
    assert info["KeyType"] == "ed25519"
    assert "PublicKey" not in info


def test_describe_without_include_public_key_hides_it(ec2_client):
    ec2_client.create_key_pair(KeyName="hidden")
    (info,) = ec2_client.describe_key_pairs()["KeyPairs"]
    assert "PublicKey" not in info
    (info,) = ec2_client.describe_key_pairs(IncludePublicKey=True)["KeyPairs"]
    assert info["PublicKey"].startswith("ssh-rsa ")


def test_import_rsa_fingerprint_is_md5_of_der_public_key(ec2_client, tmp_path):
    key, public = new_rsa_openssh()
    imported = ec2_client.import_key_pair(KeyName="imported", PublicKeyMaterial=public)
    spki = key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    assert imported["KeyFingerprint"] == colon_hex(hashlib.md5(spki).digest())
    (info,) = ec2_client.describe_key_pairs(KeyNames=["imported"])["KeyPairs"]
    assert info["KeyType"] == "rsa"
    assert info["KeyFingerprint"] == imported["KeyFingerprint"]
    if SSH_KEYGEN:  # an independent DER encoding of the same public key
        path = tmp_path / "id_rsa.pub"
        path.write_bytes(public)
        pem = ssh_keygen("-e", "-m", "PKCS8", "-f", str(path))
        der = base64.b64decode("".join(pem.strip().splitlines()[1:-1]))
        assert imported["KeyFingerprint"] == colon_hex(hashlib.md5(der).digest())


@needs_ssh_keygen
def test_import_ed25519_matches_ssh_keygen(ec2_client, tmp_path):
    key = ed25519.Ed25519PrivateKey.generate()
    public = key.public_key().public_bytes(
        serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH
    )
    path = tmp_path / "id_ed25519.pub"
    path.write_bytes(public + b" comment\n")
    imported = ec2_client.import_key_pair(KeyName="ed", PublicKeyMaterial=path.read_bytes())
    assert imported["KeyFingerprint"] == sha256_from_ssh_keygen(path)
    (info,) = ec2_client.describe_key_pairs(KeyNames=["ed"])["KeyPairs"]
    assert info["KeyType"] == "ed25519"


@needs_ssh_keygen
def test_import_accepts_rfc4716_and_pem_forms_of_one_key(ec2_client, tmp_path):
    _, public = new_rsa_openssh()
    path = tmp_path / "key.pub"
    path.write_bytes(public)
    rfc4716 = ssh_keygen("-e", "-m", "RFC4716", "-f", str(path))
    pem = ssh_keygen("-e", "-m", "PKCS8", "-f", str(path))
    assert rfc4716.startswith("---- BEGIN SSH2 PUBLIC KEY ----")
    prints = {
        ec2_client.import_key_pair(KeyName=name, PublicKeyMaterial=material)["KeyFingerprint"]
        for name, material in (
            ("openssh", public),
            ("rfc4716", rfc4716.encode()),
            ("pem", pem.encode()),
        )
    }
    assert len(prints) == 1
    assert sorted(key_names(ec2_client)) == ["openssh", "pem", "rfc4716"]


@pytest.mark.parametrize(
    "material",
    [
        b"not a key at all",
        b"ssh-rsa AAAAnotbase64!!!",
        b"ssh-dss AAAAB3NzaC1kc3MAAACBAP",
    ],
)
def test_import_invalid_material_is_invalid_key_format(ec2_client, material):
    expect_error(
        ec2_client.import_key_pair, "InvalidKey.Format", KeyName="bad", PublicKeyMaterial=material
    )
    assert key_names(ec2_client) == []


def test_import_rejects_rsa_key_of_unsupported_size(ec2_client):
    _, public = new_rsa_openssh(bits=1536)
    expect_error(
        ec2_client.import_key_pair, "InvalidKey.Format", KeyName="odd", PublicKeyMaterial=public
    )
    assert key_names(ec2_client) == []


def test_duplicate_name_is_refused_and_changes_nothing(ec2_client):
    first = ec2_client.create_key_pair(KeyName="dup")
    expect_error(ec2_client.create_key_pair, "InvalidKeyPair.Duplicate", KeyName="dup")
    _, public = new_rsa_openssh()
    expect_error(
        ec2_client.import_key_pair,
        "InvalidKeyPair.Duplicate",
        KeyName="dup",
        PublicKeyMaterial=public,
    )
    (info,) = ec2_client.describe_key_pairs()["KeyPairs"]
    assert info["KeyFingerprint"] == first["KeyFingerprint"]
    assert info["KeyPairId"] == first["KeyPairId"]


def test_describe_missing_names_and_ids(ec2_client):
    ec2_client.create_key_pair(KeyName="present")
    expect_error(
        ec2_client.describe_key_pairs, "InvalidKeyPair.NotFound", KeyNames=["present", "absent"]
    )
    expect_error(
        ec2_client.describe_key_pairs,
        "InvalidKeyPair.NotFound",
        KeyPairIds=["key-0123456789abcdef0"],
    )
    expect_error(ec2_client.describe_key_pairs, "InvalidKeyPair.Malformed", KeyPairIds=["nonsense"])


def test_describe_by_id_and_filters(ec2_client):
    a = ec2_client.create_key_pair(
        KeyName="alpha",
        TagSpecifications=[{"ResourceType": "key-pair", "Tags": [{"Key": "team", "Value": "x"}]}],
    )
    b = ec2_client.create_key_pair(KeyName="beta", KeyType="ed25519")
    assert a["Tags"] == [{"Key": "team", "Value": "x"}]
    by_id = ec2_client.describe_key_pairs(KeyPairIds=[b["KeyPairId"]])["KeyPairs"]
    assert [k["KeyName"] for k in by_id] == ["beta"]

    def names(name, *values):
        pairs = ec2_client.describe_key_pairs(Filters=[{"Name": name, "Values": list(values)}])
        return sorted(k["KeyName"] for k in pairs["KeyPairs"])

    assert names("key-name", "al*") == ["alpha"]
    assert names("fingerprint", b["KeyFingerprint"]) == ["beta"]
    assert names("key-pair-id", a["KeyPairId"], b["KeyPairId"]) == ["alpha", "beta"]
    assert names("tag:team", "x") == ["alpha"]
    assert names("tag-key", "team") == ["alpha"]
    expect_error(
        ec2_client.describe_key_pairs,
        "InvalidParameterValue",
        Filters=[{"Name": "no-such-filter", "Values": ["x"]}],
    )


def test_delete_by_name_by_id_and_missing_key_succeeds(ec2_client):
    ec2_client.create_key_pair(KeyName="one")
    two = ec2_client.create_key_pair(KeyName="two")
    assert ec2_client.delete_key_pair(KeyName="one")["Return"] is True
    assert ec2_client.delete_key_pair(KeyPairId=two["KeyPairId"])["Return"] is True
    assert key_names(ec2_client) == []
    assert ec2_client.delete_key_pair(KeyName="never-existed")["Return"] is True
    expect_error(ec2_client.delete_key_pair, "MissingParameter")


def test_dry_run_creates_nothing(ec2_client):
    expect_error(ec2_client.create_key_pair, "DryRunOperation", 412, KeyName="dry", DryRun=True)
    assert key_names(ec2_client) == []
    ec2_client.create_key_pair(KeyName="kept")
    expect_error(ec2_client.delete_key_pair, "DryRunOperation", 412, KeyName="kept", DryRun=True)
    assert key_names(ec2_client) == ["kept"]


def test_key_name_too_long_is_invalid(ec2_client):
    expect_error(ec2_client.create_key_pair, "InvalidParameterValue", KeyName="k" * 256)
    assert key_names(ec2_client) == []


def _ssh_string(blob: bytes, at: int) -> tuple[bytes, int]:
    size = int.from_bytes(blob[at : at + 4], "big")
    return blob[at + 4 : at + 4 + size], at + 4 + size


def test_ppk_format_holds_the_same_rsa_key(ec2_client):
    created = ec2_client.create_key_pair(KeyName="putty", KeyFormat="ppk")
    lines = created["KeyMaterial"].splitlines()
    assert lines[0] == "PuTTY-User-Key-File-3: ssh-rsa"
    assert lines[1] == "Encryption: none"
    assert lines[2] == "Comment: putty"
    count = int(lines[3].split(": ")[1])
    public_blob = base64.b64decode("".join(lines[4 : 4 + count]))
    private_count = int(lines[4 + count].split(": ")[1])
    private_blob = base64.b64decode("".join(lines[5 + count : 5 + count + private_count]))
    mac_line = lines[5 + count + private_count]
    # PuTTY's spec (appendix C): HMAC-SHA-256 over the fields; an unencrypted file's key is "".
    fields = (b"ssh-rsa", b"none", b"putty", public_blob, private_blob)
    mac_input = b"".join(len(f).to_bytes(4, "big") + f for f in fields)
    assert mac_line == "Private-MAC: " + hmac.new(b"", mac_input, hashlib.sha256).hexdigest()
    openssh = b"ssh-rsa " + base64.b64encode(public_blob)
    public = serialization.load_ssh_public_key(openssh).public_numbers()
    d, at = _ssh_string(private_blob, 0)
    p, at = _ssh_string(private_blob, at)
    q, _ = _ssh_string(private_blob, at)
    p_int, q_int = int.from_bytes(p, "big"), int.from_bytes(q, "big")
    assert p_int * q_int == public.n
    d_int = int.from_bytes(d, "big")
    assert pow(pow(12345, public.e, public.n), d_int, public.n) == 12345
    (info,) = ec2_client.describe_key_pairs(IncludePublicKey=True)["KeyPairs"]
    assert info["PublicKey"].split()[1] == openssh.split()[1].decode()


@needs_ssh_keygen
def test_aws_cli_create_and_import(aws_cli, tmp_path):
    created = aws_cli("create-key-pair", "--key-name", "cli-key", "--key-type", "ed25519")
    assert created["KeyMaterial"].startswith("-----BEGIN OPENSSH PRIVATE KEY-----")
    key = ed25519.Ed25519PrivateKey.generate()
    path = tmp_path / "cli.pub"
    path.write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH
        )
    )
    imported = aws_cli(
        "import-key-pair", "--key-name", "cli-import", "--public-key-material", f"fileb://{path}"
    )
    assert imported["KeyFingerprint"] == sha256_from_ssh_keygen(path)
    listed = aws_cli("describe-key-pairs")["KeyPairs"]
    assert sorted(k["KeyName"] for k in listed) == ["cli-import", "cli-key"]
    error = aws_cli("describe-key-pairs", "--key-names", "nope", expect_error=True)
    assert "InvalidKeyPair.NotFound" in error


def test_import_base64_der_subject_public_key_info(ec2_client):
    """EC2's "Base64 encoded DER format": the DER bytes as they are, or base64 text of them."""
    key, public = new_rsa_openssh()
    der = key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    raw = ec2_client.import_key_pair(KeyName="der", PublicKeyMaterial=der)
    text = ec2_client.import_key_pair(KeyName="der-b64", PublicKeyMaterial=base64.b64encode(der))
    openssh = ec2_client.import_key_pair(KeyName="openssh", PublicKeyMaterial=public)
    expected = colon_hex(hashlib.md5(der).digest())
    assert raw["KeyFingerprint"] == text["KeyFingerprint"] == openssh["KeyFingerprint"] == expected
    described = ec2_client.describe_key_pairs(KeyNames=["der"], IncludePublicKey=True)
    assert described["KeyPairs"][0]["PublicKey"].split()[:2] == public.decode().split()[:2]


@needs_ssh_keygen
def test_import_rfc4716_ed25519(ec2_client, tmp_path):
    key = ed25519.Ed25519PrivateKey.generate()
    path = tmp_path / "id_ed25519.pub"
    path.write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH
        )
    )
    rfc4716 = ssh_keygen("-e", "-m", "RFC4716", "-f", str(path))
    imported = ec2_client.import_key_pair(KeyName="ed-ssh2", PublicKeyMaterial=rfc4716.encode())
    assert imported["KeyFingerprint"] == sha256_from_ssh_keygen(path)


def test_ecdsa_keys_are_not_accepted(ec2_client):
    """EC2 imports RSA and ED25519 keys only."""
    public = ec.generate_private_key(ec.SECP256R1()).public_key()
    for name, material in (
        (
            "openssh",
            public.public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH),
        ),
        (
            "pem",
            public.public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            ),
        ),
    ):
        expect_error(
            ec2_client.import_key_pair,
            "InvalidKey.Format",
            KeyName=name,
            PublicKeyMaterial=material,
        )
    assert key_names(ec2_client) == []
