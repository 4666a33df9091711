"""Bundle tasks (instance store-backed Windows instances): `BundleInstanceTask`."""

from __future__ import annotations

from boto.ec2.ec2object import EC2Object
from boto.handler import set_leaf

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from typing import Any, ClassVar

    from boto.handler import LeafField


class BundleInstanceTask(EC2Object):
    """A bundle task, as BundleInstance, CancelBundleTask and DescribeBundleTasks answer it
    (the S3 storage fields and the error's code and message are flattened, as in boto 2)."""

    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "bundleId": "id",
        "instanceId": "instance_id",
        "progress": "progress",
        "startTime": "start_time",
        "state": "state",
        "bucket": "bucket",
        "prefix": "prefix",
        "uploadPolicy": "upload_policy",
        "uploadPolicySignature": "upload_policy_signature",
        "updateTime": "update_time",
        "code": "code",
        "message": "message",
    }

    def __init__(self, connection: Any = None) -> None:
        super().__init__(connection)
        self.id: str | None = None
        self.instance_id: str | None = None
        self.progress: str | None = None
        self.start_time: str | None = None
        self.state: str | None = None
        self.bucket: str | None = None
        self.prefix: str | None = None
        self.upload_policy: str | None = None
        self.upload_policy_signature: str | None = None
        self.update_time: str | None = None
        self.code: str | None = None
        self.message: str | None = None

    def __repr__(self) -> str:
        return "BundleInstanceTask:%s" % self.id

    def startElement(self, name: str, attrs: Any, connection: Any) -> None:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if not set_leaf(self, name, value):
            super().endElement(name, value, connection)
