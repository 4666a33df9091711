"""DescribeInstanceTypes, from the instance type catalog."""

from __future__ import annotations

from .. import catalogs
from ..errors import EC2Error
from ..filters import apply_filters, paginate
from ..registry import Context, action

_FILTERS = {
    "instance-type": lambda t: t["InstanceType"],
    "current-generation": lambda t: t["CurrentGeneration"],
    "free-tier-eligible": lambda t: t["FreeTierEligible"],
    "bare-metal": lambda t: t["BareMetal"],
    "burstable-performance-supported": lambda t: t["BurstablePerformanceSupported"],
    "dedicated-hosts-supported": lambda t: t["DedicatedHostsSupported"],
    "auto-recovery-supported": lambda t: t["AutoRecoverySupported"],
    "hibernation-supported": lambda t: t["HibernationSupported"],
    "hypervisor": lambda t: t["Hypervisor"],
    "instance-storage-supported": lambda t: t["InstanceStorageSupported"],
    "memory-info.size-in-mib": lambda t: t["MemoryInfo"]["SizeInMiB"],
    "network-info.network-performance": lambda t: t["NetworkInfo"]["NetworkPerformance"],
    "network-info.maximum-network-interfaces": lambda t: t["NetworkInfo"][
        "MaximumNetworkInterfaces"
    ],
    "network-info.ipv6-supported": lambda t: t["NetworkInfo"]["Ipv6Supported"],
    "processor-info.supported-architecture": lambda t: t["ProcessorInfo"][
        "SupportedArchitectures"
    ],
    "processor-info.sustained-clock-speed-in-ghz": lambda t: t["ProcessorInfo"].get(
        "SustainedClockSpeedInGhz"
    ),
    "supported-boot-mode": lambda t: t["SupportedBootModes"],
    "supported-root-device-type": lambda t: t["SupportedRootDeviceTypes"],
    "supported-usage-class": lambda t: t["SupportedUsageClasses"],
    "supported-virtualization-type": lambda t: t["SupportedVirtualizationTypes"],
    "vcpu-info.default-vcpus": lambda t: t["VCpuInfo"]["DefaultVCpus"],
    "vcpu-info.default-cores": lambda t: t["VCpuInfo"]["DefaultCores"],
    "vcpu-info.default-threads-per-core": lambda t: t["VCpuInfo"]["DefaultThreadsPerCore"],
}
MAX_RESULTS = 100


@action("DescribeInstanceTypes")
def describe_instance_types(ctx: Context, params: dict) -> dict:
    catalog = catalogs.instance_types()
    names = params.get("InstanceTypes") or []
    unknown = [name for name in names if name not in catalog]
    if unknown:
        raise EC2Error(
            "InvalidInstanceType",
            f"The following supplied instance types do not exist: [{', '.join(unknown)}]",
        )
    types = [catalog[name] for name in dict.fromkeys(names)] if names else list(catalog.values())
    types = apply_filters(types, params.get("Filters"), _FILTERS)
    page, token = paginate(
        types, params.get("MaxResults"), params.get("NextToken"), maximum=MAX_RESULTS
    )
    return {"InstanceTypes": page, "NextToken": token}
