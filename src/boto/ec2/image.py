"""Machine images: `Image` and what `DescribeImageAttribute` answers, `ImageAttribute`."""

from __future__ import annotations

from boto.ec2.blockdevicemapping import BlockDeviceMapping
from boto.ec2.ec2object import TaggedEC2Object
from boto.ec2.instance import ProductCodes
from boto.handler import is_true, set_leaf

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from collections.abc import Sequence
    from typing import Any, ClassVar

    from boto.ec2.instance import Reservation
    from boto.ec2.networkinterface import NetworkInterfaceCollection
    from boto.ec2.securitygroup import SecurityGroup
    from boto.handler import LeafField


class BillingProducts(list[str]):
    """An image's billing product codes."""

    def startElement(self, name: str, attrs: Any, connection: Any) -> None:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "billingProduct":
            self.append(value)


class Image(TaggedEC2Object):
    """An AMI, as DescribeImages lists it."""

    _leaf_fields: ClassVar[dict[str, LeafField]] = {
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
        self.id: str = None  # type: ignore[assignment]  # None until parsed: EC2 always sends it
        self.location: str | None = None
        self.state: str | None = None
        self.owner_id: str | None = None
        self.owner_alias: str | None = None
        self.is_public = False
        self.architecture: str | None = None
        self.platform: str | None = None
        self.type: str | None = None
        self.kernel_id: str | None = None
        self.ramdisk_id: str | None = None
        self.name: str | None = None
        self.description: str | None = None
        self.product_codes = ProductCodes()
        self.billing_products = BillingProducts()
        self.block_device_mapping: BlockDeviceMapping | None = None
        self.root_device_type: str | None = None
        self.root_device_name: str | None = None
        self.virtualization_type: str | None = None
        self.hypervisor: str | None = None
        self.sriov_net_support: str | None = None
        self.ena_support: bool | None = None
        self.creationDate: str | None = None

    # Set when the response has them.
    platform_details: str
    boot_mode: str

    def __repr__(self) -> str:
        return "Image:%s" % self.id

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name == "blockDeviceMapping":
            self.block_device_mapping = BlockDeviceMapping()
            return self.block_device_mapping
        if name == "productCodes":
            return self.product_codes
        if name == "billingProducts":
            return self.billing_products
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

    def run(
        self,
        min_count: int = 1,
        max_count: int = 1,
        key_name: str | None = None,
        security_groups: Sequence[str | SecurityGroup] | None = None,
        user_data: str | bytes | None = None,
        addressing_type: str | None = None,
        instance_type: str = "m1.small",
        placement: str | None = None,
        kernel_id: str | None = None,
        ramdisk_id: str | None = None,
        monitoring_enabled: bool = False,
        subnet_id: str | None = None,
        block_device_map: BlockDeviceMapping | None = None,
        disable_api_termination: bool = False,
        instance_initiated_shutdown_behavior: str | None = None,
        private_ip_address: str | None = None,
        placement_group: str | None = None,
        security_group_ids: Sequence[str | SecurityGroup] | None = None,
        additional_info: str | None = None,
        instance_profile_name: str | None = None,
        instance_profile_arn: str | None = None,
        tenancy: str | None = None,
        dry_run: bool = False,
        *,
        client_token: str | None = None,
        ebs_optimized: bool = False,
        network_interfaces: NetworkInterfaceCollection | None = None,
    ) -> Reservation:
        """Launch instances of this image (`EC2Connection.run_instances`): boto 2's
        parameters, plus the keywords `client_token`, `ebs_optimized` and
        `network_interfaces` that boto 2's `run_instances` had and `Image.run` lacked."""
        reservation: Reservation = self.connection.run_instances(
            self.id,
            min_count,
            max_count,
            key_name,
            security_groups,
            user_data,
            addressing_type,
            instance_type,
            placement,
            kernel_id,
            ramdisk_id,
            monitoring_enabled,
            subnet_id,
            block_device_map,
            disable_api_termination,
            instance_initiated_shutdown_behavior,
            private_ip_address,
            placement_group,
            client_token=client_token,
            security_group_ids=security_group_ids,
            additional_info=additional_info,
            instance_profile_name=instance_profile_name,
            instance_profile_arn=instance_profile_arn,
            tenancy=tenancy,
            ebs_optimized=ebs_optimized,
            network_interfaces=network_interfaces,
            dry_run=dry_run,
        )
        return reservation

    def deregister(self, delete_snapshot: bool = False, dry_run: bool = False) -> bool:
        return self.connection.deregister_image(
            self.id, delete_snapshot=delete_snapshot, dry_run=dry_run
        )

    def get_launch_permissions(self, dry_run: bool = False) -> dict[str, Any]:
        """`{"user_ids": [...], "groups": [...]}`, each key only when it has items."""
        attribute = self.connection.get_image_attribute(
            self.id, "launchPermission", dry_run=dry_run
        )
        return attribute.attrs

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
        self.name: str | None = None
        self.image_id: str | None = None
        self.kernel: str | None = None
        self.ramdisk: str | None = None
        self.description: str | None = None
        # user_ids, groups, product_codes: lists of str; block_device_mapping: a mapping.
        self.attrs: dict[str, Any] = {}
        self._value: str | None = None

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


class CopyImage:
    """CopyImage's answer: the new image's `image_id`."""

    def __init__(self, parent: Any = None) -> None:
        self._parent = parent
        self.image_id: str | None = None

    def startElement(self, name: str, attrs: Any, connection: Any) -> None:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "imageId":
            self.image_id = value
