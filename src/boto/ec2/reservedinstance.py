"""Reserved Instances: offerings, the reservations bought, Marketplace listings and
modifications."""

from __future__ import annotations

from boto.ec2.ec2object import EC2Object
from boto.handler import is_true, set_leaf
from boto.resultset import ResultSet

TYPE_CHECKING = False
if TYPE_CHECKING:  # annotations only: keep `typing` out of the import path
    import datetime
    from typing import Any, ClassVar

    from boto.handler import LeafField


def _timestamp(value: str) -> datetime.datetime:
    from boto.utils import parse_ts

    return parse_ts(value)


class ReservedInstancesOffering(EC2Object):
    """An offering of Reserved Instances (DescribeReservedInstancesOfferings)."""

    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "reservedInstancesOfferingId": "id",
        "instanceType": "instance_type",
        "availabilityZone": "availability_zone",
        "duration": ("duration", int),
        "fixedPrice": "fixed_price",
        "usagePrice": "usage_price",
        "productDescription": "description",
        "instanceTenancy": "instance_tenancy",
        "currencyCode": "currency_code",
        "offeringType": "offering_type",
        "marketplace": ("marketplace", is_true),
    }

    def __init__(
        self,
        connection: Any = None,
        id: str | None = None,
        instance_type: str | None = None,
        availability_zone: str | None = None,
        duration: int | None = None,
        fixed_price: str | None = None,
        usage_price: str | None = None,
        description: str | None = None,
        instance_tenancy: str | None = None,
        currency_code: str | None = None,
        offering_type: str | None = None,
        recurring_charges: ResultSet[RecurringCharge] | None = None,
        pricing_details: ResultSet[PricingDetail] | None = None,
    ) -> None:
        super().__init__(connection)
        self.id = id
        self.instance_type = instance_type
        self.availability_zone = availability_zone
        self.duration = duration
        self.fixed_price = fixed_price
        self.usage_price = usage_price
        self.description = description
        self.instance_tenancy = instance_tenancy
        self.currency_code = currency_code
        self.offering_type = offering_type
        self.recurring_charges = recurring_charges
        self.pricing_details = pricing_details

    # Set when the response has it.
    marketplace: bool

    def __repr__(self) -> str:
        return "ReservedInstanceOffering:%s" % self.id

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name == "recurringCharges":
            self.recurring_charges = ResultSet([("item", RecurringCharge)])
            return self.recurring_charges
        if name == "pricingDetailsSet":
            self.pricing_details = ResultSet([("item", PricingDetail)])
            return self.pricing_details
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        # boto 2 kept no other element of an offering.
        set_leaf(self, name, value)

    def describe(self) -> None:
        """Print the offering (boto 2's helper for `buyreservation`)."""
        print("ID=%s" % self.id)
        print("\tInstance Type=%s" % self.instance_type)
        print("\tZone=%s" % self.availability_zone)
        print("\tDuration=%s" % self.duration)
        print("\tFixed Price=%s" % self.fixed_price)
        print("\tUsage Price=%s" % self.usage_price)
        print("\tDescription=%s" % self.description)

    def purchase(self, instance_count: int = 1, dry_run: bool = False) -> ReservedInstance:
        return self.connection.purchase_reserved_instance_offering(
            self.id,  # type: ignore[arg-type]
            instance_count,
            dry_run=dry_run,
        )


class RecurringCharge:
    """A recurring charge of an offering: `frequency` and `amount` (as EC2 spells them)."""

    def __init__(
        self, connection: Any = None, frequency: str | None = None, amount: str | None = None
    ) -> None:
        self.frequency = frequency
        self.amount = amount

    def startElement(self, name: str, attrs: Any, connection: Any) -> None:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        setattr(self, name, value)


class PricingDetail:
    """A Marketplace price of an offering: `price` and `count`."""

    def __init__(
        self, connection: Any = None, price: str | None = None, count: str | None = None
    ) -> None:
        self.price = price
        self.count = count

    def startElement(self, name: str, attrs: Any, connection: Any) -> None:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        setattr(self, name, value)


class ReservedInstance(ReservedInstancesOffering):
    """Reserved Instances bought (DescribeReservedInstances, PurchaseReservedInstancesOffering)."""

    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        **ReservedInstancesOffering._leaf_fields,
        "reservedInstancesId": "id",
        "instanceCount": ("instance_count", int),
        "state": "state",
        "start": "start",
        "end": "end",
    }

    def __init__(
        self,
        connection: Any = None,
        id: str | None = None,
        instance_type: str | None = None,
        availability_zone: str | None = None,
        duration: int | None = None,
        fixed_price: str | None = None,
        usage_price: str | None = None,
        description: str | None = None,
        instance_count: int | None = None,
        state: str | None = None,
    ) -> None:
        super().__init__(
            connection,
            id,
            instance_type,
            availability_zone,
            duration,
            fixed_price,
            usage_price,
            description,
        )
        self.instance_count = instance_count
        self.state = state
        self.start: str | None = None
        self.end: str | None = None

    def __repr__(self) -> str:
        return "ReservedInstance:%s" % self.id

    def endElement(self, name: str, value: str, connection: Any) -> None:
        set_leaf(self, name, value)


