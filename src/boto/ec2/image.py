"""Machine images: `Image` and what `DescribeImageAttribute` answers, `ImageAttribute`."""

from __future__ import annotations

from boto.ec2.blockdevicemapping import BlockDeviceMapping
from boto.ec2.ec2object import TaggedEC2Object
from boto.ec2.instance import ProductCodes
from boto.handler import is_true, set_leaf

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from typing import Any


class Image(TaggedEC2Object):
    """An AMI, as DescribeImages lists it."""

    _leaf_fields = {
        "imageId": "id",
        "imageLocation": "location",
        "imageState": "state",
        "imageOwnerId": "owner_id",
        "ownerId": "owner_id",
        "architecture": "architecture",
        "imageType": "type",
        "kernelId": "kernel_id",
        "ramdiskId": "ramdisk_id",
        "imageOwnerAlias": "owner_alias",
        "platform": "platform",
        "name": "name",
        "description": "description",
        "rootDeviceType": "root_device_type",
        "rootDeviceName": "root_device_name",
        "virtualizationType": "virtualization_type",
        "hypervisor": "hypervisor",
        "sriovNetSupport": "sriov_net_support",
        "creationDate": "creationDate",
        "platformDetails": "platform_details",
        "bootMode": "boot_mode",
        "isPublic": ("is_public", is_true),
        "enaSupport": ("ena_support", is_true),
    }

    def __init__(self, connection: Any = None) -> None:
        super().__init__(connection)
        self.id = None
        self.location = None
        self.state = None
        self.owner_id = None
        self.owner_alias = None
        self.is_public = False
        self.architecture = None
        self.platform = None
        self.type = None
        self.kernel_id = None
        self.ramdisk_id = None
        self.name = None
        self.description = None
        self.product_codes = ProductCodes()
        self.block_device_mapping = None
        self.root_device_type = None
        self.root_device_name = None
        self.virtualization_type = None
        self.hypervisor = None
        self.sriov_net_support = None
        self.ena_support = None
        self.creationDate = None

    def __repr__(self) -> str:
        return "Image:%s" % self.id

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name == "blockDeviceMapping":
            self.block_device_mapping = BlockDeviceMapping()
            return self.block_device_mapping
        if name == "productCodes":
            return self.product_codes
        return super().startElement(name, attrs, connection)

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if set_leaf(self, name, value):
            return
        if name not in ("requestId", "imagesSet"):
            super().endElement(name, value, connection)

    def update(self, validate: bool = False, dry_run: bool = False) -> str | None:
        """Refresh from DescribeImages; returns the image's state."""
        images = self.connection.get_all_images([self.id], dry_run=dry_run)
        if images:
            self.__dict__.update(images[0].__dict__)
        elif validate:
            raise ValueError("%s is not a valid Image ID" % self.id)
        return self.state

    def run(self, min_count: int = 1, max_count: int = 1, **kwargs: Any) -> Any:
        """Launch instances of this image; keyword arguments as `run_instances` takes them."""
        return self.connection.run_instances(self.id, min_count, max_count, **kwargs)

    def deregister(self, delete_snapshot: bool = False, dry_run: bool = False) -> bool:
        return self.connection.deregister_image(
            self.id, delete_snapshot=delete_snapshot, dry_run=dry_run
        )

    def get_launch_permissions(self, dry_run: bool = False) -> dict:
        """`{"user_ids": [...], "groups": [...]}`, each key only when it has items."""
        return self.connection.get_image_attribute(
            self.id, "launchPermission", dry_run=dry_run
        ).attrs

    def set_launch_permissions(
        self,
        user_ids: list[str] | None = None,
        group_names: list[str] | None = None,
        dry_run: bool = False,
    ) -> bool:
        return self.connection.modify_image_attribute(
            self.id, "launchPermission", "add", user_ids, group_names, dry_run=dry_run
        )

    def remove_launch_permissions(
        self,
        user_ids: list[str] | None = None,
        group_names: list[str] | None = None,
        dry_run: bool = False,
    ) -> bool:
        return self.connection.modify_image_attribute(
            self.id, "launchPermission", "remove", user_ids, group_names, dry_run=dry_run
        )

    def reset_launch_attributes(self, dry_run: bool = False) -> bool:
        return self.connection.reset_image_attribute(self.id, "launchPermission", dry_run=dry_run)

    def get_kernel(self, dry_run: bool = False) -> str | None:
        return self.connection.get_image_attribute(self.id, "kernel", dry_run=dry_run).kernel

    def get_ramdisk(self, dry_run: bool = False) -> str | None:
        return self.connection.get_image_attribute(self.id, "ramdisk", dry_run=dry_run).ramdisk


class ImageAttribute:
    """One attribute of an image, in boto 2's form: launch permissions and product codes in
    `attrs` (`user_ids`, `groups`, `product_codes`, `block_device_mapping`); `kernel`,
    `ramdisk` and `description` as attributes (EC2 wraps each in a `<value>` element)."""

    _LISTED = {"userId": "user_ids", "group": "groups", "productCode": "product_codes"}
    _WRAPPED = ("kernel", "ramdisk", "description")

    def __init__(self, parent: Any = None) -> None:
        self.name = None
        self.image_id = None
        self.kernel = None
        self.ramdisk = None
        self.description = None
        self.attrs: dict[str, Any] = {}
        self._value = None

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name == "blockDeviceMapping":
            self.attrs["block_device_mapping"] = BlockDeviceMapping()
            return self.attrs["block_device_mapping"]
        if name in self._WRAPPED:
            self._value = None
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name in self._LISTED:
            self.attrs.setdefault(self._LISTED[name], []).append(value)
        elif name == "launchPermission":
            self.name = "launch_permission"
        elif name == "imageId":
            self.image_id = value
        elif name == "value":
            self._value = value
        elif name in self._WRAPPED:
            setattr(self, name, self._value)
        elif name not in ("requestId", "item", "productCodes"):
            setattr(self, name, value)
