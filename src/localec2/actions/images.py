"""DescribeImages, CreateImage, RegisterImage, DeregisterImage, DescribeImageAttribute,
ModifyImageAttribute, ResetImageAttribute, CopyImage.

The rules are `ec2.images` (which images an account sees), `ec2.image_registry` (making and
deregistering them), `ec2.images.attributes` and `ec2.images.copies`.
"""

from __future__ import annotations

from ..ec2.context import Context
from ..ec2.filters import apply_filters, fields, paginate
from ..ec2.images import attributes as image_attributes
from ..ec2.images import copies as image_copies
from ..ec2.images import registry as image_registry
from ..ec2.images.lookup import described_images
from ..protocol import shapes
from .registry import action

_FILTERS = fields(
    {
        "architecture": "Architecture",
        "creation-date": "CreationDate",
        "description": "Description",
        "ena-support": "EnaSupport",
        "hypervisor": "Hypervisor",
        "image-id": "ImageId",
        "image-type": "ImageType",
        "is-public": "Public",
        "kernel-id": "KernelId",
        "ramdisk-id": "RamdiskId",
        "name": "Name",
        "owner-alias": "ImageOwnerAlias",
        "owner-id": "OwnerId",
        "platform": "Platform",
        "platform-details": "PlatformDetails",
        "root-device-name": "RootDeviceName",
        "root-device-type": "RootDeviceType",
        "source-instance-id": "SourceInstanceId",
        "state": "State",
        "usage-operation": "UsageOperation",
        "virtualization-type": "VirtualizationType",
        "block-device-mapping.delete-on-termination": "BlockDeviceMappings.Ebs.DeleteOnTermination",
        "block-device-mapping.device-name": "BlockDeviceMappings.DeviceName",
        "block-device-mapping.snapshot-id": "BlockDeviceMappings.Ebs.SnapshotId",
        "block-device-mapping.volume-size": "BlockDeviceMappings.Ebs.VolumeSize",
        "block-device-mapping.volume-type": "BlockDeviceMappings.Ebs.VolumeType",
        "block-device-mapping.encrypted": "BlockDeviceMappings.Ebs.Encrypted",
    }
)


@action("DescribeImages")
def describe_images(
    ctx: Context, params: shapes.DescribeImagesRequest
) -> shapes.DescribeImagesResult:
    images = described_images(
        ctx.tx,
        params.get("ImageIds") or [],
        params.get("Owners") or [],
        params.get("ExecutableUsers") or [],
    )
    images = apply_filters(images, params.get("Filters"), _FILTERS)
    page, token = paginate(images, params.get("MaxResults"), params.get("NextToken"))
    result: shapes.DescribeImagesResult = {"Images": page}
    if token is not None:
        result["NextToken"] = token
    return result


@action("CreateImage")
def create_image(ctx: Context, params: shapes.CreateImageRequest) -> shapes.CreateImageResult:
    image = image_registry.create_image(
        ctx,
        params["InstanceId"],
        params["Name"],
        params.get("Description"),
        params.get("TagSpecifications"),
    )
    return {"ImageId": image["ImageId"]}


@action("RegisterImage")
def register_image(ctx: Context, params: shapes.RegisterImageRequest) -> shapes.RegisterImageResult:
    image = image_registry.register_image(
        ctx,
        name=params["Name"],
        architecture=params.get("Architecture"),
        root_device_name=params.get("RootDeviceName"),
        block_device_mappings=params.get("BlockDeviceMappings") or [],
        virtualization_type=params.get("VirtualizationType"),
        image_location=params.get("ImageLocation"),
        kernel_id=params.get("KernelId"),
        ramdisk_id=params.get("RamdiskId"),
        boot_mode=params.get("BootMode"),
        sriov_net_support=params.get("SriovNetSupport"),
        ena_support=params.get("EnaSupport"),
        description=params.get("Description"),
        tag_specifications=params.get("TagSpecifications"),
    )
    return {"ImageId": image["ImageId"]}


@action("DeregisterImage")
def deregister_image(
    ctx: Context, params: shapes.DeregisterImageRequest
) -> shapes.DeregisterImageResult:
    results = image_registry.deregister_image(
        ctx, params["ImageId"], params.get("DeleteAssociatedSnapshots", False)
    )
    answer: shapes.DeregisterImageResult = {"Return": True}
    if results is not None:
        answer["DeleteSnapshotResults"] = results
    return answer


@action("DescribeImageAttribute")
def describe_image_attribute(
    ctx: Context, params: shapes.DescribeImageAttributeRequest
) -> shapes.ImageAttribute:
    return image_attributes.image_attribute(ctx.tx, params["ImageId"], params["Attribute"])


@action("ModifyImageAttribute")
def modify_image_attribute(ctx: Context, params: shapes.ModifyImageAttributeRequest) -> None:
    permissions = params.get("LaunchPermission") or {}
    image_attributes.modify_image_attribute(
        ctx.tx,
        params["ImageId"],
        attribute=params.get("Attribute"),
        value=params.get("Value"),
        description=(params.get("Description") or {}).get("Value"),
        imds_support=(params.get("ImdsSupport") or {}).get("Value"),
        add=permissions.get("Add") or [],
        remove=permissions.get("Remove") or [],
        user_ids=params.get("UserIds") or [],
        user_groups=params.get("UserGroups") or [],
        operation_type=params.get("OperationType"),
    )


@action("ResetImageAttribute")
def reset_image_attribute(ctx: Context, params: shapes.ResetImageAttributeRequest) -> None:
    image_attributes.reset_launch_permissions(ctx.tx, params["ImageId"])


@action("CopyImage")
def copy_image(ctx: Context, params: shapes.CopyImageRequest) -> shapes.CopyImageResult:
    request = image_copies.ImageCopy(
        source_region=params["SourceRegion"],
        source_image_id=params["SourceImageId"],
        name=params["Name"],
        description=params.get("Description"),
        encrypted=params.get("Encrypted", False),
        kms_key_id=params.get("KmsKeyId"),
        client_token=params.get("ClientToken"),
        copy_image_tags=params.get("CopyImageTags", False),
        tag_specifications=params.get("TagSpecifications") or (),
    )
    return {"ImageId": image_copies.copy_image(ctx, request)["ImageId"]}
