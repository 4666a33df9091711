"""DescribeInstanceTypes, from the instance type catalog."""

from __future__ import annotations

from .. import errors
from ..ec2 import catalogs
from ..ec2.context import Context
from ..ec2.filters import apply_filters, fields, paginate
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
MAX_RESULTS = 100


@action("DescribeInstanceTypes")
def describe_instance_types(ctx: Context, params: dict) -> dict:
    catalog = catalogs.instance_types()
    names = params.get("InstanceTypes") or []
    catalogs.check_known(
        catalog,
        names,
        lambda unknown: errors.InvalidInstanceType(
            f"The following supplied instance types do not exist: [{', '.join(unknown)}]",
        ),
    )
    types = [catalog[name] for name in dict.fromkeys(names)] if names else list(catalog.values())
    types = apply_filters(types, params.get("Filters"), _FILTERS)
    page, token = paginate(
        types, params.get("MaxResults"), params.get("NextToken"), maximum=MAX_RESULTS
    )
    return {"InstanceTypes": page, "NextToken": token}
