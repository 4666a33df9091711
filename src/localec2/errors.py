"""EC2's (and STS's) errors: the one place each error code is spelled.

Every layer raises `EC2Error`; the server renders it as EC2's error document with the
code's HTTP status. A code is a `Code` in the catalogue below, called with the message
(`raise errors.VolumeInUse(f"Volume {volume_id} is ...")`). The recurring families have
factories: `missing_parameter`, `invalid_parameter_value`, `invalid_parameter_combination`,
`dependency_violation`, and `IdErrors`, the `…Malformed` / `…NotFound` pair of one resource
kind (see `localec2.ec2.kinds`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


class EC2Error(Exception):
    """An error EC2 would answer with: its code, message and HTTP status."""

    def __init__(self, code: str, message: str, status: int = 400) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.status = status


@dataclass(frozen=True)
class Code:
    """One EC2 error code and the HTTP status EC2 answers it with."""

    name: str
    status: int = 400

    def __call__(self, message: str, status: int | None = None) -> EC2Error:
        """The error; `status` only where EC2 answers this code with another status."""
        return EC2Error(self.name, message, self.status if status is None else status)


# --- the catalogue ----------------------------------------------------------------------
# Request and protocol
InvalidAction = Code("InvalidAction")
MissingAction = Code("MissingAction")
NoSuchVersion = Code("NoSuchVersion")
UnknownParameter = Code("UnknownParameter")
MissingParameter = Code("MissingParameter")
InvalidParameter = Code("InvalidParameter")
InvalidParameterValue = Code("InvalidParameterValue")
InvalidParameterCombination = Code("InvalidParameterCombination")
InvalidParameterDependency = Code("InvalidParameterDependency")
InvalidID = Code("InvalidID")
DryRunOperation = Code("DryRunOperation", 412)
IdempotentParameterMismatch = Code("IdempotentParameterMismatch")
UnsupportedOperation = Code("UnsupportedOperation")
OperationNotPermitted = Code("OperationNotPermitted")
DependencyViolation = Code("DependencyViolation")
InternalError = Code("InternalError", 500)
# Authentication
AuthFailure = Code("AuthFailure", 401)
MissingAuthenticationToken = Code("MissingAuthenticationToken", 401)
IncompleteSignature = Code("IncompleteSignature")
SignatureDoesNotMatch = Code("SignatureDoesNotMatch", 403)
RequestExpired = Code("RequestExpired")
# Instances
IncorrectInstanceState = Code("IncorrectInstanceState")
IncorrectState = Code("IncorrectState")
InstanceLimitExceeded = Code("InstanceLimitExceeded")
InvalidInstanceType = Code("InvalidInstanceType")
InvalidInstanceID = Code("InvalidInstanceID")
InvalidInstanceIDMalformed = Code("InvalidInstanceID.Malformed")
InvalidInstanceIDNotFound = Code("InvalidInstanceID.NotFound")
InstanceCreditSpecificationNotSupported = Code("InstanceCreditSpecification.NotSupported")
InvalidInstanceAttributeValue = Code("InvalidInstanceAttributeValue")
InvalidBundleIDNotFound = Code("InvalidBundleID.NotFound")
# Networking
VPCIdNotSpecified = Code("VPCIdNotSpecified")
InvalidVpcRange = Code("InvalidVpc.Range")
InvalidVpcIDMalformed = Code("InvalidVpcID.Malformed")
InvalidVpcIDNotFound = Code("InvalidVpcID.NotFound")
InvalidSubnetRange = Code("InvalidSubnet.Range")
InvalidSubnetConflict = Code("InvalidSubnet.Conflict")
InvalidSubnetIDMalformed = Code("InvalidSubnetID.Malformed")
InvalidSubnetIDNotFound = Code("InvalidSubnetID.NotFound")
CidrLimitExceeded = Code("CidrLimitExceeded")
InvalidVpcCidrBlockAssociationIDNotFound = Code("InvalidVpcCidrBlockAssociationID.NotFound")
InvalidSubnetCidrBlockAssociationIDNotFound = Code("InvalidSubnetCidrBlockAssociationID.NotFound")
DefaultVpcAlreadyExists = Code("DefaultVpcAlreadyExists")
DefaultVpcDoesNotExist = Code("DefaultVpcDoesNotExist")
DefaultSubnetAlreadyExistsInAvailabilityZone = Code("DefaultSubnetAlreadyExistsInAvailabilityZone")
InvalidDhcpOptionsIdMalformed = Code("InvalidDhcpOptionsId.Malformed")
InvalidDhcpOptionIDNotFound = Code("InvalidDhcpOptionID.NotFound")
InsufficientFreeAddressesInSubnet = Code("InsufficientFreeAddressesInSubnet")
InvalidNetworkInterfaceIDMalformed = Code("InvalidNetworkInterfaceID.Malformed")
InvalidNetworkInterfaceIDNotFound = Code("InvalidNetworkInterfaceID.NotFound")
InvalidNetworkInterfaceInUse = Code("InvalidNetworkInterface.InUse")
InvalidAttachmentIDNotFound = Code("InvalidAttachmentID.NotFound")
PrivateIpAddressLimitExceeded = Code("PrivateIpAddressLimitExceeded")
AttachmentLimitExceeded = Code("AttachmentLimitExceeded")
InvalidZoneNotFound = Code("InvalidZone.NotFound")
NatGatewayMalformed = Code("NatGatewayMalformed")
NatGatewayNotFound = Code("NatGatewayNotFound")
# Internet gateways, route tables and routes
InvalidInternetGatewayIdMalformed = Code("InvalidInternetGatewayId.Malformed")
InvalidInternetGatewayIDNotFound = Code("InvalidInternetGatewayID.NotFound")
InvalidEgressOnlyInternetGatewayIdMalformed = Code("InvalidEgressOnlyInternetGatewayId.Malformed")
InvalidEgressOnlyInternetGatewayIdNotFound = Code("InvalidEgressOnlyInternetGatewayId.NotFound")
GatewayNotAttached = Code("Gateway.NotAttached")
InvalidGatewayIDNotFound = Code("InvalidGatewayID.NotFound")
InvalidRouteTableIdMalformed = Code("InvalidRouteTableId.Malformed")
InvalidRouteTableIDNotFound = Code("InvalidRouteTableID.NotFound")
InvalidRouteNotFound = Code("InvalidRoute.NotFound")
RouteAlreadyExists = Code("RouteAlreadyExists")
# Network ACLs
InvalidNetworkAclIdMalformed = Code("InvalidNetworkAclId.Malformed")
InvalidNetworkAclIDNotFound = Code("InvalidNetworkAclID.NotFound")
InvalidNetworkAclEntryNotFound = Code("InvalidNetworkAclEntry.NotFound")
NetworkAclEntryAlreadyExists = Code("NetworkAclEntryAlreadyExists")
# VPC peering connections
InvalidVpcPeeringConnectionIdMalformed = Code("InvalidVpcPeeringConnectionId.Malformed")
InvalidVpcPeeringConnectionIDNotFound = Code("InvalidVpcPeeringConnectionID.NotFound")
InvalidStateTransition = Code("InvalidStateTransition")
# VPN: customer gateways, virtual private gateways, VPN connections
InvalidCustomerGatewayIdMalformed = Code("InvalidCustomerGatewayId.Malformed")
InvalidCustomerGatewayIDNotFound = Code("InvalidCustomerGatewayID.NotFound")
InvalidVpnGatewayIdMalformed = Code("InvalidVpnGatewayId.Malformed")
InvalidVpnGatewayIDNotFound = Code("InvalidVpnGatewayID.NotFound")
InvalidVpnGatewayAttachmentNotFound = Code("InvalidVpnGatewayAttachment.NotFound")
VpnGatewayAttachmentLimitExceeded = Code("VpnGatewayAttachmentLimitExceeded")
InvalidVpnConnectionIdMalformed = Code("InvalidVpnConnectionId.Malformed")
InvalidVpnConnectionIDNotFound = Code("InvalidVpnConnectionID.NotFound")
InvalidVpcState = Code("InvalidVpcState")
InvalidVpnConnectionInvalidType = Code("InvalidVpnConnection.InvalidType")
# VPC endpoints and prefix lists
InvalidVpcEndpointIdMalformed = Code("InvalidVpcEndpointId.Malformed")
InvalidVpcEndpointIdNotFound = Code("InvalidVpcEndpointId.NotFound")
InvalidServiceName = Code("InvalidServiceName")
InvalidVpcEndpointType = Code("InvalidVpcEndpointType")
InvalidPrefixListIDNotFound = Code("InvalidPrefixListID.NotFound")
# Elastic IP addresses
AddressLimitExceeded = Code("AddressLimitExceeded")
InvalidAddressNotFound = Code("InvalidAddress.NotFound")
InvalidIPAddressInUse = Code("InvalidIPAddress.InUse")
InvalidAllocationIDMalformed = Code("InvalidAllocationID.Malformed")
InvalidAllocationIDNotFound = Code("InvalidAllocationID.NotFound")
InvalidAssociationIDMalformed = Code("InvalidAssociationID.Malformed")
InvalidAssociationIDNotFound = Code("InvalidAssociationID.NotFound")
ResourceAlreadyAssociated = Code("Resource.AlreadyAssociated")
# Security groups
InvalidGroupIdMalformed = Code("InvalidGroupId.Malformed")
InvalidGroupNotFound = Code("InvalidGroup.NotFound")
InvalidGroupDuplicate = Code("InvalidGroup.Duplicate")
InvalidGroupReserved = Code("InvalidGroup.Reserved")
CannotDelete = Code("CannotDelete")
InvalidPermissionMalformed = Code("InvalidPermission.Malformed")
InvalidPermissionDuplicate = Code("InvalidPermission.Duplicate")
InvalidPermissionNotFound = Code("InvalidPermission.NotFound")
InvalidPrefixListIdMalformed = Code("InvalidPrefixListId.Malformed")
InvalidSecurityGroupRuleIdMalformed = Code("InvalidSecurityGroupRuleId.Malformed")
InvalidSecurityGroupRuleIdNotFound = Code("InvalidSecurityGroupRuleId.NotFound")
RulesPerSecurityGroupLimitExceeded = Code("RulesPerSecurityGroupLimitExceeded")
# Key pairs
InvalidKeyPairMalformed = Code("InvalidKeyPair.Malformed")
InvalidKeyPairNotFound = Code("InvalidKeyPair.NotFound")
InvalidKeyPairDuplicate = Code("InvalidKeyPair.Duplicate")
InvalidKeyFormat = Code("InvalidKey.Format")
# Images
InvalidAMIIDMalformed = Code("InvalidAMIID.Malformed")
InvalidAMIIDNotFound = Code("InvalidAMIID.NotFound")
InvalidAMINameDuplicate = Code("InvalidAMIName.Duplicate")
InvalidAMIAttributeItemValue = Code("InvalidAMIAttributeItemValue")
# Volumes and snapshots
InvalidBlockDeviceMapping = Code("InvalidBlockDeviceMapping")
InvalidVolumeIDMalformed = Code("InvalidVolumeID.Malformed")
InvalidVolumeNotFound = Code("InvalidVolume.NotFound")
InvalidVolumeZoneMismatch = Code("InvalidVolume.ZoneMismatch")
VolumeInUse = Code("VolumeInUse")
InvalidAttachmentNotFound = Code("InvalidAttachment.NotFound")
InvalidSnapshotIDMalformed = Code("InvalidSnapshotID.Malformed")
InvalidSnapshotNotFound = Code("InvalidSnapshot.NotFound")
InvalidSnapshotInUse = Code("InvalidSnapshot.InUse")
InvalidVolumeModificationNotFound = Code("InvalidVolumeModification.NotFound")
IncorrectModificationState = Code("IncorrectModificationState")

# Tags
TagLimitExceeded = Code("TagLimitExceeded")
# Placement groups and instance placement
InvalidPlacementGroupDuplicate = Code("InvalidPlacementGroup.Duplicate")
InvalidPlacementGroupInUse = Code("InvalidPlacementGroup.InUse")
InvalidPlacementGroupUnknown = Code("InvalidPlacementGroup.Unknown")
InvalidPlacementGroupIdMalformed = Code("InvalidPlacementGroupId.Malformed")
InvalidInstanceState = Code("InvalidInstanceState")
InvalidRequest = Code("InvalidRequest")
# Launch templates
InvalidLaunchTemplateIdMalformed = Code("InvalidLaunchTemplateId.Malformed")
InvalidLaunchTemplateIdNotFound = Code("InvalidLaunchTemplateId.NotFound")
InvalidLaunchTemplateIdVersionNotFound = Code("InvalidLaunchTemplateId.VersionNotFound")
InvalidLaunchTemplateNameAlreadyExists = Code("InvalidLaunchTemplateName.AlreadyExistsException")
InvalidLaunchTemplateNameMalformed = Code("InvalidLaunchTemplateName.MalformedException")
InvalidLaunchTemplateNameNotFound = Code("InvalidLaunchTemplateName.NotFoundException")
# Dedicated hosts
InvalidHostIdMalformed = Code("InvalidHostId.Malformed")
InvalidHostIDNotFound = Code("InvalidHostID.NotFound")
InvalidHostState = Code("InvalidHostState")
InvalidQuantity = Code("InvalidQuantity")
IncompatibleHostRequirements = Code("IncompatibleHostRequirements")
InsufficientCapacityOnHost = Code("InsufficientCapacityOnHost")
# STS (its own codes; InvalidAction, SignatureDoesNotMatch, ... are shared with EC2)
ValidationError = Code("ValidationError")
InvalidClientTokenId = Code("InvalidClientTokenId", 403)
ExpiredToken = Code("ExpiredToken", 403)
AccessDenied = Code("AccessDenied", 403)
# Reserved Instances
InvalidReservedInstancesId = Code("InvalidReservedInstancesId")
InvalidReservedInstancesOfferingId = Code("InvalidReservedInstancesOfferingId")
ReservedInstancesLimitExceeded = Code("ReservedInstancesLimitExceeded")
LimitPriceExceeded = Code("LimitPriceExceeded")
# Spot Instances
InvalidSpotInstanceRequestIDMalformed = Code("InvalidSpotInstanceRequestID.Malformed")
InvalidSpotInstanceRequestIDNotFound = Code("InvalidSpotInstanceRequestID.NotFound")
InvalidSpotDatafeedNotFound = Code("InvalidSpotDatafeed.NotFound")
SpotMaxPriceTooLow = Code("SpotMaxPriceTooLow")


# --- the recurring families ---------------------------------------------------------------
def missing_parameter(name: str) -> EC2Error:
    return MissingParameter(f"The request must contain the parameter {name}")


def invalid_parameter_value(message: str) -> EC2Error:
    return InvalidParameterValue(message)


def invalid_parameter_combination(message: str) -> EC2Error:
    return InvalidParameterCombination(message)


def dependency_violation(message: str) -> EC2Error:
    return DependencyViolation(message)


def idempotent_mismatch() -> EC2Error:
    """A create request repeating an earlier one's ClientToken with other arguments."""
    return IdempotentParameterMismatch(
        "Arguments on this idempotent request are inconsistent with arguments used in "
        "previous request(s)."
    )


