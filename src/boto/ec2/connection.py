"""`EC2Connection`: boto 2's EC2 methods on the Query API, version 2016-11-15.

Every method builds boto 2's Query parameters, sends them with POST and returns what boto 2
returned: objects, ResultSets, True, or `EC2ResponseError`.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping

from boto.connection import AWSQueryConnection
from boto.ec2.address import Address
from boto.ec2.blockdevicemapping import BlockDeviceMapping, BlockDeviceType
from boto.ec2.image import Image, ImageAttribute
from boto.ec2.instance import ConsoleOutput, Instance, InstanceAttribute, Reservation
from boto.ec2.instanceinfo import InstanceInfo
from boto.ec2.instancestatus import InstanceStatusSet
from boto.ec2.keypair import KeyPair
from boto.ec2.regioninfo import EC2RegionInfo, RegionInfo
from boto.ec2.securitygroup import SecurityGroup, expand_permissions
from boto.ec2.snapshot import Snapshot, SnapshotAttribute
from boto.ec2.tag import Tag
from boto.ec2.volume import Volume
from boto.ec2.zone import GeographySet, Zone
from boto.exception import EC2ResponseError
from boto.resultset import ResultSet

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from collections.abc import Iterable, Sequence
    from typing import Any, TypeAlias, TypeVar

    from boto.ec2.attributes import AccountAttribute, VPCAttribute
    from boto.ec2.bundleinstance import BundleInstanceTask
    from boto.ec2.image import CopyImage
    from boto.ec2.instancetype import InstanceType
    from boto.ec2.networkinterface import NetworkInterface, NetworkInterfaceCollection
    from boto.ec2.placementgroup import PlacementGroup
    from boto.ec2.reservedinstance import (
        ReservedInstance,
        ReservedInstanceListing,
        ReservedInstancesModification,
        ReservedInstancesOffering,
    )
    from boto.ec2.spotdatafeedsubscription import SpotDatafeedSubscription
    from boto.ec2.spotinstancerequest import SpotInstanceRequest
    from boto.ec2.spotpricehistory import SpotPriceHistory
    from boto.ec2.volume import VolumeAttribute
    from boto.ec2.volumestatus import VolumeStatusSet

    _T = TypeVar("_T")
    # `{"instance-state-name": "running", "tag:Name": ["a", "b"]}`, or the same as pairs.
    Filters: TypeAlias = Mapping[str, Any] | Iterable[tuple[str, Any]]
    # A port as boto 2 took it: a number, or its text.
    Port: TypeAlias = int | str | None

# Instance attributes ModifyInstanceAttribute takes as booleans.
_BOOLEAN_ATTRIBUTES = (
    "disableapitermination",
    "sourcedestcheck",
    "ebsoptimized",
    "disableapistop",
    "enasupport",
)


class EC2Connection(AWSQueryConnection):
    APIVersion = "2016-11-15"
    DefaultRegionName = "us-east-1"
    DefaultRegionEndpoint = "ec2.us-east-1.amazonaws.com"
    ResponseError = EC2ResponseError

    def __init__(
        self,
        aws_access_key_id: str | None = None,
        aws_secret_access_key: str | None = None,
        is_secure: bool = True,
        host: str | None = None,
        port: int | None = None,
        proxy: str | None = None,
        proxy_port: int | None = None,
        proxy_user: str | None = None,
        proxy_pass: str | None = None,
        debug: int = 0,
        https_connection_factory: Any = None,
        region: RegionInfo | None = None,
        path: str = "/",
        api_version: str | None = None,
        security_token: str | None = None,
        validate_certs: bool = True,
        profile_name: str | None = None,
    ) -> None:
        if not region:
            region = self._default_region()
        self.region = region
        super().__init__(
            aws_access_key_id,
            aws_secret_access_key,
            is_secure,
            port,
            proxy,
            proxy_port,
            proxy_user,
            proxy_pass,
            host or region.endpoint,
            debug,
            https_connection_factory,
            path,
            security_token=security_token,
            validate_certs=validate_certs,
            profile_name=profile_name,
        )
        if api_version:
            self.APIVersion = api_version

    def _default_region(self) -> EC2RegionInfo:
        """The configured region (environment, boto config) with its public endpoint."""
        from boto.endpoint import default_region_name

        name = default_region_name()
        return EC2RegionInfo(self, name, self._public_endpoint(name), type(self))

    def get_params(self) -> dict[str, Any]:
        """The arguments that open an equivalent connection elsewhere (`copy_to_region`)."""
        names = (
            "aws_access_key_id",
            "aws_secret_access_key",
            "is_secure",
            "port",
            "proxy",
            "proxy_port",
            "proxy_user",
            "proxy_pass",
            "debug",
            "https_connection_factory",
        )
        return {name: getattr(self, name, None) for name in names}

    # --- parameter builders ------------------------------------------------------------

    def build_filter_params(self, params: dict[str, Any], filters: Filters) -> None:
        """`Filter.N.Name` / `Filter.N.Value.M`; `_` in a name means `-` except for tags."""
        if not isinstance(filters, dict):
            filters = dict(filters)
        for index, (name, values) in enumerate(filters.items(), start=1):
            aws_name = name if name.startswith("tag:") else name.replace("_", "-")
            params["Filter.%d.Name" % index] = aws_name
            if not isinstance(values, list | tuple | set):
                values = [values]
            for value_index, value in enumerate(values, start=1):
                params["Filter.%d.Value.%d" % (index, value_index)] = str(value)

    def build_tag_param_list(self, params: dict[str, Any], tags: Mapping[str, str | None]) -> None:
        for index, key in enumerate(sorted(tags), start=1):
            params["Tag.%d.Key" % index] = key
            if tags[key] is not None:
                params["Tag.%d.Value" % index] = tags[key]

    def _base_params(self, dry_run: bool = False, **lists: Any) -> dict[str, Any]:
        """Params with `DryRun`, plus each non-empty list under its Query label."""
        params: dict[str, Any] = {}
        for label, items in lists.items():
            if items:
                self.build_list_params(params, items, label)
        if dry_run:
            params["DryRun"] = "true"
        return params

    def _describe(
        self,
        action: str,
        params: dict[str, Any],
        markers: list[tuple[str, type[_T]]],
        filters: Filters | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> ResultSet[_T]:
        if filters:
            self.build_filter_params(params, filters)
        if max_results is not None:
            params["MaxResults"] = str(max_results)
        if next_token:
            params["NextToken"] = next_token
        return self.get_list(action, params, markers, verb="POST")

    # --- images --------------------------------------------------------------------------

    def get_all_images(
        self,
        image_ids: list[str] | None = None,
        owners: list[str] | None = None,
        executable_by: list[str] | None = None,
        filters: Filters | None = None,
        dry_run: bool = False,
    ) -> ResultSet[Image]:
        """The images matching all the given criteria, as `Image` objects."""
        params = self._base_params(
            dry_run, ImageId=image_ids, Owner=owners, ExecutableBy=executable_by
        )
        return self._describe("DescribeImages", params, [("item", Image)], filters)

    def get_image(self, image_id: str, dry_run: bool = False) -> Image | None:
        images = self.get_all_images(image_ids=[image_id], dry_run=dry_run)
        return images[0] if images else None

    def register_image(
        self,
        name: str | None = None,
        description: str | None = None,
        image_location: str | None = None,
        architecture: str | None = None,
        kernel_id: str | None = None,
        ramdisk_id: str | None = None,
        root_device_name: str | None = None,
        block_device_map: BlockDeviceMapping | None = None,
        dry_run: bool = False,
        virtualization_type: str | None = None,
        sriov_net_support: str | None = None,
        snapshot_id: str | None = None,
        delete_root_volume_on_termination: bool = False,
    ) -> str | None:
        """Register an AMI; returns its id. `snapshot_id` makes the root device's mapping."""
        params = self._base_params(dry_run)
        optional = {
            "Name": name,
            "Description": description,
            "Architecture": architecture,
            "KernelId": kernel_id,
            "RamdiskId": ramdisk_id,
            "ImageLocation": image_location,
            "RootDeviceName": root_device_name,
            "VirtualizationType": virtualization_type,
            "SriovNetSupport": sriov_net_support,
        }
        params.update((key, value) for key, value in optional.items() if value)
        if snapshot_id:
            block_device_map = BlockDeviceMapping()
            # Keyed by root_device_name, given or not (None: no DeviceName sent), as boto 2.
            block_device_map[root_device_name] = BlockDeviceType(  # type: ignore[index]
                snapshot_id=snapshot_id, delete_on_termination=delete_root_volume_on_termination
            )
        if block_device_map:
            block_device_map.ec2_build_list_params(params)
        result = self.get_object("RegisterImage", params, ResultSet, verb="POST")
        image_id: str | None = getattr(result, "imageId", None)
        return image_id

    def deregister_image(
        self, image_id: str, delete_snapshot: bool = False, dry_run: bool = False
    ) -> bool:
        """Deregister an AMI; with `delete_snapshot`, also delete the snapshot behind its root
        device (boto 2 looked only at `/dev/sda1`, the root device of its day)."""
        snapshot_id = None
        if delete_snapshot:
            image = self.get_image(image_id)
            if image is not None:
                root = image.root_device_name or "/dev/sda1"
                mapping = image.block_device_mapping
                device = mapping.get(root) if mapping else None
                snapshot_id = device.snapshot_id if device else None
        params = self._base_params(dry_run)
        params["ImageId"] = image_id
        result = self.get_status("DeregisterImage", params, verb="POST")
        if result and snapshot_id:
            return self.delete_snapshot(snapshot_id, dry_run=dry_run)
        return result

    def create_image(
        self,
        instance_id: str,
        name: str,
        description: str | None = None,
        no_reboot: bool = False,
        block_device_mapping: BlockDeviceMapping | None = None,
        dry_run: bool = False,
    ) -> str:
        """Make an AMI of a running or stopped instance; returns the new image's id."""
        params = self._base_params(dry_run)
        params.update(InstanceId=instance_id, Name=name)
        if description:
            params["Description"] = description
        if no_reboot:
            params["NoReboot"] = "true"
        if block_device_mapping:
            block_device_mapping.ec2_build_list_params(params)
        return self.get_object("CreateImage", params, Image, verb="POST").id

    def get_image_attribute(
        self, image_id: str, attribute: str = "launchPermission", dry_run: bool = False
    ) -> ImageAttribute:
        params = self._base_params(dry_run)
        params.update(ImageId=image_id, Attribute=attribute)
        return self.get_object("DescribeImageAttribute", params, ImageAttribute, verb="POST")

    def modify_image_attribute(
        self,
        image_id: str,
        attribute: str = "launchPermission",
        operation: str = "add",
        user_ids: list[str] | None = None,
        groups: list[str] | None = None,
        product_codes: list[str] | None = None,
        dry_run: bool = False,
    ) -> bool:
        """Add or remove launch permissions (accounts in `user_ids`, `groups=["all"]`)."""
        params = self._base_params(
            dry_run, UserId=user_ids, UserGroup=groups, ProductCode=product_codes
        )
        params.update(ImageId=image_id, Attribute=attribute, OperationType=operation)
        return self.get_status("ModifyImageAttribute", params, verb="POST")

    def reset_image_attribute(
        self, image_id: str, attribute: str = "launchPermission", dry_run: bool = False
    ) -> bool:
        params = self._base_params(dry_run)
        params.update(ImageId=image_id, Attribute=attribute)
        return self.get_status("ResetImageAttribute", params, verb="POST")

    # --- volumes -------------------------------------------------------------------------

    def get_all_volumes(
        self,
        volume_ids: list[str] | None = None,
        filters: Filters | None = None,
        dry_run: bool = False,
    ) -> ResultSet[Volume]:
        params = self._base_params(dry_run, VolumeId=volume_ids)
        return self._describe("DescribeVolumes", params, [("item", Volume)], filters)

    def create_volume(
        self,
        size: int | None,
        zone: Zone | str,
        snapshot: Snapshot | str | None = None,
        volume_type: str | None = None,
        iops: int | None = None,
        encrypted: bool = False,
        kms_key_id: str | None = None,
        dry_run: bool = False,
    ) -> Volume:
        """A new volume in `zone` (a Zone or its name), empty or from `snapshot` (a Snapshot
        or its id); `size` in GiB may be None when a snapshot gives it."""
        params = self._base_params(dry_run)
        params["AvailabilityZone"] = getattr(zone, "name", zone)
        optional = {
            "Size": size,
            "SnapshotId": getattr(snapshot, "id", snapshot),
            "VolumeType": volume_type,
            "Iops": iops,
            "KmsKeyId": kms_key_id,
        }
        params.update((key, str(value)) for key, value in optional.items() if value)
        if encrypted:
            params["Encrypted"] = "true"
        return self.get_object("CreateVolume", params, Volume, verb="POST")

    def delete_volume(self, volume_id: str, dry_run: bool = False) -> bool:
        params = self._base_params(dry_run)
        params["VolumeId"] = volume_id
        return self.get_status("DeleteVolume", params, verb="POST")

    def attach_volume(
        self, volume_id: str, instance_id: str, device: str, dry_run: bool = False
    ) -> bool:
        params = self._base_params(dry_run)
        params.update(VolumeId=volume_id, InstanceId=instance_id, Device=device)
        return self.get_status("AttachVolume", params, verb="POST")

    def detach_volume(
        self,
        volume_id: str,
        instance_id: str | None = None,
        device: str | None = None,
        force: bool = False,
        dry_run: bool = False,
    ) -> bool:
        params = self._base_params(dry_run)
        params["VolumeId"] = volume_id
        if instance_id:
            params["InstanceId"] = instance_id
        if device:
            params["Device"] = device
        if force:
            params["Force"] = "true"
        return self.get_status("DetachVolume", params, verb="POST")

    # --- snapshots -----------------------------------------------------------------------

    def get_all_snapshots(
        self,
        snapshot_ids: list[str] | None = None,
        owner: str | list[str] | None = None,
        restorable_by: str | list[str] | None = None,
        filters: Filters | None = None,
        dry_run: bool = False,
    ) -> ResultSet[Snapshot]:
        """Snapshots by id, owner (`self`, `amazon` or account ids) and who may restore
        them; `owner` and `restorable_by` may be one string or a list."""
        params = self._base_params(
            dry_run,
            SnapshotId=snapshot_ids,
            Owner=_as_list(owner),
            RestorableBy=_as_list(restorable_by),
        )
        return self._describe("DescribeSnapshots", params, [("item", Snapshot)], filters)

    def create_snapshot(
        self, volume_id: str, description: str | None = None, dry_run: bool = False
    ) -> Snapshot:
        """Snapshot a volume; as in boto 2, the snapshot gets the volume's Name tag."""
        params = self._base_params(dry_run)
        params["VolumeId"] = volume_id
        if description:
            params["Description"] = description[:255]
        snapshot = self.get_object("CreateSnapshot", params, Snapshot, verb="POST")
        volumes = self.get_all_volumes([volume_id], dry_run=dry_run)
        volume_name = volumes[0].tags.get("Name") if volumes else None
        if volume_name:
            snapshot.add_tag("Name", volume_name)
        return snapshot

    def delete_snapshot(self, snapshot_id: str, dry_run: bool = False) -> bool:
        params = self._base_params(dry_run)
        params["SnapshotId"] = snapshot_id
        return self.get_status("DeleteSnapshot", params, verb="POST")

    def get_snapshot_attribute(
        self, snapshot_id: str, attribute: str = "createVolumePermission", dry_run: bool = False
    ) -> SnapshotAttribute:
        params = self._base_params(dry_run)
        params.update(SnapshotId=snapshot_id, Attribute=attribute)
        return self.get_object("DescribeSnapshotAttribute", params, SnapshotAttribute, verb="POST")

    def modify_snapshot_attribute(
        self,
        snapshot_id: str,
        attribute: str = "createVolumePermission",
        operation: str = "add",
        user_ids: list[str] | None = None,
        groups: list[str] | None = None,
        dry_run: bool = False,
    ) -> bool:
        """Add or remove create-volume permissions (accounts, or `groups=["all"]`)."""
        params = self._base_params(dry_run, UserId=user_ids, UserGroup=groups)
        params.update(SnapshotId=snapshot_id, Attribute=attribute, OperationType=operation)
        return self.get_status("ModifySnapshotAttribute", params, verb="POST")

    def reset_snapshot_attribute(
        self, snapshot_id: str, attribute: str = "createVolumePermission", dry_run: bool = False
    ) -> bool:
        params = self._base_params(dry_run)
        params.update(SnapshotId=snapshot_id, Attribute=attribute)
        return self.get_status("ResetSnapshotAttribute", params, verb="POST")

    # --- instances -----------------------------------------------------------------------

    def get_all_reservations(
        self,
        instance_ids: list[str] | None = None,
        filters: Filters | None = None,
        dry_run: bool = False,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> ResultSet[Reservation]:
        """The reservations (with their instances) matching the ids and filters."""
        if isinstance(filters, Mapping) and "group-id" in filters:
            group_id = filters["group-id"]
            if not str(group_id).startswith("sg-"):
                warnings.warn(
                    "The group-id filter now requires a security group identifier "
                    "(sg-*) instead of a group name. To filter by group name use "
                    "the 'group-name' filter instead.",
                    UserWarning,
                    stacklevel=2,
                )
        params = self._base_params(dry_run, InstanceId=instance_ids)
        return self._describe(
            "DescribeInstances", params, [("item", Reservation)], filters, max_results, next_token
        )

    def get_all_instances(
        self,
        instance_ids: list[str] | None = None,
        filters: Filters | None = None,
        dry_run: bool = False,
        max_results: int | None = None,
    ) -> ResultSet[Reservation]:
        """Deprecated alias of `get_all_reservations` (returns reservations, not instances)."""
        warnings.warn(
            "The current get_all_instances implementation will be replaced with "
            "get_all_reservations.",
            PendingDeprecationWarning,
            stacklevel=2,
        )
        return self.get_all_reservations(instance_ids, filters, dry_run, max_results)

    def get_only_instances(
        self,
        instance_ids: list[str] | None = None,
        filters: Filters | None = None,
        dry_run: bool = False,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> ResultSet[Instance]:
        """The instances themselves (flattened out of their reservations), one page."""
        reservations = self.get_all_reservations(
            instance_ids, filters, dry_run, max_results, next_token
        )
        instances: ResultSet[Instance] = ResultSet()
        instances.extend(i for reservation in reservations for i in reservation.instances)
        instances.next_token = reservations.next_token
        instances.request_id = reservations.request_id
        return instances

    def get_all_instance_status(
        self,
        instance_ids: list[str] | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        filters: Filters | None = None,
        dry_run: bool = False,
        include_all_instances: bool = False,
    ) -> InstanceStatusSet:
        params = self._base_params(dry_run, InstanceId=instance_ids)
        if max_results:
            params["MaxResults"] = str(max_results)
        if next_token:
            params["NextToken"] = next_token
        if filters:
            self.build_filter_params(params, filters)
        if include_all_instances:
            params["IncludeAllInstances"] = "true"
        return self.get_object("DescribeInstanceStatus", params, InstanceStatusSet, verb="POST")

    def run_instances(
        self,
        image_id: str,
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
        client_token: str | None = None,
        security_group_ids: Sequence[str | SecurityGroup] | None = None,
        additional_info: str | None = None,
        instance_profile_name: str | None = None,
        instance_profile_arn: str | None = None,
        tenancy: str | None = None,
        ebs_optimized: bool = False,
        network_interfaces: NetworkInterfaceCollection | None = None,
        dry_run: bool = False,
    ) -> Reservation:
        """Launch instances of `image_id`; returns the `Reservation`.

        `security_groups` and `security_group_ids` take names/ids or SecurityGroup objects;
        `user_data` is sent base64-encoded.
        """
        params: dict[str, Any] = {
            "ImageId": image_id,
            "MinCount": str(min_count),
            "MaxCount": str(max_count),
        }
        if security_group_ids:
            self.build_list_params(
                params, [_group_ref(g, "id") for g in security_group_ids], "SecurityGroupId"
            )
        if security_groups:
            self.build_list_params(
                params, [_group_ref(g, "name") for g in security_groups], "SecurityGroup"
            )
        if user_data:
            if isinstance(user_data, str):
                user_data = user_data.encode("utf-8")
            params["UserData"] = _base64(user_data)
        optional = {
            "KeyName": key_name,
            "AddressingType": addressing_type,
            "InstanceType": instance_type,
            "Placement.AvailabilityZone": placement,
            "Placement.GroupName": placement_group,
            "Placement.Tenancy": tenancy,
            "KernelId": kernel_id,
            "RamdiskId": ramdisk_id,
            "SubnetId": subnet_id,
            "PrivateIpAddress": private_ip_address,
            "InstanceInitiatedShutdownBehavior": instance_initiated_shutdown_behavior,
            "ClientToken": client_token,
            "AdditionalInfo": additional_info,
            "IamInstanceProfile.Name": instance_profile_name,
            "IamInstanceProfile.Arn": instance_profile_arn,
        }
        params.update((key, value) for key, value in optional.items() if value)
        flags = {
            "Monitoring.Enabled": monitoring_enabled,
            "DisableApiTermination": disable_api_termination,
            "EbsOptimized": ebs_optimized,
            "DryRun": dry_run,
        }
        params.update((key, "true") for key, value in flags.items() if value)
        if block_device_map:
            block_device_map.ec2_build_list_params(params)
        if network_interfaces:
            network_interfaces.build_list_params(params)
        return self.get_object("RunInstances", params, Reservation, verb="POST")

    def _change_instances(
        self, action: str, instance_ids: list[str] | None, dry_run: bool, **extra: str
    ) -> ResultSet[Instance]:
        params = self._base_params(dry_run, InstanceId=instance_ids)
        params.update(extra)
        return self.get_list(action, params, [("item", Instance)], verb="POST")

    def start_instances(
        self, instance_ids: list[str] | None = None, dry_run: bool = False
    ) -> ResultSet[Instance]:
        """Start stopped instances; returns the Instances with their new state."""
        return self._change_instances("StartInstances", instance_ids, dry_run)

    def stop_instances(
        self, instance_ids: list[str] | None = None, force: bool = False, dry_run: bool = False
    ) -> ResultSet[Instance]:
        """Stop instances (`force` skips the graceful shutdown)."""
        extra = {"Force": "true"} if force else {}
        return self._change_instances("StopInstances", instance_ids, dry_run, **extra)

    def terminate_instances(
        self, instance_ids: list[str] | None = None, dry_run: bool = False
    ) -> ResultSet[Instance]:
        return self._change_instances("TerminateInstances", instance_ids, dry_run)

    def reboot_instances(
        self, instance_ids: list[str] | None = None, dry_run: bool = False
    ) -> bool:
        params = self._base_params(dry_run, InstanceId=instance_ids)
        return self.get_status("RebootInstances", params, verb="POST")

    def get_console_output(self, instance_id: str, dry_run: bool = False) -> ConsoleOutput:
        params = self._base_params(dry_run)
        params["InstanceId"] = instance_id
        return self.get_object("GetConsoleOutput", params, ConsoleOutput, verb="POST")

    def get_instance_attribute(
        self, instance_id: str, attribute: str, dry_run: bool = False
    ) -> InstanceAttribute:
        """One attribute of an instance (instanceType, userData, groupSet, ...)."""
        params = self._base_params(dry_run)
        params.update(InstanceId=instance_id, Attribute=attribute)
        return self.get_object("DescribeInstanceAttribute", params, InstanceAttribute, verb="POST")

    def modify_instance_attribute(
        self, instance_id: str, attribute: str, value: Any, dry_run: bool = False
    ) -> bool:
        """Change one attribute; booleans may be given as bool, groupSet as ids or groups,
        blockDeviceMapping as `['/dev/sda1=true', ...]` (device=delete-on-termination)."""
        params = self._base_params(dry_run)
        params["InstanceId"] = instance_id
        lowered = attribute.lower()
        if lowered in _BOOLEAN_ATTRIBUTES and isinstance(value, bool):
            value = "true" if value else "false"
        if lowered == "groupset":
            for index, group in enumerate(value, start=1):
                params["GroupId.%d" % index] = _group_ref(group, "id")
        elif lowered == "blockdevicemapping":
            for index, entry in enumerate(value, start=1):
                device_name, _, delete_on_termination = entry.partition("=")
                pre = "BlockDeviceMapping.%d" % index
                params[pre + ".DeviceName"] = device_name
                params[pre + ".Ebs.DeleteOnTermination"] = delete_on_termination or "true"
        else:
            params["%s%s.Value" % (attribute[0].upper(), attribute[1:])] = value
        return self.get_status("ModifyInstanceAttribute", params, verb="POST")

    def reset_instance_attribute(
        self, instance_id: str, attribute: str, dry_run: bool = False
    ) -> bool:
        params = self._base_params(dry_run)
        params.update(InstanceId=instance_id, Attribute=attribute)
        return self.get_status("ResetInstanceAttribute", params, verb="POST")

    def monitor_instances(
        self, instance_ids: list[str], dry_run: bool = False
    ) -> ResultSet[InstanceInfo]:
        """Enable detailed monitoring; returns InstanceInfo objects with the new state."""
        params = self._base_params(dry_run, InstanceId=instance_ids)
        return self.get_list("MonitorInstances", params, [("item", InstanceInfo)], verb="POST")

    def monitor_instance(self, instance_id: str, dry_run: bool = False) -> ResultSet[InstanceInfo]:
        return self.monitor_instances([instance_id], dry_run=dry_run)

    def unmonitor_instances(
        self, instance_ids: list[str], dry_run: bool = False
    ) -> ResultSet[InstanceInfo]:
        params = self._base_params(dry_run, InstanceId=instance_ids)
        return self.get_list("UnmonitorInstances", params, [("item", InstanceInfo)], verb="POST")

    def unmonitor_instance(
        self, instance_id: str, dry_run: bool = False
    ) -> ResultSet[InstanceInfo]:
        return self.unmonitor_instances([instance_id], dry_run=dry_run)

    # --- key pairs -----------------------------------------------------------------------

    def get_all_key_pairs(
        self,
        keynames: list[str] | None = None,
        filters: Filters | None = None,
        dry_run: bool = False,
    ) -> ResultSet[KeyPair]:
        params = self._base_params(dry_run, KeyName=keynames)
        return self._describe("DescribeKeyPairs", params, [("item", KeyPair)], filters)

    def get_key_pair(self, keyname: str, dry_run: bool = False) -> KeyPair | None:
        """The named key pair, or None when there is none of that name."""
        try:
            return self.get_all_key_pairs(keynames=[keyname], dry_run=dry_run)[0]
        except self.ResponseError as error:
            if error.error_code == "InvalidKeyPair.NotFound":
                return None
            raise

    def create_key_pair(self, key_name: str, dry_run: bool = False) -> KeyPair:
        """A new key pair; its `material` is the private key (shown only this once)."""
        params = self._base_params(dry_run)
        params["KeyName"] = key_name
        return self.get_object("CreateKeyPair", params, KeyPair, verb="POST")

    def delete_key_pair(self, key_name: str, dry_run: bool = False) -> bool:
        params = self._base_params(dry_run)
        params["KeyName"] = key_name
        return self.get_status("DeleteKeyPair", params, verb="POST")

    def import_key_pair(
        self, key_name: str, public_key_material: str | bytes, dry_run: bool = False
    ) -> KeyPair:
        """Register a public key (OpenSSH format); it is sent base64-encoded."""
        if isinstance(public_key_material, str):
            public_key_material = public_key_material.encode("utf-8")
        params = self._base_params(dry_run)
        params["KeyName"] = key_name
        params["PublicKeyMaterial"] = _base64(public_key_material)
        return self.get_object("ImportKeyPair", params, KeyPair, verb="POST")

    # --- security groups -----------------------------------------------------------------

    def get_all_security_groups(
        self,
        groupnames: list[str] | None = None,
        group_ids: list[str] | None = None,
        filters: Filters | None = None,
        dry_run: bool = False,
    ) -> ResultSet[SecurityGroup]:
        params = self._base_params(dry_run, GroupName=groupnames, GroupId=group_ids)
        return self._describe("DescribeSecurityGroups", params, [("item", SecurityGroup)], filters)

    def create_security_group(
        self, name: str, description: str, vpc_id: str | None = None, dry_run: bool = False
    ) -> SecurityGroup:
        """A new group (in `vpc_id`, else in the default VPC); returns the SecurityGroup."""
        params = self._base_params(dry_run)
        params.update(GroupName=name, GroupDescription=description)
        if vpc_id:
            params["VpcId"] = vpc_id
        group = self.get_object("CreateSecurityGroup", params, SecurityGroup, verb="POST")
        group.name = name
        group.description = description
        if vpc_id is not None:
            group.vpc_id = vpc_id
        return group

    def delete_security_group(
        self, name: str | None = None, group_id: str | None = None, dry_run: bool = False
    ) -> bool:
        params = self._base_params(dry_run)
        if name is not None:
            params["GroupName"] = name
        if group_id is not None:
            params["GroupId"] = group_id
        return self.get_status("DeleteSecurityGroup", params, verb="POST")

    def _ingress_params(
        self,
        group_name: str | None,
        src_security_group_name: str | None,
        src_security_group_owner_id: str | None,
        ip_protocol: str | None,
        from_port: Port,
        to_port: Port,
        cidr_ip: str | list[str] | tuple[str, ...] | None,
        group_id: str | None,
        src_security_group_group_id: str | None,
        dry_run: bool,
    ) -> dict[str, Any]:
        """The `IpPermissions.N` form of boto 2's flat authorize/revoke arguments.

        A source group with no protocol and no ports becomes all TCP, UDP and ICMP from that
        group: what EC2-Classic granted, and what a VPC needs spelt out.
        """
        params = self._base_params(dry_run)
        if group_name:
            params["GroupName"] = group_name
        if group_id:
            params["GroupId"] = group_id
        has_source_group = bool(src_security_group_name or src_security_group_group_id)
        permissions = expand_permissions(ip_protocol, from_port, to_port, has_source_group)
        for index, (protocol, low, high) in enumerate(permissions, start=1):
            pre = "IpPermissions.%d." % index
            if protocol is not None:
                params[pre + "IpProtocol"] = str(protocol)
            if low is not None:
                params[pre + "FromPort"] = str(low)
            if high is not None:
                params[pre + "ToPort"] = str(high)
            source = {
                "GroupName": src_security_group_name,
                "UserId": src_security_group_owner_id,
                "GroupId": src_security_group_group_id,
            }
            if has_source_group:
                params.update(
                    (pre + "Groups.1." + key, value) for key, value in source.items() if value
                )
            cidrs = cidr_ip if isinstance(cidr_ip, list | tuple) else [cidr_ip] if cidr_ip else []
            for cidr_index, cidr in enumerate(cidrs, start=1):
                params["%sIpRanges.%d.CidrIp" % (pre, cidr_index)] = cidr
        return params

    def authorize_security_group(
        self,
        group_name: str | None = None,
        src_security_group_name: str | None = None,
        src_security_group_owner_id: str | None = None,
        ip_protocol: str | None = None,
        from_port: Port = None,
        to_port: Port = None,
        cidr_ip: str | list[str] | tuple[str, ...] | None = None,
        group_id: str | None = None,
        src_security_group_group_id: str | None = None,
        dry_run: bool = False,
    ) -> bool:
        """Allow inbound traffic to a group (by name or id) from CIDRs or another group."""
        params = self._ingress_params(
            group_name,
            src_security_group_name,
            src_security_group_owner_id,
            ip_protocol,
            from_port,
            to_port,
            cidr_ip,
            group_id,
            src_security_group_group_id,
            dry_run,
        )
        return self.get_status("AuthorizeSecurityGroupIngress", params, verb="POST")

    def revoke_security_group(
        self,
        group_name: str | None = None,
        src_security_group_name: str | None = None,
        src_security_group_owner_id: str | None = None,
        ip_protocol: str | None = None,
        from_port: Port = None,
        to_port: Port = None,
        cidr_ip: str | list[str] | tuple[str, ...] | None = None,
        group_id: str | None = None,
        src_security_group_group_id: str | None = None,
        dry_run: bool = False,
    ) -> bool:
        """Remove inbound permissions; the arguments are those of authorize_security_group."""
        params = self._ingress_params(
            group_name,
            src_security_group_name,
            src_security_group_owner_id,
            ip_protocol,
            from_port,
            to_port,
            cidr_ip,
            group_id,
            src_security_group_group_id,
            dry_run,
        )
        return self.get_status("RevokeSecurityGroupIngress", params, verb="POST")

    def authorize_security_group_egress(
        self,
        group_id: str,
        ip_protocol: str,
        from_port: Port = None,
        to_port: Port = None,
        src_group_id: str | None = None,
        cidr_ip: str | list[str] | tuple[str, ...] | None = None,
        dry_run: bool = False,
    ) -> bool:
        """Allow outbound traffic from a VPC group to CIDRs or another group."""
        params = self._ingress_params(
            None,
            None,
            None,
            ip_protocol,
            from_port,
            to_port,
            cidr_ip,
            group_id,
            src_group_id,
            dry_run,
        )
        return self.get_status("AuthorizeSecurityGroupEgress", params, verb="POST")

    def revoke_security_group_egress(
        self,
        group_id: str,
        ip_protocol: str,
        from_port: Port = None,
        to_port: Port = None,
        src_group_id: str | None = None,
        cidr_ip: str | list[str] | tuple[str, ...] | None = None,
        dry_run: bool = False,
    ) -> bool:
        """Remove outbound permissions; the arguments are those of authorize_security_group_egress."""
        params = self._ingress_params(
            None,
            None,
            None,
            ip_protocol,
            from_port,
            to_port,
            cidr_ip,
            group_id,
            src_group_id,
            dry_run,
        )
        return self.get_status("RevokeSecurityGroupEgress", params, verb="POST")

    # --- addresses -----------------------------------------------------------------------

    def get_all_addresses(
        self,
        addresses: list[str] | None = None,
        filters: Filters | None = None,
        allocation_ids: list[str] | None = None,
        dry_run: bool = False,
    ) -> ResultSet[Address]:
        """The account's Elastic IP addresses (by public IP, allocation id, filters)."""
        params = self._base_params(dry_run, PublicIp=addresses, AllocationId=allocation_ids)
        return self._describe("DescribeAddresses", params, [("item", Address)], filters)

    def allocate_address(self, domain: str | None = None, dry_run: bool = False) -> Address:
        params = self._base_params(dry_run)
        if domain is not None:
            params["Domain"] = domain
        return self.get_object("AllocateAddress", params, Address, verb="POST")

    def _associate_params(
        self,
        instance_id: str | None,
        public_ip: str | None,
        allocation_id: str | None,
        network_interface_id: str | None,
        private_ip_address: str | None,
        allow_reassociation: bool,
        dry_run: bool,
    ) -> dict[str, Any]:
        """boto 2's choice: the instance over the interface, the allocation id over the IP."""
        params = self._base_params(dry_run)
        if instance_id is not None:
            params["InstanceId"] = instance_id
        elif network_interface_id is not None:
            params["NetworkInterfaceId"] = network_interface_id
        if allocation_id is not None:
            params["AllocationId"] = allocation_id
        elif public_ip is not None:
            params["PublicIp"] = public_ip
        if private_ip_address is not None:
            params["PrivateIpAddress"] = private_ip_address
        if allow_reassociation:
            params["AllowReassociation"] = "true"
        return params

    def associate_address(
        self,
        instance_id: str | None = None,
        public_ip: str | None = None,
        allocation_id: str | None = None,
        network_interface_id: str | None = None,
        private_ip_address: str | None = None,
        allow_reassociation: bool = False,
        dry_run: bool = False,
    ) -> bool:
        params = self._associate_params(
            instance_id,
            public_ip,
            allocation_id,
            network_interface_id,
            private_ip_address,
            allow_reassociation,
            dry_run,
        )
        return self.get_status("AssociateAddress", params, verb="POST")

    def associate_address_object(
        self,
        instance_id: str | None = None,
        public_ip: str | None = None,
        allocation_id: str | None = None,
        network_interface_id: str | None = None,
        private_ip_address: str | None = None,
        allow_reassociation: bool = False,
        dry_run: bool = False,
    ) -> Address:
        """As `associate_address`, returning the answer as an `Address` (its
        `association_id`)."""
        params = self._associate_params(
            instance_id,
            public_ip,
            allocation_id,
            network_interface_id,
            private_ip_address,
            allow_reassociation,
            dry_run,
        )
        return self.get_object("AssociateAddress", params, Address, verb="POST")

    def disassociate_address(
        self, public_ip: str | None = None, association_id: str | None = None, dry_run: bool = False
    ) -> bool:
        params = self._base_params(dry_run)
        if association_id is not None:
            params["AssociationId"] = association_id
        elif public_ip is not None:
            params["PublicIp"] = public_ip
        return self.get_status("DisassociateAddress", params, verb="POST")

    def release_address(
        self, public_ip: str | None = None, allocation_id: str | None = None, dry_run: bool = False
    ) -> bool:
        """Release by public IP or allocation id; boto 2 sent the public IP when given both."""
        params = self._base_params(dry_run)
        if public_ip is not None:
            params["PublicIp"] = public_ip
        elif allocation_id is not None:
            params["AllocationId"] = allocation_id
        return self.get_status("ReleaseAddress", params, verb="POST")

    # --- regions, zones, tags ------------------------------------------------------------

    def get_all_regions(
        self,
        region_names: list[str] | None = None,
        filters: Filters | None = None,
        dry_run: bool = False,
    ) -> ResultSet[EC2RegionInfo]:
        """The regions EC2 reports, as RegionInfo objects that connect with EC2Connection."""
        params = self._base_params(dry_run, RegionName=region_names)
        markers: list[tuple[str, type[EC2RegionInfo]]] = [("item", _DescribedRegion)]
        regions = self._describe("DescribeRegions", params, markers, filters)
        for region in regions:
            region.connection_cls = type(self)
        return regions

    def get_all_zones(
        self, zones: list[str] | None = None, filters: Filters | None = None, dry_run: bool = False
    ) -> ResultSet[Zone]:
        params = self._base_params(dry_run, ZoneName=zones)
        return self._describe("DescribeAvailabilityZones", params, [("item", Zone)], filters)

    def get_all_tags(
        self,
        filters: Filters | None = None,
        dry_run: bool = False,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> ResultSet[Tag]:
        """Tags of all resources (filter by resource-id, key, value, ...), one page."""
        params = self._base_params(dry_run)
        return self._describe(
            "DescribeTags", params, [("item", Tag)], filters, max_results, next_token
        )

    def create_tags(
        self, resource_ids: list[str], tags: Mapping[str, str | None], dry_run: bool = False
    ) -> bool:
        params = self._base_params(dry_run, ResourceId=resource_ids)
        self.build_tag_param_list(params, tags)
        return self.get_status("CreateTags", params, verb="POST")

    def delete_tags(
        self,
        resource_ids: list[str],
        tags: Mapping[str, str | None] | list[str] | tuple[str, ...] | set[str],
        dry_run: bool = False,
    ) -> bool:
        """Remove tags: a dict (a None value removes whatever the value) or a list of keys."""
        if isinstance(tags, list | tuple | set):
            tags = dict.fromkeys(tags)
        params = self._base_params(dry_run, ResourceId=resource_ids)
        self.build_tag_param_list(params, tags)
        return self.get_status("DeleteTags", params, verb="POST")

    # --- Spot Instances ---------------------------------------------------------------

    def request_spot_instances(
        self,
        price: str | float,
        image_id: str,
        count: int = 1,
        type: str = "one-time",
        valid_from: str | None = None,
        valid_until: str | None = None,
        launch_group: str | None = None,
        availability_zone_group: str | None = None,
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
        placement_group: str | None = None,
        block_device_map: BlockDeviceMapping | None = None,
        instance_profile_arn: str | None = None,
        instance_profile_name: str | None = None,
        security_group_ids: Sequence[str | SecurityGroup] | None = None,
        ebs_optimized: bool = False,
        network_interfaces: NetworkInterfaceCollection | None = None,
        dry_run: bool = False,
    ) -> ResultSet[SpotInstanceRequest]:
        """Ask for `count` Spot Instances of `image_id` at up to `price` per hour; the
        requests, as SpotInstanceRequest objects."""
        from boto.ec2.spotinstancerequest import SpotInstanceRequest

        spec = "LaunchSpecification."
        params: dict[str, Any] = {spec + "ImageId": image_id, "Type": type, "SpotPrice": str(price)}
        if count:
            params["InstanceCount"] = str(count)
        if security_group_ids:
            self.build_list_params(
                params, [_group_ref(g, "id") for g in security_group_ids], spec + "SecurityGroupId"
            )
        if security_groups:
            self.build_list_params(
                params, [_group_ref(g, "name") for g in security_groups], spec + "SecurityGroup"
            )
        if user_data:
            if isinstance(user_data, str):
                user_data = user_data.encode("utf-8")
            params[spec + "UserData"] = _base64(user_data)
        optional = {
            "ValidFrom": valid_from,
            "ValidUntil": valid_until,
            "LaunchGroup": launch_group,
            "AvailabilityZoneGroup": availability_zone_group,
            spec + "KeyName": key_name,
            spec + "AddressingType": addressing_type,
            spec + "InstanceType": instance_type,
            spec + "Placement.AvailabilityZone": placement,
            spec + "KernelId": kernel_id,
            spec + "RamdiskId": ramdisk_id,
            spec + "SubnetId": subnet_id,
            spec + "Placement.GroupName": placement_group,
            spec + "IamInstanceProfile.Name": instance_profile_name,
            spec + "IamInstanceProfile.Arn": instance_profile_arn,
        }
        params.update((key, value) for key, value in optional.items() if value)
        if monitoring_enabled:
            params[spec + "Monitoring.Enabled"] = "true"
        if ebs_optimized:
            params[spec + "EbsOptimized"] = "true"
        if block_device_map:
            block_device_map.ec2_build_list_params(params, spec)
        if network_interfaces:
            network_interfaces.build_list_params(params, prefix=spec)
        if dry_run:
            params["DryRun"] = "true"
        return self.get_list(
            "RequestSpotInstances", params, [("item", SpotInstanceRequest)], verb="POST"
        )

    def get_all_spot_instance_requests(
        self,
        request_ids: list[str] | None = None,
        filters: Filters | None = None,
        dry_run: bool = False,
    ) -> ResultSet[SpotInstanceRequest]:
        from boto.ec2.spotinstancerequest import SpotInstanceRequest

        if filters and isinstance(filters, Mapping) and "launch.group-id" in filters:
            group_id = filters["launch.group-id"]
            if not (isinstance(group_id, str) and group_id.startswith("sg-")):
                warnings.warn(
                    "The 'launch.group-id' filter now requires a security group id (sg-*) "
                    "and no longer supports filtering by group name. Please update your "
                    "filters accordingly.",
                    UserWarning,
                    stacklevel=2,
                )
        params = self._base_params(dry_run, SpotInstanceRequestId=request_ids)
        return self._describe(
            "DescribeSpotInstanceRequests", params, [("item", SpotInstanceRequest)], filters
        )

    def cancel_spot_instance_requests(
        self, request_ids: list[str], dry_run: bool = False
    ) -> ResultSet[SpotInstanceRequest]:
        """Cancel the requests; the answer lists each with its new `state`."""
        from boto.ec2.spotinstancerequest import SpotInstanceRequest

        params = self._base_params(dry_run, SpotInstanceRequestId=request_ids)
        return self.get_list(
            "CancelSpotInstanceRequests", params, [("item", SpotInstanceRequest)], verb="POST"
        )

    def get_spot_price_history(
        self,
        start_time: str | None = None,
        end_time: str | None = None,
        instance_type: str | None = None,
        product_description: str | None = None,
        availability_zone: str | None = None,
        dry_run: bool = False,
        max_results: int | None = None,
        next_token: str | None = None,
        filters: Filters | None = None,
    ) -> ResultSet[SpotPriceHistory]:
        from boto.ec2.spotpricehistory import SpotPriceHistory

        params = self._base_params(dry_run)
        optional = {
            "StartTime": start_time,
            "EndTime": end_time,
            # DescribeSpotPriceHistory takes a list of types (one here, as in boto 2).
            "InstanceType.1": instance_type,
            "ProductDescription.1": product_description,
            "AvailabilityZone": availability_zone,
        }
        params.update((key, value) for key, value in optional.items() if value)
        return self._describe(
            "DescribeSpotPriceHistory",
            params,
            [("item", SpotPriceHistory)],
            filters,
            max_results,
            next_token,
        )

    def create_spot_datafeed_subscription(
        self, bucket: str, prefix: str | None, dry_run: bool = False
    ) -> SpotDatafeedSubscription:
        from boto.ec2.spotdatafeedsubscription import SpotDatafeedSubscription

        params = self._base_params(dry_run)
        params["Bucket"] = bucket
        if prefix:
            params["Prefix"] = prefix
        return self.get_object(
            "CreateSpotDatafeedSubscription", params, SpotDatafeedSubscription, verb="POST"
        )

    def get_spot_datafeed_subscription(self, dry_run: bool = False) -> SpotDatafeedSubscription:
        from boto.ec2.spotdatafeedsubscription import SpotDatafeedSubscription

        return self.get_object(
            "DescribeSpotDatafeedSubscription",
            self._base_params(dry_run),
            SpotDatafeedSubscription,
            verb="POST",
        )

    def delete_spot_datafeed_subscription(self, dry_run: bool = False) -> bool:
        return self.get_status(
            "DeleteSpotDatafeedSubscription", self._base_params(dry_run), verb="POST"
        )

    # --- Reserved Instances ------------------------------------------------------------

    def get_all_reserved_instances(
        self,
        reserved_instances_id: list[str] | None = None,
        filters: Filters | None = None,
        dry_run: bool = False,
    ) -> ResultSet[ReservedInstance]:
        from boto.ec2.reservedinstance import ReservedInstance

        params = self._base_params(dry_run, ReservedInstancesId=reserved_instances_id)
        return self._describe(
            "DescribeReservedInstances", params, [("item", ReservedInstance)], filters
        )

    def get_all_reserved_instances_offerings(
        self,
        reserved_instances_offering_ids: list[str] | None = None,
        instance_type: str | None = None,
        availability_zone: str | None = None,
        product_description: str | None = None,
        filters: Filters | None = None,
        instance_tenancy: str | None = None,
        offering_type: str | None = None,
        include_marketplace: bool | None = None,
        min_duration: int | None = None,
        max_duration: int | None = None,
        max_instance_count: int | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
        dry_run: bool = False,
    ) -> ResultSet[ReservedInstancesOffering]:
        from boto.ec2.reservedinstance import ReservedInstancesOffering

        params = self._base_params(
            dry_run, ReservedInstancesOfferingId=reserved_instances_offering_ids
        )
        optional = {
            "InstanceType": instance_type,
            "AvailabilityZone": availability_zone,
            "ProductDescription": product_description,
            "InstanceTenancy": instance_tenancy,
            "OfferingType": offering_type,
        }
        params.update((key, value) for key, value in optional.items() if value)
        if include_marketplace is not None:
            params["IncludeMarketplace"] = "true" if include_marketplace else "false"
        numbers = {
            "MinDuration": min_duration,
            "MaxDuration": max_duration,
            "MaxInstanceCount": max_instance_count,
        }
        params.update((key, str(value)) for key, value in numbers.items() if value is not None)
        return self._describe(
            "DescribeReservedInstancesOfferings",
            params,
            [("item", ReservedInstancesOffering)],
            filters,
            max_results,
            next_token,
        )

    def purchase_reserved_instance_offering(
        self,
        reserved_instances_offering_id: str,
        instance_count: int = 1,
        limit_price: tuple[float | str, str] | None = None,
        dry_run: bool = False,
    ) -> ReservedInstance:
        """Buy `instance_count` of the offering; `limit_price` is (amount, currency code).
        The answer's ReservedInstance has the new `id`."""
        from boto.ec2.reservedinstance import ReservedInstance

        params = self._base_params(dry_run)
        params["ReservedInstancesOfferingId"] = reserved_instances_offering_id
        params["InstanceCount"] = str(instance_count)
        if limit_price is not None:
            params["LimitPrice.Amount"] = str(limit_price[0])
            params["LimitPrice.CurrencyCode"] = str(limit_price[1])
        return self.get_object(
            "PurchaseReservedInstancesOffering", params, ReservedInstance, verb="POST"
        )

    def create_reserved_instances_listing(
        self,
        reserved_instances_id: str,
        instance_count: int,
        price_schedules: Iterable[tuple[float | str, int]],
        client_token: str,
        dry_run: bool = False,
    ) -> ResultSet[ReservedInstanceListing]:
        """List Reserved Instances on the Marketplace; `price_schedules` are (price, term in
        months) pairs."""
        from boto.ec2.reservedinstance import ReservedInstanceListing

        params = self._base_params(dry_run)
        params["ReservedInstancesId"] = reserved_instances_id
        params["InstanceCount"] = str(instance_count)
        params["ClientToken"] = client_token
        # boto 2 numbered the schedules from 0; the Query API's lists start at 1.
        for index, (price, term) in enumerate(price_schedules, start=1):
            params["PriceSchedules.%d.Price" % index] = str(price)
            params["PriceSchedules.%d.Term" % index] = str(term)
        return self.get_list(
            "CreateReservedInstancesListing",
            params,
            [("item", ReservedInstanceListing)],
            verb="POST",
        )

    def cancel_reserved_instances_listing(
        self, reserved_instances_listing_ids: str | list[str] | None = None, dry_run: bool = False
    ) -> ResultSet[ReservedInstanceListing]:
        """Cancel a Marketplace listing (EC2 takes one id; boto 2 took a list)."""
        from boto.ec2.reservedinstance import ReservedInstanceListing

        params = self._base_params(dry_run)
        if reserved_instances_listing_ids:
            ids = _as_list(reserved_instances_listing_ids) or []
            # Today's CancelReservedInstancesListing takes a single id, not a list.
            params["ReservedInstancesListingId"] = ids[0]
        return self.get_list(
            "CancelReservedInstancesListing",
            params,
            [("item", ReservedInstanceListing)],
            verb="POST",
        )

    def build_configurations_param_list(
        self, params: dict[str, Any], target_configurations: Iterable[Any]
    ) -> None:
        """`ReservedInstancesConfigurationSetItemType.N.*` for ModifyReservedInstances,
        from ReservedInstancesConfiguration objects (N from 1: boto 2 counted from 0,
        which EC2 refuses)."""
        for index, target in enumerate(target_configurations, start=1):
            prefix = "ReservedInstancesConfigurationSetItemType.%d." % index
            fields = {
                "AvailabilityZone": target.availability_zone,
                "Platform": target.platform,
                "InstanceCount": target.instance_count,
                "InstanceType": target.instance_type,
            }
            params.update(
                (prefix + key, str(value)) for key, value in fields.items() if value is not None
            )

    def modify_reserved_instances(
        self,
        client_token: str | None,
        reserved_instance_ids: list[str] | None,
        target_configurations: Iterable[Any] | None,
    ) -> str | None:
        """Change Reserved Instances' zone, platform, count or type; the modification id."""
        from boto.ec2.reservedinstance import ModifyReservedInstancesResult

        params = self._base_params(False, ReservedInstancesId=reserved_instance_ids)
        if client_token is not None:
            params["ClientToken"] = client_token
        if target_configurations is not None:
            self.build_configurations_param_list(params, target_configurations)
        result = self.get_object(
            "ModifyReservedInstances", params, ModifyReservedInstancesResult, verb="POST"
        )
        return result.modification_id

    def describe_reserved_instances_modifications(
        self,
        reserved_instances_modification_ids: list[str] | None = None,
        next_token: str | None = None,
        filters: Filters | None = None,
    ) -> ResultSet[ReservedInstancesModification]:
        from boto.ec2.reservedinstance import ReservedInstancesModification

        params = self._base_params(
            False, ReservedInstancesModificationId=reserved_instances_modification_ids
        )
        return self._describe(
            "DescribeReservedInstancesModifications",
            params,
            [("item", ReservedInstancesModification)],
            filters,
            next_token=next_token,
        )

    # --- placement groups --------------------------------------------------------------

    def get_all_placement_groups(
        self,
        groupnames: list[str] | None = None,
        filters: Filters | None = None,
        dry_run: bool = False,
    ) -> ResultSet[PlacementGroup]:
        from boto.ec2.placementgroup import PlacementGroup

        params = self._base_params(dry_run, GroupName=groupnames)
        return self._describe(
            "DescribePlacementGroups", params, [("item", PlacementGroup)], filters
        )

    def create_placement_group(
        self, name: str, strategy: str = "cluster", dry_run: bool = False
    ) -> bool:
        params = self._base_params(dry_run)
        params["GroupName"] = name
        params["Strategy"] = strategy
        return self.get_status("CreatePlacementGroup", params, verb="POST")

    def delete_placement_group(self, name: str, dry_run: bool = False) -> bool:
        params = self._base_params(dry_run)
        params["GroupName"] = name
        return self.get_status("DeletePlacementGroup", params, verb="POST")

    # --- network interfaces ------------------------------------------------------------

    def get_all_network_interfaces(
        self,
        network_interface_ids: list[str] | None = None,
        filters: Filters | None = None,
        dry_run: bool = False,
    ) -> ResultSet[NetworkInterface]:
        from boto.ec2.networkinterface import NetworkInterface

        params = self._base_params(dry_run, NetworkInterfaceId=network_interface_ids)
        return self._describe(
            "DescribeNetworkInterfaces", params, [("item", NetworkInterface)], filters
        )

    def create_network_interface(
        self,
        subnet_id: str,
        private_ip_address: str | None = None,
        description: str | None = None,
        groups: Sequence[str | SecurityGroup] | None = None,
        dry_run: bool = False,
    ) -> NetworkInterface:

        from boto.ec2.networkinterface import NetworkInterface

        params = self._base_params(dry_run)
        params["SubnetId"] = subnet_id
        if private_ip_address:
            params["PrivateIpAddress"] = private_ip_address
        if description:
            params["Description"] = description
        if groups:
            self.build_list_params(params, [_group_ref(g, "id") for g in groups], "SecurityGroupId")
        return self.get_object("CreateNetworkInterface", params, NetworkInterface, verb="POST")

    def attach_network_interface(
        self,
        network_interface_id: str,
        instance_id: str,
        device_index: int | str,
        dry_run: bool = False,
    ) -> bool:
        params = self._base_params(dry_run)
        params["NetworkInterfaceId"] = network_interface_id
        params["InstanceId"] = instance_id
        params["DeviceIndex"] = str(device_index)
        return self.get_status("AttachNetworkInterface", params, verb="POST")

    def detach_network_interface(
        self, attachment_id: str, force: bool = False, dry_run: bool = False
    ) -> bool:
        params = self._base_params(dry_run)
        params["AttachmentId"] = attachment_id
        if force:
            params["Force"] = "true"
        return self.get_status("DetachNetworkInterface", params, verb="POST")

    def delete_network_interface(self, network_interface_id: str, dry_run: bool = False) -> bool:
        params = self._base_params(dry_run)
        params["NetworkInterfaceId"] = network_interface_id
        return self.get_status("DeleteNetworkInterface", params, verb="POST")

    def modify_network_interface_attribute(
        self,
        interface_id: str,
        attr: str,
        value: Any,
        attachment_id: str | None = None,
        dry_run: bool = False,
    ) -> bool:
        """Change one attribute: `description`, `groupSet` (ids or SecurityGroups),
        `sourceDestCheck` or `deleteOnTermination` (with `attachment_id`); the booleans as
        bool or "true"/"false"."""
        name = attr.lower()
        if name in ("deleteontermination", "sourcedestcheck"):
            if isinstance(value, bool):
                value = "true" if value else "false"
            elif value not in ("true", "false"):
                raise ValueError('%s must be a boolean, "true", or "false"!' % attr)
        params = self._base_params(dry_run)
        params["NetworkInterfaceId"] = interface_id
        if name == "groupset":
            for index, group in enumerate(value, start=1):
                params["SecurityGroupId.%d" % index] = _group_ref(group, "id")
        elif name == "description":
            params["Description.Value"] = value
        elif name == "sourcedestcheck":
            params["SourceDestCheck.Value"] = value
        elif name == "deleteontermination":
            if not attachment_id:
                raise ValueError("You must also specify an attachment_id")
            params["Attachment.DeleteOnTermination"] = value
            params["Attachment.AttachmentId"] = attachment_id
        else:
            raise ValueError('Unknown attribute "%s"' % (attr,))
        return self.get_status("ModifyNetworkInterfaceAttribute", params, verb="POST")

    def assign_private_ip_addresses(
        self,
        network_interface_id: str | None = None,
        private_ip_addresses: list[str] | None = None,
        secondary_private_ip_address_count: int | None = None,
        allow_reassignment: bool = False,
        dry_run: bool = False,
    ) -> bool:
        """Give the interface secondary private addresses: these, or as many as the count."""
        params = self._base_params(dry_run)
        if network_interface_id is not None:
            params["NetworkInterfaceId"] = network_interface_id
        if private_ip_addresses is not None:
            self.build_list_params(params, private_ip_addresses, "PrivateIpAddress")
        elif secondary_private_ip_address_count is not None:
            params["SecondaryPrivateIpAddressCount"] = str(secondary_private_ip_address_count)
        if allow_reassignment:
            params["AllowReassignment"] = "true"
        return self.get_status("AssignPrivateIpAddresses", params, verb="POST")

    def unassign_private_ip_addresses(
        self,
        network_interface_id: str | None = None,
        private_ip_addresses: list[str] | None = None,
        dry_run: bool = False,
    ) -> bool:
        params = self._base_params(dry_run)
        if network_interface_id is not None:
            params["NetworkInterfaceId"] = network_interface_id
        if private_ip_addresses is not None:
            self.build_list_params(params, private_ip_addresses, "PrivateIpAddress")
        return self.get_status("UnassignPrivateIpAddresses", params, verb="POST")

    # --- volume status and attributes ----------------------------------------------------

    def get_all_volume_status(
        self,
        volume_ids: list[str] | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        filters: Filters | None = None,
        dry_run: bool = False,
    ) -> VolumeStatusSet:
        from boto.ec2.volumestatus import VolumeStatusSet

        params = self._base_params(dry_run, VolumeId=volume_ids)
        if max_results:
            params["MaxResults"] = str(max_results)
        if next_token:
            params["NextToken"] = next_token
        if filters:
            self.build_filter_params(params, filters)
        return self.get_object("DescribeVolumeStatus", params, VolumeStatusSet, verb="POST")

    def enable_volume_io(self, volume_id: str, dry_run: bool = False) -> bool:
        """Let I/O to a volume go on after EC2 suspended it for a possible inconsistency."""
        params = self._base_params(dry_run)
        params["VolumeId"] = volume_id
        return self.get_status("EnableVolumeIO", params, verb="POST")

    def get_volume_attribute(
        self, volume_id: str, attribute: str = "autoEnableIO", dry_run: bool = False
    ) -> VolumeAttribute:
        from boto.ec2.volume import VolumeAttribute

        params = self._base_params(dry_run)
        params["VolumeId"] = volume_id
        params["Attribute"] = attribute
        return self.get_object("DescribeVolumeAttribute", params, VolumeAttribute, verb="POST")

    def modify_volume_attribute(
        self, volume_id: str, attribute: str, new_value: bool | str, dry_run: bool = False
    ) -> bool:
        """Set `AutoEnableIO` (the one attribute; others are not sent, as in boto 2)."""
        params = self._base_params(dry_run)
        params["VolumeId"] = volume_id
        if attribute == "AutoEnableIO":
            if isinstance(new_value, bool):
                new_value = "true" if new_value else "false"
            params["AutoEnableIO.Value"] = new_value
        return self.get_status("ModifyVolumeAttribute", params, verb="POST")

    # --- instances: passwords, bundles, products, ClassicLink, types ----------------------

    def get_password_data(self, instance_id: str, dry_run: bool = False) -> str:
        """A Windows instance's encrypted administrator password (base64; '' until ready)."""
        params = self._base_params(dry_run)
        params["InstanceId"] = instance_id
        result = self.get_object("GetPasswordData", params, ResultSet, verb="POST")
        password: str = getattr(result, "passwordData", "")
        return password

    def bundle_instance(
        self,
        instance_id: str,
        s3_bucket: str,
        s3_prefix: str,
        s3_upload_policy: str,
        dry_run: bool = False,
    ) -> BundleInstanceTask:
        """Bundle an instance store-backed Windows instance into S3. The upload policy
        (base64 JSON) is signed with this connection's secret key (HMAC-SHA1, S3's)."""
        import hashlib
        import hmac

        from boto.ec2.bundleinstance import BundleInstanceTask

        credentials = self.provider.get_credentials()
        signature = hmac.new(
            credentials.secret_key.encode("utf-8"), s3_upload_policy.encode("utf-8"), hashlib.sha1
        ).digest()
        params = self._base_params(dry_run)
        params.update(
            {
                "InstanceId": instance_id,
                "Storage.S3.Bucket": s3_bucket,
                "Storage.S3.Prefix": s3_prefix,
                "Storage.S3.UploadPolicy": s3_upload_policy,
                "Storage.S3.AWSAccessKeyId": credentials.access_key,
                "Storage.S3.UploadPolicySignature": _base64(signature),
            }
        )
        return self.get_object("BundleInstance", params, BundleInstanceTask, verb="POST")

    def cancel_bundle_task(self, bundle_id: str, dry_run: bool = False) -> BundleInstanceTask:
        from boto.ec2.bundleinstance import BundleInstanceTask

        params = self._base_params(dry_run)
        params["BundleId"] = bundle_id
        return self.get_object("CancelBundleTask", params, BundleInstanceTask, verb="POST")

    def get_all_bundle_tasks(
        self,
        bundle_ids: list[str] | None = None,
        filters: Filters | None = None,
        dry_run: bool = False,
    ) -> ResultSet[BundleInstanceTask]:
        from boto.ec2.bundleinstance import BundleInstanceTask

        params = self._base_params(dry_run, BundleId=bundle_ids)
        return self._describe(
            "DescribeBundleTasks", params, [("item", BundleInstanceTask)], filters
        )

    def confirm_product_instance(
        self, product_code: str, instance_id: str, dry_run: bool = False
    ) -> tuple[bool, str | None]:
        """Whether the product code is attached to the instance, and the owner's account."""
        params = self._base_params(dry_run)
        params["ProductCode"] = product_code
        params["InstanceId"] = instance_id
        result = self.get_object("ConfirmProductInstance", params, ResultSet, verb="POST")
        return result.status, getattr(result, "ownerId", None)

    def get_all_classic_link_instances(
        self,
        instance_ids: list[str] | None = None,
        filters: Filters | None = None,
        dry_run: bool = False,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> ResultSet[Instance]:
        params = self._base_params(dry_run, InstanceId=instance_ids)
        return self._describe(
            "DescribeClassicLinkInstances",
            params,
            [("item", Instance)],
            filters,
            max_results,
            next_token,
        )

    def get_all_instance_types(self) -> ResultSet[InstanceType]:
        """The instance types of the region: every page of DescribeInstanceTypes (boto 2 read
        one answer, which was whole on Eucalyptus; EC2 pages it, 100 types at a time)."""

        from boto.ec2.instancetype import InstanceType

        markers = [("item", InstanceType)]
        types = self.get_list("DescribeInstanceTypes", {}, markers, verb="POST")
        while types.next_token:
            params = {"NextToken": types.next_token}
            page = self.get_list("DescribeInstanceTypes", params, markers, verb="POST")
            types.extend(page)
            types.next_token = page.next_token
        return types

    # --- images and snapshots ------------------------------------------------------------

    def copy_image(
        self,
        source_region: str,
        source_image_id: str,
        name: str | None = None,
        description: str | None = None,
        client_token: str | None = None,
        dry_run: bool = False,
        encrypted: bool | None = None,
        kms_key_id: str | None = None,
    ) -> CopyImage:
        """Copy an image from `source_region` into this connection's region; the answer's
        `image_id` is the copy's."""
        from boto.ec2.image import CopyImage

        params = self._base_params(dry_run)
        params["SourceRegion"] = source_region
        params["SourceImageId"] = source_image_id
        optional = {
            "Name": name,
            "Description": description,
            "ClientToken": client_token,
            "KmsKeyId": kms_key_id,
        }
        params.update((key, value) for key, value in optional.items() if value is not None)
        if encrypted is not None:
            params["Encrypted"] = "true" if encrypted else "false"
        return self.get_object("CopyImage", params, CopyImage, verb="POST")

    def copy_snapshot(
        self,
        source_region: str,
        source_snapshot_id: str,
        description: str | None = None,
        dry_run: bool = False,
    ) -> str:
        """Copy a snapshot from `source_region` into this region; the copy's id."""
        params = self._base_params(dry_run)
        params["SourceRegion"] = source_region
        params["SourceSnapshotId"] = source_snapshot_id
        if description is not None:
            params["Description"] = description
        return self.get_object("CopySnapshot", params, Snapshot, verb="POST").id

    def get_all_kernels(
        self,
        kernel_ids: list[str] | None = None,
        owners: list[str] | None = None,
        dry_run: bool = False,
    ) -> ResultSet[Image]:
        """Kernel images (DescribeImages with `image-type` = kernel)."""
        params = self._base_params(dry_run, ImageId=kernel_ids, Owner=_as_list(owners))
        return self._describe("DescribeImages", params, [("item", Image)], {"image-type": "kernel"})

    def get_all_ramdisks(
        self,
        ramdisk_ids: list[str] | None = None,
        owners: list[str] | None = None,
        dry_run: bool = False,
    ) -> ResultSet[Image]:
        """RAM disk images (DescribeImages with `image-type` = ramdisk)."""
        params = self._base_params(dry_run, ImageId=ramdisk_ids, Owner=_as_list(owners))
        return self._describe(
            "DescribeImages", params, [("item", Image)], {"image-type": "ramdisk"}
        )

    def trim_snapshots(
        self,
        hourly_backups: int = 8,
        daily_backups: int = 7,
        weekly_backups: int = 4,
        monthly_backups: bool | int = True,
    ) -> None:
        """Thin out this account's snapshots of each named volume (the `Name` tag): keep the
        oldest snapshot after each of the last `hourly_backups` hours, `daily_backups`
        midnights, `weekly_backups` Sundays and month starts (all of them when
        `monthly_backups` is True, else that many), and always the newest one; a snapshot
        tagged `preserve_snapshot` is never deleted."""
        from datetime import UTC, datetime, timedelta

        import boto
        from boto.utils import parse_ts

        now = datetime.now(UTC).replace(tzinfo=None)
        hour = now.replace(minute=0, second=0, microsecond=0)
        midnight = hour.replace(hour=0)
        sunday = midnight - timedelta(days=(now.weekday() + 1) % 7)
        cutoffs = {hour - timedelta(hours=n) for n in range(hourly_backups)}
        cutoffs |= {midnight - timedelta(days=n) for n in range(daily_backups)}
        cutoffs |= {sunday - timedelta(weeks=n) for n in range(weekly_backups)}
        month = midnight.replace(day=1)
        months = 0
        while month > datetime(2007, 1, 1) and (
            monthly_backups is True or months < monthly_backups
        ):
            cutoffs.add(month)
            months += 1
            month = (month - timedelta(days=1)).replace(day=1)
        periods = sorted(cutoffs)

        by_volume: dict[str, list[Snapshot]] = {}
        for snapshot in sorted(self.get_all_snapshots(owner="self"), key=_start_time):
            name = snapshot.tags.get("Name")
            if name:
                by_volume.setdefault(name, []).append(snapshot)
        for snapshots in by_volume.values():
            period = 0
            kept_in_period = False
            for snapshot in snapshots[:-1]:  # the newest is always kept
                taken = parse_ts(snapshot.start_time or "")
                while period < len(periods) and taken >= periods[period]:
                    period += 1
                    kept_in_period = False
                if period >= len(periods):
                    break
                if not kept_in_period:
                    kept_in_period = True  # the oldest snapshot of its period stays
                    continue
                if snapshot.tags.get("preserve_snapshot"):
                    continue
                try:
                    self.delete_snapshot(snapshot.id)
                    boto.log.info("Trimmed snapshot %s (%s)", name, snapshot.start_time)
                except EC2ResponseError:
                    boto.log.error(
                        "Attempt to trim snapshot %s (%s) failed", name, snapshot.start_time
                    )

    # --- account and VPC attributes ------------------------------------------------------

    def describe_account_attributes(
        self, attribute_names: list[str] | None = None, dry_run: bool = False
    ) -> ResultSet[AccountAttribute]:
        from boto.ec2.attributes import AccountAttribute

        params = self._base_params(dry_run, AttributeName=attribute_names)
        return self.get_list(
            "DescribeAccountAttributes", params, [("item", AccountAttribute)], verb="POST"
        )

    def describe_vpc_attribute(
        self, vpc_id: str, attribute: str | None = None, dry_run: bool = False
    ) -> VPCAttribute:
        """One DNS attribute of a VPC (`enableDnsSupport` or `enableDnsHostnames`)."""
        from boto.ec2.attributes import VPCAttribute

        params = self._base_params(dry_run)
        params["VpcId"] = vpc_id
        if attribute is not None:
            params["Attribute"] = attribute
        return self.get_object("DescribeVpcAttribute", params, VPCAttribute, verb="POST")

    def modify_vpc_attribute(
        self,
        vpc_id: str,
        enable_dns_support: bool | None = None,
        enable_dns_hostnames: bool | None = None,
        dry_run: bool = False,
    ) -> bool:
        params = self._base_params(dry_run)
        params["VpcId"] = vpc_id
        if enable_dns_support is not None:
            params["EnableDnsSupport.Value"] = "true" if enable_dns_support else "false"
        if enable_dns_hostnames is not None:
            params["EnableDnsHostnames.Value"] = "true" if enable_dns_hostnames else "false"
        return self.get_status("ModifyVpcAttribute", params, verb="POST")

    # --- security groups: boto 2's older calls ---------------------------------------------

    def _deprecated_group_params(
        self,
        group_name: str,
        src_security_group_name: str | None,
        src_security_group_owner_id: str | None,
        ip_protocol: str | None,
        from_port: Port,
        to_port: Port,
        cidr_ip: str | None,
        dry_run: bool,
    ) -> dict[str, Any]:
        params = self._base_params(dry_run)
        params["GroupName"] = group_name
        optional = {
            "SourceSecurityGroupName": src_security_group_name,
            "SourceSecurityGroupOwnerId": src_security_group_owner_id,
            "IpProtocol": ip_protocol,
            "FromPort": from_port,
            "ToPort": to_port,
            "CidrIp": cidr_ip,
        }
        params.update((key, str(value)) for key, value in optional.items() if value)
        return params

    def authorize_security_group_deprecated(
        self,
        group_name: str,
        src_security_group_name: str | None = None,
        src_security_group_owner_id: str | None = None,
        ip_protocol: str | None = None,
        from_port: Port = None,
        to_port: Port = None,
        cidr_ip: str | None = None,
        dry_run: bool = False,
    ) -> bool:
        """AuthorizeSecurityGroupIngress with the flat parameters of boto 2's first API
        (a group by name, one source group or one CIDR)."""
        params = self._deprecated_group_params(
            group_name,
            src_security_group_name,
            src_security_group_owner_id,
            ip_protocol,
            from_port,
            to_port,
            cidr_ip,
            dry_run,
        )
        return self.get_status("AuthorizeSecurityGroupIngress", params, verb="POST")

    def revoke_security_group_deprecated(
        self,
        group_name: str,
        src_security_group_name: str | None = None,
        src_security_group_owner_id: str | None = None,
        ip_protocol: str | None = None,
        from_port: Port = None,
        to_port: Port = None,
        cidr_ip: str | None = None,
        dry_run: bool = False,
    ) -> bool:
        params = self._deprecated_group_params(
            group_name,
            src_security_group_name,
            src_security_group_owner_id,
            ip_protocol,
            from_port,
            to_port,
            cidr_ip,
            dry_run,
        )
        return self.get_status("RevokeSecurityGroupIngress", params, verb="POST")


class _DescribedRegion(EC2RegionInfo):
    """A DescribeRegions item: keeps the nested `geographySet` names apart, since
    RegionInfo itself would take their `name` for the region's."""

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name == "geographySet":
            self.geography = GeographySet()
            return self.geography
        return super().startElement(name, attrs, connection)


def _start_time(snapshot: Snapshot) -> str:
    return snapshot.start_time or ""


def _as_list(value: str | list[str] | None) -> list[str] | None:
    """boto 2 took one string or a list for owners and restorers."""
    return [value] if isinstance(value, str) else value


def _base64(data: bytes) -> str:
    from base64 import b64encode

    return b64encode(data).decode("ascii")


def _group_ref(group: str | SecurityGroup, attribute: str) -> str:
    """A group given by name/id or as a SecurityGroup object, as the API wants it."""
    return getattr(group, attribute) if isinstance(group, SecurityGroup) else group
