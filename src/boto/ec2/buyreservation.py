"""boto 2's interactive Reserved Instance purchase (`python -m boto.ec2.buyreservation`):
asks for a region, instance type, zone and quantity, lists the offerings and buys one."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    from typing import Any

InstanceTypes = [
    "m1.small",
    "m1.large",
    "m1.xlarge",
    "c1.medium",
    "c1.xlarge",
    "m2.xlarge",
    "m2.2xlarge",
    "m2.4xlarge",
    "cc1.4xlarge",
    "t1.micro",
]


def _choose(prompt: str, choices: list[Any], label: Any = str) -> Any:
    for number, choice in enumerate(choices, start=1):
        print("[%d] %s" % (number, label(choice)))
    while True:
        answer = input("%s [1-%d]: " % (prompt, len(choices))).strip()
        if answer.isdigit() and 1 <= int(answer) <= len(choices):
            return choices[int(answer) - 1]


class BuyReservation:
    """Fills in the `params` it is given (region, instance_type, zone, quantity) by asking."""

    ec2: Any

    def get_region(self, params: dict[str, Any]) -> None:
        if not params.get("region"):
            import boto.ec2

            params["region"] = _choose("EC2 Region", boto.ec2.regions(), lambda r: r.name)

    def get_instance_type(self, params: dict[str, Any]) -> None:
        if not params.get("instance_type"):
            params["instance_type"] = _choose("Instance Type", InstanceTypes)

    def get_quantity(self, params: dict[str, Any]) -> None:
        while not params.get("quantity"):
            answer = input("Number of Instances: ").strip()
            if answer.isdigit():
                params["quantity"] = int(answer)

    def get_zone(self, params: dict[str, Any]) -> None:
        if not params.get("zone"):
            zones = list(self.ec2.get_all_zones())
            params["zone"] = _choose("EC2 Availability Zone", zones, lambda z: z.name)

    def get(self, params: dict[str, Any]) -> None:
        self.get_region(params)
        self.ec2 = params["region"].connect()
        self.get_instance_type(params)
        self.get_zone(params)
        self.get_quantity(params)


def main() -> None:
    buyer = BuyReservation()
    params: dict[str, Any] = {}
    buyer.get(params)
    offerings = buyer.ec2.get_all_reserved_instances_offerings(
        instance_type=params["instance_type"], availability_zone=params["zone"].name
    )
    print("\nThe following Reserved Instances Offerings are available:\n")
    for offering in offerings:
        offering.describe()
    offering = _choose("Offering", list(offerings), lambda o: o.id)
    print("\nYou have chosen this offering:")
    offering.describe()
    total = float(offering.fixed_price) * params["quantity"]
    print(
        "!!! You are about to purchase %d of these offerings for a total of $%.2f !!!"
        % (params["quantity"], total)
    )
    if input("Are you sure you want to do this?  If so, enter YES: ").strip().lower() == "yes":
        offering.purchase(params["quantity"])
    else:
        print("Purchase cancelled")


if __name__ == "__main__":
    main()
