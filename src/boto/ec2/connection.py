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

    from boto.ec2.networkinterface import NetworkInterfaceCollection

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


class _DescribedRegion(EC2RegionInfo):
    """A DescribeRegions item: keeps the nested `geographySet` names apart, since
    RegionInfo itself would take their `name` for the region's."""

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name == "geographySet":
            self.geography = GeographySet()
            return self.geography
        return super().startElement(name, attrs, connection)


def _as_list(value: str | list[str] | None) -> list[str] | None:
    """boto 2 took one string or a list for owners and restorers."""
    return [value] if isinstance(value, str) else value


def _base64(data: bytes) -> str:
    from base64 import b64encode

    return b64encode(data).decode("ascii")


def _group_ref(group: str | SecurityGroup, attribute: str) -> str:
    """A group given by name/id or as a SecurityGroup object, as the API wants it."""
    return getattr(group, attribute) if isinstance(group, SecurityGroup) else group
