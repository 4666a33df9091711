"""Key pairs: `KeyPair` with the private key material when EC2 has just created it."""

from __future__ import annotations

import os

from boto.ec2.ec2object import TaggedEC2Object
from boto.handler import set_leaf

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from typing import Any, ClassVar

    from boto.handler import LeafField
    from boto.regioninfo import RegionInfo


class KeyPair(TaggedEC2Object):
    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "keyName": "name",
        "keyFingerprint": "fingerprint",
        "keyMaterial": "material",
        "keyPairId": "id",
        "keyType": "type",
    }

    def __init__(self, connection: Any = None) -> None:
        super().__init__(connection)
        self.id: str = None  # type: ignore[assignment]  # None until parsed: EC2 sends it (since 2020)
        self.name: str = None  # type: ignore[assignment]  # None until parsed: EC2 always sends it
        self.fingerprint: str | None = None
        self.material: str | None = None  # the private key: only CreateKeyPair answers it
        self.type: str | None = None

    def __repr__(self) -> str:
        return "KeyPair:%s" % self.name

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if set_leaf(self, name, value):
            return
        if name != "requestId":
            super().endElement(name, value, connection)

    def delete(self, dry_run: bool = False) -> bool:
        return self.connection.delete_key_pair(self.name, dry_run=dry_run)

    def save(self, directory_path: str) -> bool:
        """Write the private key to `<directory_path>/<name>.pem`, readable by its owner only.

        Refuses to overwrite an existing file, and to save a key pair without material
        (only CreateKeyPair returns it).
        """
        from boto.exception import BotoClientError

        if not self.material:
            raise BotoClientError("KeyPair contains no material")
        file_path = os.path.join(os.path.expanduser(directory_path), "%s.pem" % self.name)
        try:
            descriptor = os.open(file_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            raise BotoClientError("%s already exists, it will not be overwritten" % file_path)
        with os.fdopen(descriptor, "w") as key_file:
            key_file.write(self.material)
        os.chmod(file_path, 0o600)
        return True

    def copy_to_region(self, region: RegionInfo, dry_run: bool = False) -> KeyPair:
        """Create a key pair of the same name in another region (EC2 makes new key material)."""
        remote = self._connect_to_region(region)
        return remote.create_key_pair(self.name, dry_run=dry_run)