def dry_run_operation() -> EC2Error:
    return DryRunOperation("Request would have succeeded, but DryRun flag is set.")


@dataclass(frozen=True)
class IdErrors:
    """The `…Malformed` and `…NotFound` errors of one resource kind, worded as EC2 words them.

    EC2 words NotFound two ways: by id (`The instance ID 'i-…' does not exist`, several ids
    listed in one error) or in a kind's own words (`The volume 'vol-…' does not exist.`).
    `template` (and `template_many` for several ids) gives the second form; without it the
    first is used with `noun`.
    """

    malformed: Code
    not_found: Code
    noun: str
    template: str | None = None  # "The volume '{}' does not exist."
    template_many: str | None = None  # several ids, where EC2 words them apart

    def malformed_id(self, value: str, prefix: str) -> EC2Error:
        return self.malformed(f'Invalid id: "{value}" (expecting "{prefix}-...")')

    def missing(self, ids: Sequence[str]) -> EC2Error:
        if self.template_many is not None and len(ids) > 1:
            return self.not_found(self.template_many.format(", ".join(ids)))
        if self.template is not None:
            return self.not_found(self.template.format(", ".join(ids)))
        if len(ids) == 1:
            return self.not_found(f"The {self.noun} ID '{ids[0]}' does not exist")
        return self.not_found(f"The {self.noun} IDs '{', '.join(ids)}' do not exist")
