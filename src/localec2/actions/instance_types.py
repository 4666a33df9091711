"""DescribeInstanceTypes and DescribeInstanceTypeOfferings, from the instance type catalog."""

from __future__ import annotations

from ..ec2.context import Context
from ..ec2.filters import apply_filters, fields, paginate
from ..ec2.instances.instance_types import MAX_RESULTS, requested_instance_types
from ..ec2.instances.offerings import type_offerings
from ..protocol import shapes
from .registry import action

_FILTERS = fields(
    {
        "instance-type": "InstanceType",
        "current-generation": "CurrentGeneration",
        "free-tier-eligible": "FreeTierEligible",
        "bare-metal": "BareMetal",
        "burstable-performance-supported": "BurstablePerformanceSupported",
        "dedicated-hosts-supported": "DedicatedHostsSupported",
        "auto-recovery-supported": "AutoRecoverySupported",
        "hibernation-supported": "HibernationSupported",
        "hypervisor": "Hypervisor",
        "instance-storage-supported": "InstanceStorageSupported",
        "memory-info.size-in-mib": "MemoryInfo.SizeInMiB",
        "network-info.network-performance": "NetworkInfo.NetworkPerformance",
        "network-info.maximum-network-interfaces": "NetworkInfo.MaximumNetworkInterfaces",
        "network-info.ipv6-supported": "NetworkInfo.Ipv6Supported",
        "processor-info.supported-architecture": "ProcessorInfo.SupportedArchitectures",
        "processor-info.sustained-clock-speed-in-ghz": "ProcessorInfo.SustainedClockSpeedInGhz",
        "supported-boot-mode": "SupportedBootModes",
        "supported-root-device-type": "SupportedRootDeviceTypes",
        "supported-usage-class": "SupportedUsageClasses",
        "supported-virtualization-type": "SupportedVirtualizationTypes",
        "vcpu-info.default-vcpus": "VCpuInfo.DefaultVCpus",
        "vcpu-info.default-cores": "VCpuInfo.DefaultCores",
        "vcpu-info.default-threads-per-core": "VCpuInfo.DefaultThreadsPerCore",
    }
)


@action("DescribeInstanceTypes")
def describe_instance_types(
    ctx: Context, params: shapes.DescribeInstanceTypesRequest
) -> shapes.DescribeInstanceTypesResult:
    types = requested_instance_types(params.get("InstanceTypes", ()))
    types = apply_filters(types, params.get("Filters"), _FILTERS)
    page, token = paginate(
        types, params.get("MaxResults"), params.get("NextToken"), maximum=MAX_RESULTS
    )
    result: shapes.DescribeInstanceTypesResult = {"InstanceTypes": page}
    if token is not None:
        result["NextToken"] = token
    return result


_OFFERING_FILTERS = fields({"location": "Location", "instance-type": "InstanceType"})


@action("DescribeInstanceTypeOfferings")
def describe_instance_type_offerings(
    ctx: Context, params: shapes.DescribeInstanceTypeOfferingsRequest
) -> shapes.DescribeInstanceTypeOfferingsResult:
    offerings = type_offerings(ctx.region, params.get("LocationType", "region"))
    offerings = apply_filters(offerings, params.get("Filters"), _OFFERING_FILTERS)
    page, token = paginate(offerings, params.get("MaxResults"), params.get("NextToken"))
    result: shapes.DescribeInstanceTypeOfferingsResult = {"InstanceTypeOfferings": page}
    if token is not None:
        result["NextToken"] = token
    return result
