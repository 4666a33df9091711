"""The built-in catalogs (regions and zones, instance types, images), read once from `data/`.

They are data, not code: each JSON file is loaded the first time it is needed and kept.
Images get per-region ids derived from the region and the image name, so every region has
its own, stable ids of the real form.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from importlib import resources
from typing import Any, NotRequired, TypedDict

from ..protocol import shapes
from ..state.ids import derived_id
from .documents import ImageDoc

AMAZON_OWNER_ALIAS = "amazon"


class Zone(TypedDict):
    ZoneName: str
    ZoneId: str


class RegionEntry(TypedDict):
    """A region of `regions.json`."""

    RegionName: str
    OptIn: bool
    Geography: str
    Zones: list[Zone]


class _ImageTemplate(TypedDict):
    """An image of `images.json`: what differs between the built-in public images."""

    Name: str
    Architecture: str
    OwnerId: str
    RootDeviceName: str
    Description: str
    CreationDate: str
    PlatformDetails: str
    UsageOperation: str
    VolumeSize: int
    ImageOwnerAlias: NotRequired[str]
    Platform: NotRequired[str]
    BootMode: NotRequired[str]
    ImageType: NotRequired[str]  # "kernel" or "ramdisk"; a machine image otherwise
    ImageLocation: NotRequired[str]
    ImdsSupport: NotRequired[str]


def _load(name: str) -> Any:  # parsed JSON: each caller names what its file holds
    return json.loads(resources.files("localec2.data").joinpath(name).read_text("utf-8"))


def check_known(
    catalog: Mapping[str, object], names: Sequence[str], error: Callable[[list[str]], Exception]
) -> None:
    """Raise `error(unknown names)` if a request names something the catalog lacks."""
    unknown = [name for name in names if name not in catalog]
    if unknown:
        raise error(unknown)


@cache
def regions() -> dict[str, RegionEntry]:
    """Region name -> {RegionName, OptIn, Geography, Zones: [{ZoneName, ZoneId}]}."""
    entries: list[RegionEntry] = _load("regions.json")["Regions"]
    return {region["RegionName"]: region for region in entries}


def zones(region: str) -> list[Zone]:
    """The region's zones; a region missing from the catalog gets three of the usual form."""
    known = regions().get(region)
    if known is not None:
        return known["Zones"]
    short = "".join(part[0] for part in region.split("-")[:-1]) + region.rsplit("-", 1)[-1]
    return [
        {"ZoneName": f"{region}{letter}", "ZoneId": f"{short}-az{n}"}
        for n, letter in enumerate("abc", start=1)
    ]


@cache
def instance_types() -> dict[str, shapes.InstanceTypeInfo]:
    """Instance type name -> its `InstanceTypeInfo` document."""
    entries: list[shapes.InstanceTypeInfo] = _load("instance_types.json")["InstanceTypes"]
    return {t["InstanceType"]: t for t in entries}


@cache
def _image_templates() -> list[_ImageTemplate]:
    templates: list[_ImageTemplate] = _load("images.json")["Images"]
    return templates


@cache
def images(region: str) -> dict[str, ImageDoc]:
    """Image id -> the built-in public `Image` document as the region has it."""
    out: dict[str, ImageDoc] = {}
    for template in _image_templates():
        image = _public_image(region, template)
        out[image["ImageId"]] = image
    return out


# The id prefix of each image type.
_PREFIXES = {"machine": "ami", "kernel": "aki", "ramdisk": "ari"}


def _public_image(region: str, template: _ImageTemplate) -> ImageDoc:
    image = _machine_image(region, template)
    image_type = template.get("ImageType", "machine")
    if image_type == "machine":
        return image
    # A kernel or RAM disk image (aki-, ari-): paravirtual, in S3, with no block devices.
    return {
        **image,
        "ImageId": derived_id(_PREFIXES[image_type], region, template["Name"]),
        "ImageType": image_type,
        "ImageLocation": template.get("ImageLocation", image["ImageLocation"]),
        "RootDeviceType": "instance-store",
        "VirtualizationType": "paravirtual",
        "BlockDeviceMappings": [],
        "EnaSupport": False,
    }


def _machine_image(region: str, template: _ImageTemplate) -> ImageDoc:
    name = template["Name"]
    image_id = derived_id("ami", region, name)
    owner = template["OwnerId"]
    image: ImageDoc = {
        "ImageId": image_id,
        "ImageLocation": f"{template.get('ImageOwnerAlias') or owner}/{name}",
        "State": "available",
        "OwnerId": owner,
        "CreationDate": template["CreationDate"],
        "Public": True,
        "Architecture": template["Architecture"],
        "ImageType": "machine",
        "Name": name,
        "Description": template["Description"],
        "RootDeviceName": template["RootDeviceName"],
        "RootDeviceType": "ebs",
        "VirtualizationType": "hvm",
        "Hypervisor": "xen",
        "EnaSupport": True,
        "SriovNetSupport": "simple",
        "PlatformDetails": template["PlatformDetails"],
        "UsageOperation": template["UsageOperation"],
        "BlockDeviceMappings": [
            {
                "DeviceName": template["RootDeviceName"],
                "Ebs": {
                    "DeleteOnTermination": True,
                    "SnapshotId": derived_id("snap", region, name),
                    "VolumeSize": template["VolumeSize"],
                    "VolumeType": "gp3" if "gp2" not in name else "gp2",
                    "Encrypted": False,
                },
            }
        ],
        "Tags": [],
    }
    if "ImageOwnerAlias" in template:
        image["ImageOwnerAlias"] = template["ImageOwnerAlias"]
    if "Platform" in template:
        image["Platform"] = template["Platform"]
    if "BootMode" in template:
        image["BootMode"] = template["BootMode"]
    if "ImdsSupport" in template:
        image["ImdsSupport"] = template["ImdsSupport"]
    return image