class ReservedInstanceListing(EC2Object):
    """A listing of Reserved Instances on the Marketplace."""

    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "reservedInstancesListingId": "listing_id",
        "reservedInstancesId": "id",
        "createDate": "create_date",
        "updateDate": "update_date",
        "status": "status",
        "statusMessage": "status_message",
    }

    def __init__(
        self,
        connection: Any = None,
        listing_id: str | None = None,
        id: str | None = None,
        create_date: str | None = None,
        update_date: str | None = None,
        status: str | None = None,
        status_message: str | None = None,
        client_token: str | None = None,
    ) -> None:
        super().__init__(connection)
        self.listing_id = listing_id
        self.id = id
        self.create_date = create_date
        self.update_date = update_date
        self.status = status
        self.status_message = status_message
        self.client_token = client_token

    # Set when the response has them.
    instance_counts: ResultSet[InstanceCount]
    price_schedules: ResultSet[PriceSchedule]

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name == "instanceCounts":
            self.instance_counts = ResultSet([("item", InstanceCount)])
            return self.instance_counts
        if name == "priceSchedules":
            self.price_schedules = ResultSet([("item", PriceSchedule)])
            return self.price_schedules
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if not set_leaf(self, name, value):
            setattr(self, name, value)


class InstanceCount:
    """How many instances of a listing are in a state."""

    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "state": "state",
        "instanceCount": ("instance_count", int),
    }

    def __init__(
        self, connection: Any = None, state: str | None = None, instance_count: int | None = None
    ) -> None:
        self.state = state
        self.instance_count = instance_count

    def startElement(self, name: str, attrs: Any, connection: Any) -> None:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if not set_leaf(self, name, value):
            setattr(self, name, value)


class PriceSchedule:
    """A listing's price for a term (months left)."""

    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "term": ("term", int),
        "price": "price",
        "currencyCode": "currency_code",
        "active": ("active", is_true),
    }

    def __init__(
        self,
        connection: Any = None,
        term: int | None = None,
        price: str | None = None,
        currency_code: str | None = None,
        active: bool | None = None,
    ) -> None:
        self.connection = connection
        self.term = term
        self.price = price
        self.currency_code = currency_code
        self.active = active

    def startElement(self, name: str, attrs: Any, connection: Any) -> None:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if not set_leaf(self, name, value):
            setattr(self, name, value)


class ReservedInstancesConfiguration:
    """A target configuration of ModifyReservedInstances (also read back in results)."""

    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "availabilityZone": "availability_zone",
        "platform": "platform",
        "instanceCount": ("instance_count", int),
        "instanceType": "instance_type",
    }

    def __init__(
        self,
        connection: Any = None,
        availability_zone: str | None = None,
        platform: str | None = None,
        instance_count: int | None = None,
        instance_type: str | None = None,
    ) -> None:
        self.connection = connection
        self.availability_zone = availability_zone
        self.platform = platform
        self.instance_count = instance_count
        self.instance_type = instance_type

    def startElement(self, name: str, attrs: Any, connection: Any) -> None:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if not set_leaf(self, name, value):
            setattr(self, name, value)


class ModifyReservedInstancesResult:
    """ModifyReservedInstances' answer: the `modification_id`."""

    def __init__(self, connection: Any = None, modification_id: str | None = None) -> None:
        self.connection = connection
        self.modification_id = modification_id

    def startElement(self, name: str, attrs: Any, connection: Any) -> None:
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if name == "reservedInstancesModificationId":
            self.modification_id = value
        else:
            setattr(self, name, value)


class ModificationResult:
    """What a modification made: the target configuration and the new reservation's id."""

    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "reservedInstancesModificationId": "modification_id",
        "availabilityZone": "availability_zone",
        "platform": "platform",
        "instanceCount": ("instance_count", int),
        "instanceType": "instance_type",
    }

    def __init__(
        self,
        connection: Any = None,
        modification_id: str | None = None,
        availability_zone: str | None = None,
        platform: str | None = None,
        instance_count: int | None = None,
        instance_type: str | None = None,
    ) -> None:
        self.connection = connection
        self.modification_id = modification_id
        self.availability_zone = availability_zone
        self.platform = platform
        self.instance_count = instance_count
        self.instance_type = instance_type

    def startElement(self, name: str, attrs: Any, connection: Any) -> None:
        # Today's EC2 nests the configuration in <targetConfiguration>: its fields are read
        # into the result itself, where boto 2 expected them.
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if not set_leaf(self, name, value):
            setattr(self, name, value)


class ReservedInstancesModification:
    """A modification of Reserved Instances (DescribeReservedInstancesModifications)."""

    _leaf_fields: ClassVar[dict[str, LeafField]] = {
        "reservedInstancesModificationId": "modification_id",
        "createDate": ("create_date", _timestamp),
        "updateDate": ("update_date", _timestamp),
        "effectiveDate": ("effective_date", _timestamp),
        "status": "status",
        "statusMessage": "status_message",
        "clientToken": "client_token",
    }

    def __init__(
        self,
        connection: Any = None,
        modification_id: str | None = None,
        reserved_instances: ResultSet[ReservedInstance] | None = None,
        modification_results: ResultSet[ModificationResult] | None = None,
        create_date: datetime.datetime | None = None,
        update_date: datetime.datetime | None = None,
        effective_date: datetime.datetime | None = None,
        status: str | None = None,
        status_message: str | None = None,
        client_token: str | None = None,
    ) -> None:
        self.connection = connection
        self.modification_id = modification_id
        self.reserved_instances = reserved_instances
        self.modification_results = modification_results
        self.create_date = create_date
        self.update_date = update_date
        self.effective_date = effective_date
        self.status = status
        self.status_message = status_message
        self.client_token = client_token

    def startElement(self, name: str, attrs: Any, connection: Any) -> Any:
        if name == "reservedInstancesSet":
            self.reserved_instances = ResultSet([("item", ReservedInstance)])
            return self.reserved_instances
        if name == "modificationResultSet":
            self.modification_results = ResultSet([("item", ModificationResult)])
            return self.modification_results
        return None

    def endElement(self, name: str, value: str, connection: Any) -> None:
        if not set_leaf(self, name, value):
            setattr(self, name, value)
