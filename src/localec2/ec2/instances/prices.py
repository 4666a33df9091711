"""What an instance type costs per hour On-Demand, as localec2 prices it: derived from the
instance-type catalogue (vCPUs, memory, architecture), the same in every region.

EC2 publishes no price through its API; Reserved Instance offerings and the Spot price
history need one. reconstructed: the model below fits AWS's published Linux prices of the
m5, c5 and r5 families (about $0.037 per vCPU-hour plus $0.00275 per GiB-hour), burstable
types at about $0.0104 per GiB-hour (t3), Graviton (arm64) types 20% cheaper, and Windows
about $0.046 per vCPU-hour more.
"""

from __future__ import annotations

from functools import cache

from .. import catalogs

# The product descriptions EC2's model lists for Reserved Instances and Spot prices
# (RIProductDescription), Linux first.
PRODUCT_DESCRIPTIONS = ("Linux/UNIX", "Linux/UNIX (Amazon VPC)", "Windows", "Windows (Amazon VPC)")
_PER_VCPU = 0.037
_PER_GIB = 0.00275
_BURSTABLE_PER_GIB = 0.0104
_ARM_FACTOR = 0.8
_WINDOWS_PER_VCPU = 0.046


@cache
def _linux_price(instance_type: str) -> float:
    info = catalogs.instance_types()[instance_type]
    vcpus = info["VCpuInfo"]["DefaultVCpus"]
    gib = info["MemoryInfo"]["SizeInMiB"] / 1024
    if info.get("BurstablePerformanceSupported"):
        price = _BURSTABLE_PER_GIB * gib
    else:
        price = _PER_VCPU * vcpus + _PER_GIB * gib
    if info["ProcessorInfo"]["SupportedArchitectures"] == ["arm64"]:
        price *= _ARM_FACTOR
    return price


def is_windows(product_description: str) -> bool:
    return product_description.startswith("Windows")


def on_demand_price(instance_type: str, product_description: str = "Linux/UNIX") -> float:
    """The hourly On-Demand price in USD (rounded to the tenth of a cent's tenth)."""
    price = _linux_price(instance_type)
    if is_windows(product_description):
        vcpus = catalogs.instance_types()[instance_type]["VCpuInfo"]["DefaultVCpus"]
        price += _WINDOWS_PER_VCPU * vcpus
    return round(price, 4)


def format_price(price: float) -> str:
    """A price as EC2 writes Spot prices: six decimals (`0.031200`)."""
    return f"{price:.6f}"
