"""Typed inputs and outputs of the EC2 operations localec2 implements.

GENERATED from botocore 1.44.8's EC2 model (API version 2016-11-15); do not edit.
Regenerate with `python -m localec2.protocol.generate_shapes`.
"""

from collections.abc import Sequence
from datetime import datetime
from typing import Required, TypedDict

Timestamp = str | datetime  # stored documents hold ISO strings; the parser, datetimes
Blob = bytes | str


class AcceleratorCount(TypedDict, total=False):
    Min: int
    Max: int


class AcceleratorCountRequest(TypedDict, total=False):
    Min: int
    Max: int


class AcceleratorTotalMemoryMiB(TypedDict, total=False):
    Min: int
    Max: int


class AcceleratorTotalMemoryMiBRequest(TypedDict, total=False):
    Min: int
    Max: int


class AcceptVpcPeeringConnectionRequest(TypedDict, total=False):
    DryRun: bool
    VpcPeeringConnectionId: Required[str]


class AcceptVpcPeeringConnectionResult(TypedDict, total=False):
    VpcPeeringConnection: "VpcPeeringConnection"


class AccountAttribute(TypedDict, total=False):
    AttributeName: str
    AttributeValues: Sequence["AccountAttributeValue"]


class AccountAttributeValue(TypedDict, total=False):
    AttributeValue: str


class AdditionalKeyExchangeMethodsListValue(TypedDict, total=False):
    Value: int


class AdditionalKeyExchangeMethodsRequestListValue(TypedDict, total=False):
    Value: int


class Address(TypedDict, total=False):
    AllocationId: str
    AssociationId: str
    Domain: str
    NetworkInterfaceId: str
    NetworkInterfaceOwnerId: str
    PrivateIpAddress: str
    Tags: Sequence["Tag"]
    PublicIpv4Pool: str
    NetworkBorderGroup: str
    CustomerOwnedIp: str
    CustomerOwnedIpv4Pool: str
    CarrierIp: str
    SubnetId: str
    ServiceManaged: str
    InstanceId: str
    PublicIp: str


class AddressAttribute(TypedDict, total=False):
    PublicIp: str
    AllocationId: str
    PtrRecord: str
    PtrRecordUpdate: "PtrUpdateStatus"


class AllocateAddressRequest(TypedDict, total=False):
    Domain: str
    Address: str
    PublicIpv4Pool: str
    NetworkBorderGroup: str
    CustomerOwnedIpv4Pool: str
    TagSpecifications: Sequence["TagSpecification"]
    IpamPoolId: str
    DryRun: bool


class AllocateAddressResult(TypedDict, total=False):
    AllocationId: str
    PublicIpv4Pool: str
    NetworkBorderGroup: str
    Domain: str
    CustomerOwnedIp: str
    CustomerOwnedIpv4Pool: str
    CarrierIp: str
    PublicIp: str


class AllocateHostsRequest(TypedDict, total=False):
    InstanceFamily: str
    TagSpecifications: Sequence["TagSpecification"]
    HostRecovery: str
    OutpostArn: str
    HostMaintenance: str
    AssetIds: Sequence[str]
    AvailabilityZoneId: str
    CpuOptions: "HostCpuOptionsRequest"
    AutoPlacement: str
    ClientToken: str
    InstanceType: str
    Quantity: int
    AvailabilityZone: str


class AllocateHostsResult(TypedDict, total=False):
    HostIds: Sequence[str]


class ApplicationStatusSummary(TypedDict, total=False):
    Status: str
    ImpairedSince: Timestamp


class AssignIpv6AddressesRequest(TypedDict, total=False):
    Ipv6PrefixCount: int
    Ipv6Prefixes: Sequence[str]
    NetworkInterfaceId: Required[str]
    Ipv6Addresses: Sequence[str]
    Ipv6AddressCount: int


class AssignIpv6AddressesResult(TypedDict, total=False):
    AssignedIpv6Addresses: Sequence[str]
    AssignedIpv6Prefixes: Sequence[str]
    NetworkInterfaceId: str


class AssignPrivateIpAddressesRequest(TypedDict, total=False):
    Ipv4Prefixes: Sequence[str]
    Ipv4PrefixCount: int
    NetworkInterfaceId: Required[str]
    PrivateIpAddresses: Sequence[str]
    SecondaryPrivateIpAddressCount: int
    AllowReassignment: bool


class AssignPrivateIpAddressesResult(TypedDict, total=False):
    NetworkInterfaceId: str
    AssignedPrivateIpAddresses: Sequence["AssignedPrivateIpAddress"]
    AssignedIpv4Prefixes: Sequence["Ipv4PrefixSpecification"]


class AssignedPrivateIpAddress(TypedDict, total=False):
    PrivateIpAddress: str


class AssociateAddressRequest(TypedDict, total=False):
    AllocationId: str
    InstanceId: str
    PublicIp: str
    DryRun: bool
    NetworkInterfaceId: str
    PrivateIpAddress: str
    AllowReassociation: bool


class AssociateAddressResult(TypedDict, total=False):
    AssociationId: str


class AssociateDhcpOptionsRequest(TypedDict, total=False):
    DhcpOptionsId: Required[str]
    VpcId: Required[str]
    DryRun: bool


class AssociateRouteTableRequest(TypedDict, total=False):
    GatewayId: str
    PublicIpv4Pool: str
    DryRun: bool
    SubnetId: str
    RouteTableId: Required[str]


class AssociateRouteTableResult(TypedDict, total=False):
    AssociationId: str
    AssociationState: "RouteTableAssociationState"


class AssociateSubnetCidrBlockRequest(TypedDict, total=False):
    Ipv6IpamPoolId: str
    Ipv6NetmaskLength: int
    SubnetId: Required[str]
    Ipv6CidrBlock: str


class AssociateSubnetCidrBlockResult(TypedDict, total=False):
    Ipv6CidrBlockAssociation: "SubnetIpv6CidrBlockAssociation"
    SubnetId: str


class AssociateVpcCidrBlockRequest(TypedDict, total=False):
    CidrBlock: str
    Ipv6CidrBlockNetworkBorderGroup: str
    Ipv6Pool: str
    Ipv6CidrBlock: str
    Ipv4IpamPoolId: str
    Ipv4NetmaskLength: int
    Ipv6IpamPoolId: str
    Ipv6NetmaskLength: int
    VpcId: Required[str]
    AmazonProvidedIpv6CidrBlock: bool


class AssociateVpcCidrBlockResult(TypedDict, total=False):
    Ipv6CidrBlockAssociation: "VpcIpv6CidrBlockAssociation"
    CidrBlockAssociation: "VpcCidrBlockAssociation"
    VpcId: str


class AssociatedKmsKey(TypedDict, total=False):
    KmsKeyId: str


class AttachClassicLinkVpcRequest(TypedDict, total=False):
    DryRun: bool
    InstanceId: Required[str]
    VpcId: Required[str]
    Groups: Required[Sequence[str]]


class AttachClassicLinkVpcResult(TypedDict, total=False):
    Return: bool


class AttachInternetGatewayRequest(TypedDict, total=False):
    DryRun: bool
    InternetGatewayId: Required[str]
    VpcId: Required[str]


class AttachNetworkInterfaceRequest(TypedDict, total=False):
    NetworkCardIndex: int
    EnaSrdSpecification: "EnaSrdSpecification"
    EnaQueueCount: int
    DryRun: bool
    NetworkInterfaceId: Required[str]
    InstanceId: Required[str]
    DeviceIndex: Required[int]


class AttachNetworkInterfaceResult(TypedDict, total=False):
    AttachmentId: str
    NetworkCardIndex: int


class AttachVolumeRequest(TypedDict, total=False):
    Device: Required[str]
    InstanceId: Required[str]
    VolumeId: Required[str]
    EbsCardIndex: int
    DryRun: bool


class AttachVpnGatewayRequest(TypedDict, total=False):
    VpcId: Required[str]
    VpnGatewayId: Required[str]
    DryRun: bool


class AttachVpnGatewayResult(TypedDict, total=False):
    VpcAttachment: "VpcAttachment"


class AttachmentEnaSrdSpecification(TypedDict, total=False):
    EnaSrdEnabled: bool
    EnaSrdUdpSpecification: "AttachmentEnaSrdUdpSpecification"


class AttachmentEnaSrdUdpSpecification(TypedDict, total=False):
    EnaSrdUdpEnabled: bool


class AttributeBooleanValue(TypedDict, total=False):
    Value: bool


class AttributeValue(TypedDict, total=False):
    Value: str


class AuthorizeSecurityGroupEgressRequest(TypedDict, total=False):
    TagSpecifications: Sequence["TagSpecification"]
    DryRun: bool
    GroupId: Required[str]
    SourceSecurityGroupName: str
    SourceSecurityGroupOwnerId: str
    IpProtocol: str
    FromPort: int
    ToPort: int
    CidrIp: str
    IpPermissions: Sequence["IpPermission"]


class AuthorizeSecurityGroupEgressResult(TypedDict, total=False):
    Return: bool
    SecurityGroupRules: Sequence["SecurityGroupRule"]


class AuthorizeSecurityGroupIngressRequest(TypedDict, total=False):
    CidrIp: str
    FromPort: int
    GroupId: str
    GroupName: str
    IpPermissions: Sequence["IpPermission"]
    IpProtocol: str
    SourceSecurityGroupName: str
    SourceSecurityGroupOwnerId: str
    ToPort: int
    TagSpecifications: Sequence["TagSpecification"]
    DryRun: bool


class AuthorizeSecurityGroupIngressResult(TypedDict, total=False):
    Return: bool
    SecurityGroupRules: Sequence["SecurityGroupRule"]


class AvailabilityZone(TypedDict, total=False):
    OptInStatus: str
    Messages: Sequence["AvailabilityZoneMessage"]
    RegionName: str
    ZoneName: str
    ZoneId: str
    GroupName: str
    NetworkBorderGroup: str
    ZoneType: str
    ParentZoneName: str
    ParentZoneId: str
    GroupLongName: str
    Geography: Sequence["AvailabilityZoneGeography"]
    SubGeography: Sequence["AvailabilityZoneSubGeography"]
    State: str


class AvailabilityZoneAddress(TypedDict, total=False):
    AvailabilityZone: str
    AvailabilityZoneId: str
    AllocationIds: Sequence[str]


class AvailabilityZoneGeography(TypedDict, total=False):
    Name: str


class AvailabilityZoneMessage(TypedDict, total=False):
    Message: str


class AvailabilityZoneSubGeography(TypedDict, total=False):
    Name: str


class AvailableCapacity(TypedDict, total=False):
    AvailableInstanceCapacity: Sequence["InstanceCapacity"]
    AvailableVCpus: int


class BaselineEbsBandwidthMbps(TypedDict, total=False):
    Min: int
    Max: int


class BaselineEbsBandwidthMbpsRequest(TypedDict, total=False):
    Min: int
    Max: int


class BaselinePerformanceFactors(TypedDict, total=False):
    Cpu: "CpuPerformanceFactor"


class BaselinePerformanceFactorsRequest(TypedDict, total=False):
    Cpu: "CpuPerformanceFactorRequest"


class BlockDeviceMapping(TypedDict, total=False):
    Ebs: "EbsBlockDevice"
    NoDevice: str
    DeviceName: str
    VirtualName: str


class BlockPublicAccessStates(TypedDict, total=False):
    InternetGatewayBlockMode: str


class BundleInstanceRequest(TypedDict, total=False):
    InstanceId: Required[str]
    Storage: Required["Storage"]
    DryRun: bool


class BundleInstanceResult(TypedDict, total=False):
    BundleTask: "BundleTask"


class BundleTask(TypedDict, total=False):
    InstanceId: str
    BundleId: str
    State: str
    StartTime: Timestamp
    UpdateTime: Timestamp
    Storage: "Storage"
    Progress: str
    BundleTaskError: "BundleTaskError"


class BundleTaskError(TypedDict, total=False):
    Code: str
    Message: str


class CancelBundleTaskRequest(TypedDict, total=False):
    BundleId: Required[str]
    DryRun: bool


class CancelBundleTaskResult(TypedDict, total=False):
    BundleTask: "BundleTask"


class CancelReservedInstancesListingRequest(TypedDict, total=False):
    ReservedInstancesListingId: Required[str]


class CancelReservedInstancesListingResult(TypedDict, total=False):
    ReservedInstancesListings: Sequence["ReservedInstancesListing"]


class CancelSpotInstanceRequestsRequest(TypedDict, total=False):
    DryRun: bool
    SpotInstanceRequestIds: Required[Sequence[str]]


class CancelSpotInstanceRequestsResult(TypedDict, total=False):
    CancelledSpotInstanceRequests: Sequence["CancelledSpotInstanceRequest"]


class CancelledSpotInstanceRequest(TypedDict, total=False):
    SpotInstanceRequestId: str
    State: str


class CapacityReservationSpecification(TypedDict, total=False):
    CapacityReservationPreference: str
    CapacityReservationTarget: "CapacityReservationTarget"


class CapacityReservationSpecificationResponse(TypedDict, total=False):
    CapacityReservationPreference: str
    CapacityReservationTarget: "CapacityReservationTargetResponse"


class CapacityReservationTarget(TypedDict, total=False):
    CapacityReservationId: str
    CapacityReservationResourceGroupArn: str


class CapacityReservationTargetResponse(TypedDict, total=False):
    CapacityReservationId: str
    CapacityReservationResourceGroupArn: str


class CidrBlock(TypedDict, total=False):
    CidrBlock: str


class ClassicLinkDnsSupport(TypedDict, total=False):
    ClassicLinkDnsSupported: bool
    VpcId: str


class ClassicLinkInstance(TypedDict, total=False):
    Groups: Sequence["GroupIdentifier"]
    InstanceId: str
    Tags: Sequence["Tag"]
    VpcId: str


class CloudWatchLogOptions(TypedDict, total=False):
    LogEnabled: bool
    LogGroupArn: str
    LogOutputFormat: str
    BgpLogEnabled: bool
    BgpLogGroupArn: str
    BgpLogOutputFormat: str


class CloudWatchLogOptionsSpecification(TypedDict, total=False):
    LogEnabled: bool
    LogGroupArn: str
    LogOutputFormat: str
    BgpLogEnabled: bool
    BgpLogGroupArn: str
    BgpLogOutputFormat: str


class ConfirmProductInstanceRequest(TypedDict, total=False):
    InstanceId: Required[str]
    ProductCode: Required[str]
    DryRun: bool


class ConfirmProductInstanceResult(TypedDict, total=False):
    Return: bool
    OwnerId: str


class ConnectionTrackingConfiguration(TypedDict, total=False):
    TcpEstablishedTimeout: int
    UdpStreamTimeout: int
    UdpTimeout: int


class ConnectionTrackingSpecification(TypedDict, total=False):
    TcpEstablishedTimeout: int
    UdpTimeout: int
    UdpStreamTimeout: int


class ConnectionTrackingSpecificationRequest(TypedDict, total=False):
    TcpEstablishedTimeout: int
    UdpStreamTimeout: int
    UdpTimeout: int


class ConnectionTrackingSpecificationResponse(TypedDict, total=False):
    TcpEstablishedTimeout: int
    UdpStreamTimeout: int
    UdpTimeout: int


class CopyImageRequest(TypedDict, total=False):
    ClientToken: str
    Description: str
    Encrypted: bool
    KmsKeyId: str
    Name: Required[str]
    SourceImageId: Required[str]
    SourceRegion: Required[str]
    DestinationOutpostArn: str
    CopyImageTags: bool
    TagSpecifications: Sequence["TagSpecification"]
    SnapshotCopyCompletionDurationMinutes: int
    DestinationAvailabilityZone: str
    DestinationAvailabilityZoneId: str
    DryRun: bool


class CopyImageResult(TypedDict, total=False):
    ImageId: str


class CopySnapshotRequest(TypedDict, total=False):
    Description: str
    DestinationOutpostArn: str
    DestinationRegion: str
    Encrypted: bool
    KmsKeyId: str
    PresignedUrl: str
    SourceRegion: Required[str]
    SourceSnapshotId: Required[str]
    TagSpecifications: Sequence["TagSpecification"]
    CompletionDurationMinutes: int
    DestinationAvailabilityZone: str
    DryRun: bool


class CopySnapshotResult(TypedDict, total=False):
    Tags: Sequence["Tag"]
    SnapshotId: str


class CpuOptions(TypedDict, total=False):
    CoreCount: int
    ThreadsPerCore: int
    AmdSevSnp: str
    NestedVirtualization: str


class CpuOptionsRequest(TypedDict, total=False):
    CoreCount: int
    ThreadsPerCore: int
    AmdSevSnp: str
    NestedVirtualization: str


class CpuPerformanceFactor(TypedDict, total=False):
    References: Sequence["PerformanceFactorReference"]


class CpuPerformanceFactorRequest(TypedDict, total=False):
    References: Sequence["PerformanceFactorReferenceRequest"]


class CreateCustomerGatewayRequest(TypedDict, total=False):
    BgpAsn: int
    PublicIp: str
    CertificateArn: str
    Type: Required[str]
    TagSpecifications: Sequence["TagSpecification"]
    DeviceName: str
    IpAddress: str
    BgpAsnExtended: int
    DryRun: bool


class CreateCustomerGatewayResult(TypedDict, total=False):
    CustomerGateway: "CustomerGateway"


class CreateDefaultSubnetRequest(TypedDict, total=False):
    AvailabilityZone: str
    DryRun: bool
    Ipv6Native: bool
    AvailabilityZoneId: str


class CreateDefaultSubnetResult(TypedDict, total=False):
    Subnet: "Subnet"


class CreateDefaultVpcRequest(TypedDict, total=False):
    DryRun: bool


class CreateDefaultVpcResult(TypedDict, total=False):
    Vpc: "Vpc"


class CreateDhcpOptionsRequest(TypedDict, total=False):
    DhcpConfigurations: Required[Sequence["NewDhcpConfiguration"]]
    TagSpecifications: Sequence["TagSpecification"]
    DryRun: bool


class CreateDhcpOptionsResult(TypedDict, total=False):
    DhcpOptions: "DhcpOptions"


class CreateEgressOnlyInternetGatewayRequest(TypedDict, total=False):
    ClientToken: str
    DryRun: bool
    VpcId: Required[str]
    TagSpecifications: Sequence["TagSpecification"]


class CreateEgressOnlyInternetGatewayResult(TypedDict, total=False):
    ClientToken: str
    EgressOnlyInternetGateway: "EgressOnlyInternetGateway"


class CreateImageRequest(TypedDict, total=False):
    TagSpecifications: Sequence["TagSpecification"]
    SnapshotLocation: str
    BootModeOverride: str
    DryRun: bool
    InstanceId: Required[str]
    Name: Required[str]
    Description: str
    NoReboot: bool
    BlockDeviceMappings: Sequence["BlockDeviceMapping"]


class CreateImageResult(TypedDict, total=False):
    ImageId: str


class CreateInternetGatewayRequest(TypedDict, total=False):
    TagSpecifications: Sequence["TagSpecification"]
    DryRun: bool


class CreateInternetGatewayResult(TypedDict, total=False):
    InternetGateway: "InternetGateway"


class CreateKeyPairRequest(TypedDict, total=False):
    KeyName: Required[str]
    KeyType: str
    TagSpecifications: Sequence["TagSpecification"]
    KeyFormat: str
    DryRun: bool


class CreateLaunchTemplateRequest(TypedDict, total=False):
    DryRun: bool
    ClientToken: str
    LaunchTemplateName: Required[str]
    VersionDescription: str
    LaunchTemplateData: Required["RequestLaunchTemplateData"]
    Operator: "OperatorRequest"
    TagSpecifications: Sequence["TagSpecification"]


class CreateLaunchTemplateResult(TypedDict, total=False):
    LaunchTemplate: "LaunchTemplate"
    Warning: "ValidationWarning"


class CreateLaunchTemplateVersionRequest(TypedDict, total=False):
    DryRun: bool
    ClientToken: str
    LaunchTemplateId: str
    LaunchTemplateName: str
    SourceVersion: str
    VersionDescription: str
    LaunchTemplateData: Required["RequestLaunchTemplateData"]
    ResolveAlias: bool


class CreateLaunchTemplateVersionResult(TypedDict, total=False):
    LaunchTemplateVersion: "LaunchTemplateVersion"
    Warning: "ValidationWarning"


class CreateNatGatewayRequest(TypedDict, total=False):
    AvailabilityMode: str
    AllocationId: str
    ClientToken: str
    DryRun: bool
    SubnetId: str
    VpcId: str
    AvailabilityZoneAddresses: Sequence["AvailabilityZoneAddress"]
    TagSpecifications: Sequence["TagSpecification"]
    ConnectivityType: str
    PrivateIpAddress: str
    SecondaryAllocationIds: Sequence[str]
    SecondaryPrivateIpAddresses: Sequence[str]
    SecondaryPrivateIpAddressCount: int


class CreateNatGatewayResult(TypedDict, total=False):
    ClientToken: str
    NatGateway: "NatGateway"


class CreateNetworkAclEntryRequest(TypedDict, total=False):
    DryRun: bool
    NetworkAclId: Required[str]
    RuleNumber: Required[int]
    Protocol: Required[str]
    RuleAction: Required[str]
    Egress: Required[bool]
    CidrBlock: str
    Ipv6CidrBlock: str
    IcmpTypeCode: "IcmpTypeCode"
    PortRange: "PortRange"


class CreateNetworkAclRequest(TypedDict, total=False):
    TagSpecifications: Sequence["TagSpecification"]
    ClientToken: str
    DryRun: bool
    VpcId: Required[str]


class CreateNetworkAclResult(TypedDict, total=False):
    NetworkAcl: "NetworkAcl"
    ClientToken: str


class CreateNetworkInterfaceRequest(TypedDict, total=False):
    Ipv4Prefixes: Sequence["Ipv4PrefixSpecificationRequest"]
    Ipv4PrefixCount: int
    Ipv6Prefixes: Sequence["Ipv6PrefixSpecificationRequest"]
    Ipv6PrefixCount: int
    InterfaceType: str
    TagSpecifications: Sequence["TagSpecification"]
    ClientToken: str
    EnablePrimaryIpv6: bool
    ConnectionTrackingSpecification: "ConnectionTrackingSpecificationRequest"
    Operator: "OperatorRequest"
    SubnetId: Required[str]
    Description: str
    PrivateIpAddress: str
    Groups: Sequence[str]
    PrivateIpAddresses: Sequence["PrivateIpAddressSpecification"]
    SecondaryPrivateIpAddressCount: int
    Ipv6Addresses: Sequence["InstanceIpv6Address"]
    Ipv6AddressCount: int
    DryRun: bool


class CreateNetworkInterfaceResult(TypedDict, total=False):
    NetworkInterface: "NetworkInterface"
    ClientToken: str


class CreatePeeringConnectionOptionsRequest(TypedDict, total=False):
    AllowMultipathResilience: bool
    MultipathResilienceMode: str


class CreatePlacementGroupRequest(TypedDict, total=False):
    PartitionCount: int
    TagSpecifications: Sequence["TagSpecification"]
    SpreadLevel: str
    LinkedGroupId: str
    Operator: "OperatorRequest"
    ParentGroupId: str
    DryRun: bool
    GroupName: str
    Strategy: str


class CreatePlacementGroupResult(TypedDict, total=False):
    PlacementGroup: "PlacementGroup"


class CreateReservedInstancesListingRequest(TypedDict, total=False):
    ReservedInstancesId: Required[str]
    InstanceCount: Required[int]
    PriceSchedules: Required[Sequence["PriceScheduleSpecification"]]
    ClientToken: Required[str]


class CreateReservedInstancesListingResult(TypedDict, total=False):
    ReservedInstancesListings: Sequence["ReservedInstancesListing"]


class CreateRouteRequest(TypedDict, total=False):
    DestinationPrefixListId: str
    VpcEndpointId: str
    TransitGatewayId: str
    LocalGatewayId: str
    CarrierGatewayId: str
    CoreNetworkArn: str
    OdbNetworkArn: str
    DryRun: bool
    RouteTableId: Required[str]
    DestinationCidrBlock: str
    GatewayId: str
    DestinationIpv6CidrBlock: str
    EgressOnlyInternetGatewayId: str
    InstanceId: str
    NetworkInterfaceId: str
    VpcPeeringConnectionId: str
    NatGatewayId: str


class CreateRouteResult(TypedDict, total=False):
    Return: bool


class CreateRouteTableRequest(TypedDict, total=False):
    TagSpecifications: Sequence["TagSpecification"]
    ClientToken: str
    DryRun: bool
    VpcId: Required[str]


class CreateRouteTableResult(TypedDict, total=False):
    RouteTable: "RouteTable"
    ClientToken: str


class CreateSecurityGroupRequest(TypedDict, total=False):
    Description: Required[str]
    GroupName: Required[str]
    VpcId: str
    TagSpecifications: Sequence["TagSpecification"]
    DryRun: bool


class CreateSecurityGroupResult(TypedDict, total=False):
    GroupId: str
    Tags: Sequence["Tag"]
    SecurityGroupArn: str


class CreateSnapshotRequest(TypedDict, total=False):
    Description: str
    OutpostArn: str
    VolumeId: Required[str]
    TagSpecifications: Sequence["TagSpecification"]
    Location: str
    DryRun: bool


class CreateSpotDatafeedSubscriptionRequest(TypedDict, total=False):
    DryRun: bool
    Bucket: Required[str]
    Prefix: str


class CreateSpotDatafeedSubscriptionResult(TypedDict, total=False):
    SpotDatafeedSubscription: "SpotDatafeedSubscription"


class CreateSubnetRequest(TypedDict, total=False):
    TagSpecifications: Sequence["TagSpecification"]
    AvailabilityZone: str
    AvailabilityZoneId: str
    CidrBlock: str
    Ipv6CidrBlock: str
    OutpostArn: str
    VpcId: Required[str]
    Ipv6Native: bool
    Ipv4IpamPoolId: str
    Ipv4NetmaskLength: int
    Ipv6IpamPoolId: str
    Ipv6NetmaskLength: int
    DryRun: bool


class CreateSubnetResult(TypedDict, total=False):
    Subnet: "Subnet"


class CreateTagsRequest(TypedDict, total=False):
    DryRun: bool
    Resources: Required[Sequence[str]]
    Tags: Required[Sequence["Tag"]]


class CreateVolumePermission(TypedDict, total=False):
    UserId: str
    Group: str


class CreateVolumePermissionModifications(TypedDict, total=False):
    Add: Sequence["CreateVolumePermission"]
    Remove: Sequence["CreateVolumePermission"]


class CreateVolumeRequest(TypedDict, total=False):
    AvailabilityZone: str
    AvailabilityZoneId: str
    Encrypted: bool
    Iops: int
    KmsKeyId: str
    OutpostArn: str
    Size: int
    SnapshotId: str
    VolumeType: str
    TagSpecifications: Sequence["TagSpecification"]
    MultiAttachEnabled: bool
    Throughput: int
    ClientToken: str
    VolumeInitializationRate: int
    Operator: "OperatorRequest"
    DryRun: bool


class CreateVpcEndpointRequest(TypedDict, total=False):
    DryRun: bool
    VpcEndpointType: str
    VpcId: Required[str]
    ServiceName: str
    PolicyDocument: str
    RouteTableIds: Sequence[str]
    SubnetIds: Sequence[str]
    SecurityGroupIds: Sequence[str]
    IpAddressType: str
    DnsOptions: "DnsOptionsSpecification"
    ClientToken: str
    PrivateDnsEnabled: bool
    TagSpecifications: Sequence["TagSpecification"]
    SubnetConfigurations: Sequence["SubnetConfiguration"]
    ServiceNetworkArn: str
    ResourceConfigurationArn: str
    ServiceRegion: str


class CreateVpcEndpointResult(TypedDict, total=False):
    VpcEndpoint: "VpcEndpoint"
    ClientToken: str


class CreateVpcPeeringConnectionRequest(TypedDict, total=False):
    PeerRegion: str
    TagSpecifications: Sequence["TagSpecification"]
    RequesterPeeringConnectionOptions: "CreatePeeringConnectionOptionsRequest"
    DryRun: bool
    VpcId: Required[str]
    PeerVpcId: str
    PeerOwnerId: str


class CreateVpcPeeringConnectionResult(TypedDict, total=False):
    VpcPeeringConnection: "VpcPeeringConnection"


class CreateVpcRequest(TypedDict, total=False):
    CidrBlock: str
    Ipv6Pool: str
    Ipv6CidrBlock: str
    Ipv4IpamPoolId: str
    Ipv4NetmaskLength: int
    Ipv6IpamPoolId: str
    Ipv6NetmaskLength: int
    Ipv6CidrBlockNetworkBorderGroup: str
    VpcEncryptionControl: "VpcEncryptionControlConfiguration"
    TagSpecifications: Sequence["TagSpecification"]
    DryRun: bool
    InstanceTenancy: str
    AmazonProvidedIpv6CidrBlock: bool


class CreateVpcResult(TypedDict, total=False):
    Vpc: "Vpc"


class CreateVpnConnectionRequest(TypedDict, total=False):
    CustomerGatewayId: Required[str]
    Type: Required[str]
    VpnGatewayId: str
    TransitGatewayId: str
    VpnConcentratorId: str
    TagSpecifications: Sequence["TagSpecification"]
    PreSharedKeyStorage: str
    DryRun: bool
    Options: "VpnConnectionOptionsSpecification"


class CreateVpnConnectionResult(TypedDict, total=False):
    VpnConnection: "VpnConnection"


class CreateVpnConnectionRouteRequest(TypedDict, total=False):
    DestinationCidrBlock: Required[str]
    VpnConnectionId: Required[str]


class CreateVpnGatewayRequest(TypedDict, total=False):
    AvailabilityZone: str
    Type: Required[str]
    TagSpecifications: Sequence["TagSpecification"]
    AmazonSideAsn: int
    DryRun: bool


class CreateVpnGatewayResult(TypedDict, total=False):
    VpnGateway: "VpnGateway"


class CreditSpecification(TypedDict, total=False):
    CpuCredits: str


class CreditSpecificationRequest(TypedDict, total=False):
    CpuCredits: Required[str]


class CustomerGateway(TypedDict, total=False):
    CertificateArn: str
    DeviceName: str
    Tags: Sequence["Tag"]
    BgpAsnExtended: str
    CustomerGatewayId: str
    State: str
    Type: str
    IpAddress: str
    BgpAsn: str


class DefaultConnectionTrackingConfiguration(TypedDict, total=False):
    DefaultTcpEstablishedTimeout: int
    DefaultUdpTimeout: int
    DefaultUdpStreamTimeout: int


class DeleteCustomerGatewayRequest(TypedDict, total=False):
    CustomerGatewayId: Required[str]
    DryRun: bool


class DeleteDhcpOptionsRequest(TypedDict, total=False):
    DhcpOptionsId: Required[str]
    DryRun: bool


class DeleteEgressOnlyInternetGatewayRequest(TypedDict, total=False):
    DryRun: bool
    EgressOnlyInternetGatewayId: Required[str]


class DeleteEgressOnlyInternetGatewayResult(TypedDict, total=False):
    ReturnCode: bool


class DeleteInternetGatewayRequest(TypedDict, total=False):
    DryRun: bool
    InternetGatewayId: Required[str]


class DeleteKeyPairRequest(TypedDict, total=False):
    KeyName: str
    KeyPairId: str
    DryRun: bool


class DeleteKeyPairResult(TypedDict, total=False):
    Return: bool
    KeyPairId: str


class DeleteLaunchTemplateRequest(TypedDict, total=False):
    DryRun: bool
    LaunchTemplateId: str
    LaunchTemplateName: str


class DeleteLaunchTemplateResult(TypedDict, total=False):
    LaunchTemplate: "LaunchTemplate"


class DeleteLaunchTemplateVersionsRequest(TypedDict, total=False):
    DryRun: bool
    LaunchTemplateId: str
    LaunchTemplateName: str
    Versions: Required[Sequence[str]]


class DeleteLaunchTemplateVersionsResponseErrorItem(TypedDict, total=False):
    LaunchTemplateId: str
    LaunchTemplateName: str
    VersionNumber: int
    ResponseError: "ResponseError"


class DeleteLaunchTemplateVersionsResponseSuccessItem(TypedDict, total=False):
    LaunchTemplateId: str
    LaunchTemplateName: str
    VersionNumber: int


class DeleteLaunchTemplateVersionsResult(TypedDict, total=False):
    SuccessfullyDeletedLaunchTemplateVersions: Sequence[
        "DeleteLaunchTemplateVersionsResponseSuccessItem"
    ]
    UnsuccessfullyDeletedLaunchTemplateVersions: Sequence[
        "DeleteLaunchTemplateVersionsResponseErrorItem"
    ]


class DeleteNatGatewayRequest(TypedDict, total=False):
    DryRun: bool
    NatGatewayId: Required[str]


class DeleteNatGatewayResult(TypedDict, total=False):
    NatGatewayId: str


class DeleteNetworkAclEntryRequest(TypedDict, total=False):
    DryRun: bool
    NetworkAclId: Required[str]
    RuleNumber: Required[int]
    Egress: Required[bool]


class DeleteNetworkAclRequest(TypedDict, total=False):
    DryRun: bool
    NetworkAclId: Required[str]


class DeleteNetworkInterfaceRequest(TypedDict, total=False):
    DryRun: bool
    NetworkInterfaceId: Required[str]


class DeletePlacementGroupRequest(TypedDict, total=False):
    DryRun: bool
    GroupName: Required[str]


class DeleteRouteRequest(TypedDict, total=False):
    DestinationPrefixListId: str
    DryRun: bool
    RouteTableId: Required[str]
    DestinationCidrBlock: str
    DestinationIpv6CidrBlock: str


class DeleteRouteTableRequest(TypedDict, total=False):
    DryRun: bool
    RouteTableId: Required[str]


class DeleteSecurityGroupRequest(TypedDict, total=False):
    GroupId: str
    GroupName: str
    DryRun: bool


class DeleteSecurityGroupResult(TypedDict, total=False):
    Return: bool
    GroupId: str


class DeleteSnapshotRequest(TypedDict, total=False):
    SnapshotId: Required[str]
    DryRun: bool


class DeleteSnapshotReturnCode(TypedDict, total=False):
    SnapshotId: str
    ReturnCode: str


class DeleteSpotDatafeedSubscriptionRequest(TypedDict, total=False):
    DryRun: bool


class DeleteSubnetRequest(TypedDict, total=False):
    SubnetId: Required[str]
    DryRun: bool


class DeleteTagsRequest(TypedDict, total=False):
    DryRun: bool
    Resources: Required[Sequence[str]]
    Tags: Sequence["Tag"]


class DeleteVolumeRequest(TypedDict, total=False):
    VolumeId: Required[str]
    DryRun: bool


class DeleteVpcEndpointsRequest(TypedDict, total=False):
    DryRun: bool
    VpcEndpointIds: Required[Sequence[str]]


class DeleteVpcEndpointsResult(TypedDict, total=False):
    Unsuccessful: Sequence["UnsuccessfulItem"]


class DeleteVpcPeeringConnectionRequest(TypedDict, total=False):
    DryRun: bool
    VpcPeeringConnectionId: Required[str]


class DeleteVpcPeeringConnectionResult(TypedDict, total=False):
    Return: bool


class DeleteVpcRequest(TypedDict, total=False):
    VpcId: Required[str]
    DryRun: bool


class DeleteVpnConnectionRequest(TypedDict, total=False):
    VpnConnectionId: Required[str]
    DryRun: bool


class DeleteVpnConnectionRouteRequest(TypedDict, total=False):
    DestinationCidrBlock: Required[str]
    VpnConnectionId: Required[str]


class DeleteVpnGatewayRequest(TypedDict, total=False):
    VpnGatewayId: Required[str]
    DryRun: bool


class DeregisterImageRequest(TypedDict, total=False):
    ImageId: Required[str]
    DeleteAssociatedSnapshots: bool
    DryRun: bool


class DeregisterImageResult(TypedDict, total=False):
    Return: bool
    DeleteSnapshotResults: Sequence["DeleteSnapshotReturnCode"]


class DescribeAccountAttributesRequest(TypedDict, total=False):
    DryRun: bool
    AttributeNames: Sequence[str]


class DescribeAccountAttributesResult(TypedDict, total=False):
    AccountAttributes: Sequence["AccountAttribute"]


class DescribeAddressesAttributeRequest(TypedDict, total=False):
    AllocationIds: Sequence[str]
    Attribute: str
    NextToken: str
    MaxResults: int
    DryRun: bool


class DescribeAddressesAttributeResult(TypedDict, total=False):
    Addresses: Sequence["AddressAttribute"]
    NextToken: str


class DescribeAddressesRequest(TypedDict, total=False):
    PublicIps: Sequence[str]
    DryRun: bool
    Filters: Sequence["Filter"]
    AllocationIds: Sequence[str]


class DescribeAddressesResult(TypedDict, total=False):
    Addresses: Sequence["Address"]


class DescribeAvailabilityZonesRequest(TypedDict, total=False):
    ZoneNames: Sequence[str]
    ZoneIds: Sequence[str]
    AllAvailabilityZones: bool
    DryRun: bool
    Filters: Sequence["Filter"]


class DescribeAvailabilityZonesResult(TypedDict, total=False):
    AvailabilityZones: Sequence["AvailabilityZone"]


class DescribeBundleTasksRequest(TypedDict, total=False):
    BundleIds: Sequence[str]
    DryRun: bool
    Filters: Sequence["Filter"]


class DescribeBundleTasksResult(TypedDict, total=False):
    BundleTasks: Sequence["BundleTask"]


class DescribeClassicLinkInstancesRequest(TypedDict, total=False):
    DryRun: bool
    InstanceIds: Sequence[str]
    Filters: Sequence["Filter"]
    NextToken: str
    MaxResults: int


class DescribeClassicLinkInstancesResult(TypedDict, total=False):
    Instances: Sequence["ClassicLinkInstance"]
    NextToken: str


class DescribeCustomerGatewaysRequest(TypedDict, total=False):
    CustomerGatewayIds: Sequence[str]
    Filters: Sequence["Filter"]
    DryRun: bool


class DescribeCustomerGatewaysResult(TypedDict, total=False):
    CustomerGateways: Sequence["CustomerGateway"]


class DescribeDhcpOptionsRequest(TypedDict, total=False):
    DhcpOptionsIds: Sequence[str]
    NextToken: str
    MaxResults: int
    DryRun: bool
    Filters: Sequence["Filter"]


class DescribeDhcpOptionsResult(TypedDict, total=False):
    NextToken: str
    DhcpOptions: Sequence["DhcpOptions"]


class DescribeEgressOnlyInternetGatewaysRequest(TypedDict, total=False):
    DryRun: bool
    EgressOnlyInternetGatewayIds: Sequence[str]
    MaxResults: int
    NextToken: str
    Filters: Sequence["Filter"]


class DescribeEgressOnlyInternetGatewaysResult(TypedDict, total=False):
    EgressOnlyInternetGateways: Sequence["EgressOnlyInternetGateway"]
    NextToken: str


class DescribeHostsRequest(TypedDict, total=False):
    HostIds: Sequence[str]
    NextToken: str
    MaxResults: int
    Filter: Sequence["Filter"]


class DescribeHostsResult(TypedDict, total=False):
    Hosts: Sequence["Host"]
    NextToken: str


class DescribeImageAttributeRequest(TypedDict, total=False):
    Attribute: Required[str]
    ImageId: Required[str]
    DryRun: bool


class DescribeImagesRequest(TypedDict, total=False):
    ExecutableUsers: Sequence[str]
    ImageIds: Sequence[str]
    Owners: Sequence[str]
    IncludeDeprecated: bool
    IncludeDisabled: bool
    MaxResults: int
    NextToken: str
    DryRun: bool
    Filters: Sequence["Filter"]


class DescribeImagesResult(TypedDict, total=False):
    NextToken: str
    Images: Sequence["Image"]


class DescribeInstanceAttributeRequest(TypedDict, total=False):
    DryRun: bool
    InstanceId: Required[str]
    Attribute: Required[str]


class DescribeInstanceCreditSpecificationsRequest(TypedDict, total=False):
    DryRun: bool
    Filters: Sequence["Filter"]
    InstanceIds: Sequence[str]
    MaxResults: int
    NextToken: str


class DescribeInstanceCreditSpecificationsResult(TypedDict, total=False):
    InstanceCreditSpecifications: Sequence["InstanceCreditSpecification"]
    NextToken: str


class DescribeInstanceStatusRequest(TypedDict, total=False):
    InstanceIds: Sequence[str]
    MaxResults: int
    NextToken: str
    IncludeManagedResources: bool
    DryRun: bool
    Filters: Sequence["Filter"]
    IncludeAllInstances: bool


class DescribeInstanceStatusResult(TypedDict, total=False):
    InstanceStatuses: Sequence["InstanceStatus"]
    NextToken: str


class DescribeInstanceTypeOfferingsRequest(TypedDict, total=False):
    DryRun: bool
    LocationType: str
    Filters: Sequence["Filter"]
    MaxResults: int
    NextToken: str


class DescribeInstanceTypeOfferingsResult(TypedDict, total=False):
    InstanceTypeOfferings: Sequence["InstanceTypeOffering"]
    NextToken: str


class DescribeInstanceTypesRequest(TypedDict, total=False):
    DryRun: bool
    InstanceTypes: Sequence[str]
    Filters: Sequence["Filter"]
    MaxResults: int
    NextToken: str
    IncludeUnsupportedInRegion: bool


class DescribeInstanceTypesResult(TypedDict, total=False):
    InstanceTypes: Sequence["InstanceTypeInfo"]
    NextToken: str


class DescribeInstancesRequest(TypedDict, total=False):
    InstanceIds: Sequence[str]
    IncludeManagedResources: bool
    DryRun: bool
    Filters: Sequence["Filter"]
    NextToken: str
    MaxResults: int


class DescribeInstancesResult(TypedDict, total=False):
    NextToken: str
    Reservations: Sequence["Reservation"]


class DescribeInternetGatewaysRequest(TypedDict, total=False):
    NextToken: str
    MaxResults: int
    DryRun: bool
    InternetGatewayIds: Sequence[str]
    Filters: Sequence["Filter"]


class DescribeInternetGatewaysResult(TypedDict, total=False):
    InternetGateways: Sequence["InternetGateway"]
    NextToken: str


class DescribeKeyPairsRequest(TypedDict, total=False):
    KeyNames: Sequence[str]
    KeyPairIds: Sequence[str]
    IncludePublicKey: bool
    DryRun: bool
    Filters: Sequence["Filter"]


class DescribeKeyPairsResult(TypedDict, total=False):
    KeyPairs: Sequence["KeyPairInfo"]


class DescribeLaunchTemplateVersionsRequest(TypedDict, total=False):
    DryRun: bool
    LaunchTemplateId: str
    LaunchTemplateName: str
    Versions: Sequence[str]
    MinVersion: str
    MaxVersion: str
    NextToken: str
    MaxResults: int
    Filters: Sequence["Filter"]
    ResolveAlias: bool
    IncludeManagedResources: bool


class DescribeLaunchTemplateVersionsResult(TypedDict, total=False):
    LaunchTemplateVersions: Sequence["LaunchTemplateVersion"]
    NextToken: str


class DescribeLaunchTemplatesRequest(TypedDict, total=False):
    DryRun: bool
    LaunchTemplateIds: Sequence[str]
    LaunchTemplateNames: Sequence[str]
    Filters: Sequence["Filter"]
    NextToken: str
    MaxResults: int
    IncludeManagedResources: bool


class DescribeLaunchTemplatesResult(TypedDict, total=False):
    LaunchTemplates: Sequence["LaunchTemplate"]
    NextToken: str


class DescribeNatGatewaysRequest(TypedDict, total=False):
    DryRun: bool
    Filter: Sequence["Filter"]
    MaxResults: int
    NatGatewayIds: Sequence[str]
    NextToken: str


class DescribeNatGatewaysResult(TypedDict, total=False):
    NatGateways: Sequence["NatGateway"]
    NextToken: str


class DescribeNetworkAclsRequest(TypedDict, total=False):
    NextToken: str
    MaxResults: int
    DryRun: bool
    NetworkAclIds: Sequence[str]
    Filters: Sequence["Filter"]


class DescribeNetworkAclsResult(TypedDict, total=False):
    NetworkAcls: Sequence["NetworkAcl"]
    NextToken: str


class DescribeNetworkInterfaceAttributeRequest(TypedDict, total=False):
    DryRun: bool
    NetworkInterfaceId: Required[str]
    Attribute: str


class DescribeNetworkInterfaceAttributeResult(TypedDict, total=False):
    Attachment: "NetworkInterfaceAttachment"
    Description: "AttributeValue"
    Groups: Sequence["GroupIdentifier"]
    NetworkInterfaceId: str
    SourceDestCheck: "AttributeBooleanValue"
    AssociatePublicIpAddress: bool


class DescribeNetworkInterfacesRequest(TypedDict, total=False):
    NextToken: str
    MaxResults: int
    IncludeManagedResources: bool
    DryRun: bool
    NetworkInterfaceIds: Sequence[str]
    Filters: Sequence["Filter"]


class DescribeNetworkInterfacesResult(TypedDict, total=False):
    NetworkInterfaces: Sequence["NetworkInterface"]
    NextToken: str


class DescribePlacementGroupsRequest(TypedDict, total=False):
    GroupIds: Sequence[str]
    DryRun: bool
    GroupNames: Sequence[str]
    Filters: Sequence["Filter"]


class DescribePlacementGroupsResult(TypedDict, total=False):
    PlacementGroups: Sequence["PlacementGroup"]


class DescribePrefixListsRequest(TypedDict, total=False):
    DryRun: bool
    Filters: Sequence["Filter"]
    MaxResults: int
    NextToken: str
    PrefixListIds: Sequence[str]


class DescribePrefixListsResult(TypedDict, total=False):
    NextToken: str
    PrefixLists: Sequence["PrefixList"]


class DescribeRegionsRequest(TypedDict, total=False):
    RegionNames: Sequence[str]
    AllRegions: bool
    DryRun: bool
    Filters: Sequence["Filter"]


class DescribeRegionsResult(TypedDict, total=False):
    Regions: Sequence["Region"]


class DescribeReservedInstancesListingsRequest(TypedDict, total=False):
    ReservedInstancesId: str
    ReservedInstancesListingId: str
    Filters: Sequence["Filter"]


class DescribeReservedInstancesListingsResult(TypedDict, total=False):
    ReservedInstancesListings: Sequence["ReservedInstancesListing"]


class DescribeReservedInstancesModificationsRequest(TypedDict, total=False):
    ReservedInstancesModificationIds: Sequence[str]
    NextToken: str
    Filters: Sequence["Filter"]


class DescribeReservedInstancesModificationsResult(TypedDict, total=False):
    NextToken: str
    ReservedInstancesModifications: Sequence["ReservedInstancesModification"]


class DescribeReservedInstancesOfferingsRequest(TypedDict, total=False):
    AvailabilityZone: str
    IncludeMarketplace: bool
    InstanceType: str
    MaxDuration: int
    MaxInstanceCount: int
    MinDuration: int
    OfferingClass: str
    ProductDescription: str
    ReservedInstancesOfferingIds: Sequence[str]
    AvailabilityZoneId: str
    DryRun: bool
    Filters: Sequence["Filter"]
    InstanceTenancy: str
    OfferingType: str
    NextToken: str
    MaxResults: int


class DescribeReservedInstancesOfferingsResult(TypedDict, total=False):
    NextToken: str
    ReservedInstancesOfferings: Sequence["ReservedInstancesOffering"]


class DescribeReservedInstancesRequest(TypedDict, total=False):
    OfferingClass: str
    ReservedInstancesIds: Sequence[str]
    DryRun: bool
    Filters: Sequence["Filter"]
    OfferingType: str


class DescribeReservedInstancesResult(TypedDict, total=False):
    ReservedInstances: Sequence["ReservedInstances"]


class DescribeRouteTablesRequest(TypedDict, total=False):
    NextToken: str
    MaxResults: int
    DryRun: bool
    RouteTableIds: Sequence[str]
    Filters: Sequence["Filter"]


class DescribeRouteTablesResult(TypedDict, total=False):
    RouteTables: Sequence["RouteTable"]
    NextToken: str


class DescribeSecurityGroupRulesRequest(TypedDict, total=False):
    Filters: Sequence["Filter"]
    SecurityGroupRuleIds: Sequence[str]
    DryRun: bool
    NextToken: str
    MaxResults: int


class DescribeSecurityGroupRulesResult(TypedDict, total=False):
    SecurityGroupRules: Sequence["SecurityGroupRule"]
    NextToken: str


class DescribeSecurityGroupsRequest(TypedDict, total=False):
    GroupIds: Sequence[str]
    GroupNames: Sequence[str]
    NextToken: str
    MaxResults: int
    DryRun: bool
    Filters: Sequence["Filter"]


class DescribeSecurityGroupsResult(TypedDict, total=False):
    NextToken: str
    SecurityGroups: Sequence["SecurityGroup"]


class DescribeSnapshotAttributeRequest(TypedDict, total=False):
    Attribute: Required[str]
    SnapshotId: Required[str]
    DryRun: bool


class DescribeSnapshotAttributeResult(TypedDict, total=False):
    ProductCodes: Sequence["ProductCode"]
    SnapshotId: str
    CreateVolumePermissions: Sequence["CreateVolumePermission"]


class DescribeSnapshotTierStatusRequest(TypedDict, total=False):
    Filters: Sequence["Filter"]
    DryRun: bool
    NextToken: str
    MaxResults: int


class DescribeSnapshotTierStatusResult(TypedDict, total=False):
    SnapshotTierStatuses: Sequence["SnapshotTierStatus"]
    NextToken: str


class DescribeSnapshotsRequest(TypedDict, total=False):
    MaxResults: int
    NextToken: str
    OwnerIds: Sequence[str]
    RestorableByUserIds: Sequence[str]
    SnapshotIds: Sequence[str]
    DryRun: bool
    Filters: Sequence["Filter"]


class DescribeSnapshotsResult(TypedDict, total=False):
    NextToken: str
    Snapshots: Sequence["Snapshot"]


class DescribeSpotDatafeedSubscriptionRequest(TypedDict, total=False):
    DryRun: bool


class DescribeSpotDatafeedSubscriptionResult(TypedDict, total=False):
    SpotDatafeedSubscription: "SpotDatafeedSubscription"


class DescribeSpotInstanceRequestsRequest(TypedDict, total=False):
    NextToken: str
    MaxResults: int
    DryRun: bool
    SpotInstanceRequestIds: Sequence[str]
    Filters: Sequence["Filter"]


class DescribeSpotInstanceRequestsResult(TypedDict, total=False):
    SpotInstanceRequests: Sequence["SpotInstanceRequest"]
    NextToken: str


class DescribeSpotPriceHistoryRequest(TypedDict, total=False):
    AvailabilityZoneId: str
    DryRun: bool
    StartTime: Timestamp
    EndTime: Timestamp
    InstanceTypes: Sequence[str]
    ProductDescriptions: Sequence[str]
    Filters: Sequence["Filter"]
    AvailabilityZone: str
    MaxResults: int
    NextToken: str


class DescribeSpotPriceHistoryResult(TypedDict, total=False):
    NextToken: str
    SpotPriceHistory: Sequence["SpotPrice"]


class DescribeSubnetsRequest(TypedDict, total=False):
    Filters: Sequence["Filter"]
    SubnetIds: Sequence[str]
    NextToken: str
    MaxResults: int
    DryRun: bool


class DescribeSubnetsResult(TypedDict, total=False):
    NextToken: str
    Subnets: Sequence["Subnet"]


class DescribeTagsRequest(TypedDict, total=False):
    DryRun: bool
    Filters: Sequence["Filter"]
    MaxResults: int
    NextToken: str


class DescribeTagsResult(TypedDict, total=False):
    NextToken: str
    Tags: Sequence["TagDescription"]


class DescribeVolumeAttributeRequest(TypedDict, total=False):
    Attribute: Required[str]
    VolumeId: Required[str]
    DryRun: bool


class DescribeVolumeAttributeResult(TypedDict, total=False):
    AutoEnableIO: "AttributeBooleanValue"
    ProductCodes: Sequence["ProductCode"]
    VolumeId: str


class DescribeVolumeStatusRequest(TypedDict, total=False):
    MaxResults: int
    NextToken: str
    VolumeIds: Sequence[str]
    IncludeManagedResources: bool
    DryRun: bool
    Filters: Sequence["Filter"]


class DescribeVolumeStatusResult(TypedDict, total=False):
    NextToken: str
    VolumeStatuses: Sequence["VolumeStatusItem"]


class DescribeVolumesModificationsRequest(TypedDict, total=False):
    DryRun: bool
    VolumeIds: Sequence[str]
    Filters: Sequence["Filter"]
    NextToken: str
    MaxResults: int
    IncludeManagedResources: bool


class DescribeVolumesModificationsResult(TypedDict, total=False):
    NextToken: str
    VolumesModifications: Sequence["VolumeModification"]


class DescribeVolumesRequest(TypedDict, total=False):
    VolumeIds: Sequence[str]
    IncludeManagedResources: bool
    DryRun: bool
    Filters: Sequence["Filter"]
    NextToken: str
    MaxResults: int


class DescribeVolumesResult(TypedDict, total=False):
    NextToken: str
    Volumes: Sequence["Volume"]


class DescribeVpcAttributeRequest(TypedDict, total=False):
    Attribute: Required[str]
    VpcId: Required[str]
    DryRun: bool


class DescribeVpcAttributeResult(TypedDict, total=False):
    EnableDnsHostnames: "AttributeBooleanValue"
    EnableDnsSupport: "AttributeBooleanValue"
    EnableNetworkAddressUsageMetrics: "AttributeBooleanValue"
    VpcId: str


class DescribeVpcClassicLinkDnsSupportRequest(TypedDict, total=False):
    VpcIds: Sequence[str]
    MaxResults: int
    NextToken: str


class DescribeVpcClassicLinkDnsSupportResult(TypedDict, total=False):
    NextToken: str
    Vpcs: Sequence["ClassicLinkDnsSupport"]


class DescribeVpcClassicLinkRequest(TypedDict, total=False):
    DryRun: bool
    VpcIds: Sequence[str]
    Filters: Sequence["Filter"]


class DescribeVpcClassicLinkResult(TypedDict, total=False):
    Vpcs: Sequence["VpcClassicLink"]


class DescribeVpcEndpointServicesRequest(TypedDict, total=False):
    DryRun: bool
    ServiceNames: Sequence[str]
    Filters: Sequence["Filter"]
    MaxResults: int
    NextToken: str
    ServiceRegions: Sequence[str]


class DescribeVpcEndpointServicesResult(TypedDict, total=False):
    ServiceNames: Sequence[str]
    ServiceDetails: Sequence["ServiceDetail"]
    NextToken: str


class DescribeVpcEndpointsRequest(TypedDict, total=False):
    DryRun: bool
    VpcEndpointIds: Sequence[str]
    Filters: Sequence["Filter"]
    MaxResults: int
    NextToken: str


class DescribeVpcEndpointsResult(TypedDict, total=False):
    VpcEndpoints: Sequence["VpcEndpoint"]
    NextToken: str


class DescribeVpcPeeringConnectionsRequest(TypedDict, total=False):
    NextToken: str
    MaxResults: int
    DryRun: bool
    VpcPeeringConnectionIds: Sequence[str]
    Filters: Sequence["Filter"]


class DescribeVpcPeeringConnectionsResult(TypedDict, total=False):
    VpcPeeringConnections: Sequence["VpcPeeringConnection"]
    NextToken: str


class DescribeVpcsRequest(TypedDict, total=False):
    Filters: Sequence["Filter"]
    VpcIds: Sequence[str]
    NextToken: str
    MaxResults: int
    DryRun: bool


class DescribeVpcsResult(TypedDict, total=False):
    NextToken: str
    Vpcs: Sequence["Vpc"]


class DescribeVpnConnectionsRequest(TypedDict, total=False):
    Filters: Sequence["Filter"]
    VpnConnectionIds: Sequence[str]
    DryRun: bool


class DescribeVpnConnectionsResult(TypedDict, total=False):
    VpnConnections: Sequence["VpnConnection"]


class DescribeVpnGatewaysRequest(TypedDict, total=False):
    Filters: Sequence["Filter"]
    VpnGatewayIds: Sequence[str]
    DryRun: bool


class DescribeVpnGatewaysResult(TypedDict, total=False):
    VpnGateways: Sequence["VpnGateway"]


class DetachClassicLinkVpcRequest(TypedDict, total=False):
    DryRun: bool
    InstanceId: Required[str]
    VpcId: Required[str]


class DetachClassicLinkVpcResult(TypedDict, total=False):
    Return: bool


class DetachInternetGatewayRequest(TypedDict, total=False):
    DryRun: bool
    InternetGatewayId: Required[str]
    VpcId: Required[str]


class DetachNetworkInterfaceRequest(TypedDict, total=False):
    DryRun: bool
    AttachmentId: Required[str]
    Force: bool


class DetachVolumeRequest(TypedDict, total=False):
    Device: str
    Force: bool
    InstanceId: str
    VolumeId: Required[str]
    DryRun: bool


class DetachVpnGatewayRequest(TypedDict, total=False):
    VpcId: Required[str]
    VpnGatewayId: Required[str]
    DryRun: bool


class DhcpConfiguration(TypedDict, total=False):
    Key: str
    Values: Sequence["AttributeValue"]


class DhcpOptions(TypedDict, total=False):
    OwnerId: str
    Tags: Sequence["Tag"]
    DhcpOptionsId: str
    DhcpConfigurations: Sequence["DhcpConfiguration"]


class DisableVgwRoutePropagationRequest(TypedDict, total=False):
    GatewayId: Required[str]
    RouteTableId: Required[str]
    DryRun: bool


class DisableVpcClassicLinkDnsSupportRequest(TypedDict, total=False):
    VpcId: str


class DisableVpcClassicLinkDnsSupportResult(TypedDict, total=False):
    Return: bool


class DisableVpcClassicLinkRequest(TypedDict, total=False):
    DryRun: bool
    VpcId: Required[str]


class DisableVpcClassicLinkResult(TypedDict, total=False):
    Return: bool


class DisassociateAddressRequest(TypedDict, total=False):
    AssociationId: str
    PublicIp: str
    DryRun: bool


class DisassociateRouteTableRequest(TypedDict, total=False):
    DryRun: bool
    AssociationId: Required[str]


class DisassociateSubnetCidrBlockRequest(TypedDict, total=False):
    AssociationId: Required[str]


class DisassociateSubnetCidrBlockResult(TypedDict, total=False):
    Ipv6CidrBlockAssociation: "SubnetIpv6CidrBlockAssociation"
    SubnetId: str


class DisassociateVpcCidrBlockRequest(TypedDict, total=False):
    AssociationId: Required[str]


class DisassociateVpcCidrBlockResult(TypedDict, total=False):
    Ipv6CidrBlockAssociation: "VpcIpv6CidrBlockAssociation"
    CidrBlockAssociation: "VpcCidrBlockAssociation"
    VpcId: str


class DiskInfo(TypedDict, total=False):
    SizeInGB: int
    Count: int
    Type: str


class DnsEntry(TypedDict, total=False):
    DnsName: str
    HostedZoneId: str


class DnsOptions(TypedDict, total=False):
    DnsRecordIpType: str
    PrivateDnsOnlyForInboundResolverEndpoint: bool
    PrivateDnsPreference: str
    PrivateDnsSpecifiedDomains: Sequence[str]


class DnsOptionsSpecification(TypedDict, total=False):
    DnsRecordIpType: str
    PrivateDnsOnlyForInboundResolverEndpoint: bool
    PrivateDnsPreference: str
    PrivateDnsSpecifiedDomains: Sequence[str]


class EbsBlockDevice(TypedDict, total=False):
    DeleteOnTermination: bool
    Iops: int
    SnapshotId: str
    VolumeSize: int
    VolumeType: str
    KmsKeyId: str
    Throughput: int
    OutpostArn: str
    AvailabilityZone: str
    Encrypted: bool
    VolumeInitializationRate: int
    AvailabilityZoneId: str
    EbsCardIndex: int


class EbsCardInfo(TypedDict, total=False):
    EbsCardIndex: int
    BaselineBandwidthInMbps: int
    BaselineThroughputInMBps: float
    BaselineIops: int
    MaximumBandwidthInMbps: int
    MaximumThroughputInMBps: float
    MaximumIops: int


class EbsInfo(TypedDict, total=False):
    EbsOptimizedSupport: str
    EncryptionSupport: str
    EbsOptimizedInfo: "EbsOptimizedInfo"
    NvmeSupport: str
    MaximumEbsAttachments: int
    AttachmentLimitType: str
    MaximumEbsCards: int
    EbsCards: Sequence["EbsCardInfo"]


class EbsInstanceBlockDevice(TypedDict, total=False):
    AttachTime: Timestamp
    DeleteOnTermination: bool
    Status: str
    VolumeId: str
    AssociatedResource: str
    VolumeOwnerId: str
    Operator: "OperatorResponse"
    EbsCardIndex: int


class EbsInstanceBlockDeviceSpecification(TypedDict, total=False):
    VolumeId: str
    DeleteOnTermination: bool


class EbsOptimizedInfo(TypedDict, total=False):
    BaselineBandwidthInMbps: int
    BaselineThroughputInMBps: float
    BaselineIops: int
    MaximumBandwidthInMbps: int
    MaximumThroughputInMBps: float
    MaximumIops: int


class EbsStatusDetails(TypedDict, total=False):
    ImpairedSince: Timestamp
    Name: str
    Status: str


class EbsStatusSummary(TypedDict, total=False):
    Details: Sequence["EbsStatusDetails"]
    Status: str


class EfaInfo(TypedDict, total=False):
    MaximumEfaInterfaces: int


class EgressOnlyInternetGateway(TypedDict, total=False):
    Attachments: Sequence["InternetGatewayAttachment"]
    EgressOnlyInternetGatewayId: str
    Tags: Sequence["Tag"]


class ElasticGpuAssociation(TypedDict, total=False):
    ElasticGpuId: str
    ElasticGpuAssociationId: str
    ElasticGpuAssociationState: str
    ElasticGpuAssociationTime: str


class ElasticGpuSpecification(TypedDict, total=False):
    Type: Required[str]


class ElasticGpuSpecificationResponse(TypedDict, total=False):
    Type: str


class ElasticInferenceAccelerator(TypedDict, total=False):
    Type: Required[str]
    Count: int


class ElasticInferenceAcceleratorAssociation(TypedDict, total=False):
    ElasticInferenceAcceleratorArn: str
    ElasticInferenceAcceleratorAssociationId: str
    ElasticInferenceAcceleratorAssociationState: str
    ElasticInferenceAcceleratorAssociationTime: Timestamp


class EnaSrdSpecification(TypedDict, total=False):
    EnaSrdEnabled: bool
    EnaSrdUdpSpecification: "EnaSrdUdpSpecification"


class EnaSrdSpecificationRequest(TypedDict, total=False):
    EnaSrdEnabled: bool
    EnaSrdUdpSpecification: "EnaSrdUdpSpecificationRequest"


class EnaSrdUdpSpecification(TypedDict, total=False):
    EnaSrdUdpEnabled: bool


class EnaSrdUdpSpecificationRequest(TypedDict, total=False):
    EnaSrdUdpEnabled: bool


class EnableVgwRoutePropagationRequest(TypedDict, total=False):
    GatewayId: Required[str]
    RouteTableId: Required[str]
    DryRun: bool


class EnableVolumeIORequest(TypedDict, total=False):
    DryRun: bool
    VolumeId: Required[str]


class EnableVpcClassicLinkDnsSupportRequest(TypedDict, total=False):
    VpcId: str


class EnableVpcClassicLinkDnsSupportResult(TypedDict, total=False):
    Return: bool


class EnableVpcClassicLinkRequest(TypedDict, total=False):
    DryRun: bool
    VpcId: Required[str]


class EnableVpcClassicLinkResult(TypedDict, total=False):
    Return: bool


class EnclaveOptions(TypedDict, total=False):
    Enabled: bool


class EnclaveOptionsRequest(TypedDict, total=False):
    Enabled: bool


class Filter(TypedDict, total=False):
    Name: str
    Values: Sequence[str]


class FpgaDeviceInfo(TypedDict, total=False):
    Name: str
    Manufacturer: str
    Count: int
    MemoryInfo: "FpgaDeviceMemoryInfo"


class FpgaDeviceMemoryInfo(TypedDict, total=False):
    SizeInMiB: int


class FpgaInfo(TypedDict, total=False):
    Fpgas: Sequence["FpgaDeviceInfo"]
    TotalFpgaMemoryInMiB: int


class GetConsoleOutputRequest(TypedDict, total=False):
    InstanceId: Required[str]
    Latest: bool
    DryRun: bool


class GetConsoleOutputResult(TypedDict, total=False):
    InstanceId: str
    Timestamp: Timestamp
    Output: str


class GetConsoleScreenshotRequest(TypedDict, total=False):
    DryRun: bool
    InstanceId: Required[str]
    WakeUp: bool


class GetConsoleScreenshotResult(TypedDict, total=False):
    ImageData: str
    InstanceId: str


class GetDefaultCreditSpecificationRequest(TypedDict, total=False):
    DryRun: bool
    InstanceFamily: Required[str]


class GetDefaultCreditSpecificationResult(TypedDict, total=False):
    InstanceFamilyCreditSpecification: "InstanceFamilyCreditSpecification"


class GetInstanceUefiDataRequest(TypedDict, total=False):
    InstanceId: Required[str]
    DryRun: bool


class GetInstanceUefiDataResult(TypedDict, total=False):
    InstanceId: str
    UefiData: str


class GetLaunchTemplateDataRequest(TypedDict, total=False):
    DryRun: bool
    InstanceId: Required[str]


class GetLaunchTemplateDataResult(TypedDict, total=False):
    LaunchTemplateData: "ResponseLaunchTemplateData"


class GetPasswordDataRequest(TypedDict, total=False):
    InstanceId: Required[str]
    DryRun: bool


class GetPasswordDataResult(TypedDict, total=False):
    InstanceId: str
    Timestamp: Timestamp
    PasswordData: str


class GpuDeviceInfo(TypedDict, total=False):
    Name: str
    Manufacturer: str
    Count: int
    LogicalGpuCount: int
    GpuPartitionSize: float
    Workloads: Sequence[str]
    MemoryInfo: "GpuDeviceMemoryInfo"


class GpuDeviceMemoryInfo(TypedDict, total=False):
    SizeInMiB: int


class GpuInfo(TypedDict, total=False):
    Gpus: Sequence["GpuDeviceInfo"]
    TotalGpuMemoryInMiB: int


class GroupIdentifier(TypedDict, total=False):
    GroupId: str
    GroupName: str


class HibernationOptions(TypedDict, total=False):
    Configured: bool


class HibernationOptionsRequest(TypedDict, total=False):
    Configured: bool


class Host(TypedDict, total=False):
    AutoPlacement: str
    AvailabilityZone: str
    AvailableCapacity: "AvailableCapacity"
    ClientToken: str
    HostId: str
    HostProperties: "HostProperties"
    HostReservationId: str
    Instances: Sequence["HostInstance"]
    State: str
    AllocationTime: Timestamp
    ReleaseTime: Timestamp
    Tags: Sequence["Tag"]
    HostRecovery: str
    AllowsMultipleInstanceTypes: str
    OwnerId: str
    AvailabilityZoneId: str
    MemberOfServiceLinkedResourceGroup: bool
    OutpostArn: str
    HostMaintenance: str
    AssetId: str
    CpuOptions: "HostCpuOptions"


class HostCpuOptions(TypedDict, total=False):
    AmdSevSnp: str


class HostCpuOptionsRequest(TypedDict, total=False):
    AmdSevSnp: str


class HostInstance(TypedDict, total=False):
    InstanceId: str
    InstanceType: str
    OwnerId: str


class HostProperties(TypedDict, total=False):
    Cores: int
    InstanceType: str
    InstanceFamily: str
    Sockets: int
    TotalVCpus: int


class IKEVersionsListValue(TypedDict, total=False):
    Value: str


class IKEVersionsRequestListValue(TypedDict, total=False):
    Value: str


class IamInstanceProfile(TypedDict, total=False):
    Arn: str
    Id: str


class IamInstanceProfileSpecification(TypedDict, total=False):
    Arn: str
    Name: str


class IcmpTypeCode(TypedDict, total=False):
    Code: int
    Type: int


class IgwFirewall(TypedDict, total=False):
    FirewallArn: str
    Status: str


class Image(TypedDict, total=False):
    PlatformDetails: str
    UsageOperation: str
    BlockDeviceMappings: Sequence["BlockDeviceMapping"]
    Description: str
    EnaSupport: bool
    Hypervisor: str
    ImageOwnerAlias: str
    Name: str
    RootDeviceName: str
    RootDeviceType: str
    SriovNetSupport: str
    StateReason: "StateReason"
    Tags: Sequence["Tag"]
    VirtualizationType: str
    BootMode: str
    TpmSupport: str
    DeprecationTime: str
    ImdsSupport: str
    SourceInstanceId: str
    DeregistrationProtection: str
    LastLaunchedTime: str
    ImageAllowed: bool
    SourceImageId: str
    SourceImageRegion: str
    FreeTierEligible: bool
    PublicSsmParameterName: str
    ImageWatermarks: Sequence["ImageWatermark"]
    ScanResults: "ScanResults"
    InstanceTypeSpecification: "InstanceTypeSpecification"
    ImageId: str
    ImageLocation: str
    State: str
    OwnerId: str
    CreationDate: str
    Public: bool
    ProductCodes: Sequence["ProductCode"]
    Architecture: str
    ImageType: str
    KernelId: str
    RamdiskId: str
    Platform: str


class ImageAttribute(TypedDict, total=False):
    Description: "AttributeValue"
    KernelId: "AttributeValue"
    RamdiskId: "AttributeValue"
    SriovNetSupport: "AttributeValue"
    BootMode: "AttributeValue"
    TpmSupport: "AttributeValue"
    UefiData: "AttributeValue"
    LastLaunchedTime: "AttributeValue"
    ImdsSupport: "AttributeValue"
    DeregistrationProtection: "AttributeValue"
    ImageId: str
    LaunchPermissions: Sequence["LaunchPermission"]
    ProductCodes: Sequence["ProductCode"]
    BlockDeviceMappings: Sequence["BlockDeviceMapping"]


class ImageWatermark(TypedDict, total=False):
    WatermarkKey: str
    SourceImageRegion: str
    SourceImageId: str
    SourceImageCreationTime: Timestamp
    WatermarkCreationTime: Timestamp


class ImportKeyPairRequest(TypedDict, total=False):
    TagSpecifications: Sequence["TagSpecification"]
    DryRun: bool
    KeyName: Required[str]
    PublicKeyMaterial: Required[Blob]


class ImportKeyPairResult(TypedDict, total=False):
    KeyFingerprint: str
    KeyName: str
    KeyPairId: str
    Tags: Sequence["Tag"]


class InferenceAcceleratorInfo(TypedDict, total=False):
    Accelerators: Sequence["InferenceDeviceInfo"]
    TotalInferenceMemoryInMiB: int


class InferenceDeviceInfo(TypedDict, total=False):
    Count: int
    Name: str
    Manufacturer: str
    MemoryInfo: "InferenceDeviceMemoryInfo"


class InferenceDeviceMemoryInfo(TypedDict, total=False):
    SizeInMiB: int


class InitializationStatusDetails(TypedDict, total=False):
    InitializationType: str
    Progress: int
    EstimatedTimeToCompleteInSeconds: int


class Instance(TypedDict, total=False):
    Architecture: str
    BlockDeviceMappings: Sequence["InstanceBlockDeviceMapping"]
    ClientToken: str
    EbsOptimized: bool
    EnaSupport: bool
    Hypervisor: str
    IamInstanceProfile: "IamInstanceProfile"
    InstanceLifecycle: str
    ElasticGpuAssociations: Sequence["ElasticGpuAssociation"]
    ElasticInferenceAcceleratorAssociations: Sequence["ElasticInferenceAcceleratorAssociation"]
    NetworkInterfaces: Sequence["InstanceNetworkInterface"]
    OutpostArn: str
    RootDeviceName: str
    RootDeviceType: str
    SecurityGroups: Sequence["GroupIdentifier"]
    SourceDestCheck: bool
    SpotInstanceRequestId: str
    SriovNetSupport: str
    StateReason: "StateReason"
    Tags: Sequence["Tag"]
    VirtualizationType: str
    CpuOptions: "CpuOptions"
    CapacityBlockId: str
    CapacityReservationId: str
    CapacityReservationSpecification: "CapacityReservationSpecificationResponse"
    HibernationOptions: "HibernationOptions"
    Licenses: Sequence["LicenseConfiguration"]
    MetadataOptions: "InstanceMetadataOptionsResponse"
    EnclaveOptions: "EnclaveOptions"
    BootMode: str
    PlatformDetails: str
    UsageOperation: str
    UsageOperationUpdateTime: Timestamp
    PrivateDnsNameOptions: "PrivateDnsNameOptionsResponse"
    Ipv6Address: str
    TpmSupport: str
    MaintenanceOptions: "InstanceMaintenanceOptions"
    CurrentInstanceBootMode: str
    NetworkPerformanceOptions: "InstanceNetworkPerformanceOptions"
    Operator: "OperatorResponse"
    SecondaryInterfaces: Sequence["InstanceSecondaryInterface"]
    InstanceId: str
    ImageId: str
    State: "InstanceState"
    PrivateDnsName: str
    PublicDnsName: str
    StateTransitionReason: str
    KeyName: str
    AmiLaunchIndex: int
    ProductCodes: Sequence["ProductCode"]
    InstanceType: str
    LaunchTime: Timestamp
    Placement: "Placement"
    KernelId: str
    RamdiskId: str
    Platform: str
    Monitoring: "Monitoring"
    SubnetId: str
    VpcId: str
    PrivateIpAddress: str
    PublicIpAddress: str


class InstanceAttachmentEnaSrdSpecification(TypedDict, total=False):
    EnaSrdEnabled: bool
    EnaSrdUdpSpecification: "InstanceAttachmentEnaSrdUdpSpecification"


class InstanceAttachmentEnaSrdUdpSpecification(TypedDict, total=False):
    EnaSrdUdpEnabled: bool


class InstanceAttribute(TypedDict, total=False):
    BlockDeviceMappings: Sequence["InstanceBlockDeviceMapping"]
    DisableApiTermination: "AttributeBooleanValue"
    EnaSupport: "AttributeBooleanValue"
    EnclaveOptions: "EnclaveOptions"
    EbsOptimized: "AttributeBooleanValue"
    InstanceId: str
    InstanceInitiatedShutdownBehavior: "AttributeValue"
    InstanceType: "AttributeValue"
    KernelId: "AttributeValue"
    ProductCodes: Sequence["ProductCode"]
    RamdiskId: "AttributeValue"
    RootDeviceName: "AttributeValue"
    SourceDestCheck: "AttributeBooleanValue"
    SriovNetSupport: "AttributeValue"
    UserData: "AttributeValue"
    DisableApiStop: "AttributeBooleanValue"
    Groups: Sequence["GroupIdentifier"]


class InstanceBlockDeviceMapping(TypedDict, total=False):
    DeviceName: str
    Ebs: "EbsInstanceBlockDevice"


class InstanceBlockDeviceMappingSpecification(TypedDict, total=False):
    DeviceName: str
    Ebs: "EbsInstanceBlockDeviceSpecification"
    VirtualName: str
    NoDevice: str


class InstanceCapacity(TypedDict, total=False):
    AvailableCapacity: int
    InstanceType: str
    TotalCapacity: int


class InstanceCount(TypedDict, total=False):
    InstanceCount: int
    State: str


class InstanceCreditSpecification(TypedDict, total=False):
    InstanceId: str
    CpuCredits: str


class InstanceCreditSpecificationRequest(TypedDict, total=False):
    InstanceId: Required[str]
    CpuCredits: str


class InstanceFamilyCreditSpecification(TypedDict, total=False):
    InstanceFamily: str
    CpuCredits: str


class InstanceIpv4Prefix(TypedDict, total=False):
    Ipv4Prefix: str


class InstanceIpv6Address(TypedDict, total=False):
    Ipv6Address: str
    IsPrimaryIpv6: bool


class InstanceIpv6AddressRequest(TypedDict, total=False):
    Ipv6Address: str


class InstanceIpv6Prefix(TypedDict, total=False):
    Ipv6Prefix: str


class InstanceMaintenanceOptions(TypedDict, total=False):
    AutoRecovery: str
    RebootMigration: str


class InstanceMaintenanceOptionsRequest(TypedDict, total=False):
    AutoRecovery: str


class InstanceMarketOptionsRequest(TypedDict, total=False):
    MarketType: str
    SpotOptions: "SpotMarketOptions"


class InstanceMetadataOptionsRequest(TypedDict, total=False):
    HttpTokens: str
    HttpPutResponseHopLimit: int
    HttpEndpoint: str
    HttpProtocolIpv6: str
    InstanceMetadataTags: str


class InstanceMetadataOptionsResponse(TypedDict, total=False):
    State: str
    HttpTokens: str
    HttpPutResponseHopLimit: int
    HttpEndpoint: str
    HttpProtocolIpv6: str
    InstanceMetadataTags: str


class InstanceMonitoring(TypedDict, total=False):
    InstanceId: str
    Monitoring: "Monitoring"


class InstanceNetworkInterface(TypedDict, total=False):
    Association: "InstanceNetworkInterfaceAssociation"
    Attachment: "InstanceNetworkInterfaceAttachment"
    Description: str
    Groups: Sequence["GroupIdentifier"]
    Ipv6Addresses: Sequence["InstanceIpv6Address"]
    MacAddress: str
    NetworkInterfaceId: str
    OwnerId: str
    PrivateDnsName: str
    PrivateIpAddress: str
    PrivateIpAddresses: Sequence["InstancePrivateIpAddress"]
    SourceDestCheck: bool
    Status: str
    SubnetId: str
    VpcId: str
    InterfaceType: str
    Ipv4Prefixes: Sequence["InstanceIpv4Prefix"]
    Ipv6Prefixes: Sequence["InstanceIpv6Prefix"]
    ConnectionTrackingConfiguration: "ConnectionTrackingSpecificationResponse"
    Operator: "OperatorResponse"


class InstanceNetworkInterfaceAssociation(TypedDict, total=False):
    CarrierIp: str
    CustomerOwnedIp: str
    IpOwnerId: str
    PublicDnsName: str
    PublicIp: str


class InstanceNetworkInterfaceAttachment(TypedDict, total=False):
    AttachTime: Timestamp
    AttachmentId: str
    DeleteOnTermination: bool
    DeviceIndex: int
    Status: str
    NetworkCardIndex: int
    EnaSrdSpecification: "InstanceAttachmentEnaSrdSpecification"
    EnaQueueCount: int


class InstanceNetworkInterfaceSpecification(TypedDict, total=False):
    AssociatePublicIpAddress: bool
    DeleteOnTermination: bool
    Description: str
    DeviceIndex: int
    Groups: Sequence[str]
    Ipv6AddressCount: int
    Ipv6Addresses: Sequence["InstanceIpv6Address"]
    NetworkInterfaceId: str
    PrivateIpAddress: str
    PrivateIpAddresses: Sequence["PrivateIpAddressSpecification"]
    SecondaryPrivateIpAddressCount: int
    SubnetId: str
    AssociateCarrierIpAddress: bool
    InterfaceType: str
    NetworkCardIndex: int
    Ipv4Prefixes: Sequence["Ipv4PrefixSpecificationRequest"]
    Ipv4PrefixCount: int
    Ipv6Prefixes: Sequence["Ipv6PrefixSpecificationRequest"]
    Ipv6PrefixCount: int
    PrimaryIpv6: bool
    EnaSrdSpecification: "EnaSrdSpecificationRequest"
    ConnectionTrackingSpecification: "ConnectionTrackingSpecificationRequest"
    EnaQueueCount: int


class InstanceNetworkPerformanceOptions(TypedDict, total=False):
    BandwidthWeighting: str


class InstanceNetworkPerformanceOptionsRequest(TypedDict, total=False):
    BandwidthWeighting: str


class InstancePrivateIpAddress(TypedDict, total=False):
    Association: "InstanceNetworkInterfaceAssociation"
    Primary: bool
    PrivateDnsName: str
    PrivateIpAddress: str


class InstanceRequirements(TypedDict, total=False):
    VCpuCount: "VCpuCountRange"
    MemoryMiB: "MemoryMiB"
    CpuManufacturers: Sequence[str]
    MemoryGiBPerVCpu: "MemoryGiBPerVCpu"
    ExcludedInstanceTypes: Sequence[str]
    InstanceGenerations: Sequence[str]
    SpotMaxPricePercentageOverLowestPrice: int
    OnDemandMaxPricePercentageOverLowestPrice: int
    BareMetal: str
    BurstablePerformance: str
    RequireHibernateSupport: bool
    NetworkInterfaceCount: "NetworkInterfaceCount"
    LocalStorage: str
    LocalStorageTypes: Sequence[str]
    TotalLocalStorageGB: "TotalLocalStorageGB"
    BaselineEbsBandwidthMbps: "BaselineEbsBandwidthMbps"
    AcceleratorTypes: Sequence[str]
    AcceleratorCount: "AcceleratorCount"
    AcceleratorManufacturers: Sequence[str]
    AcceleratorNames: Sequence[str]
    AcceleratorTotalMemoryMiB: "AcceleratorTotalMemoryMiB"
    NetworkBandwidthGbps: "NetworkBandwidthGbps"
    AllowedInstanceTypes: Sequence[str]
    MaxSpotPriceAsPercentageOfOptimalOnDemandPrice: int
    BaselinePerformanceFactors: "BaselinePerformanceFactors"
    RequireEncryptionInTransit: bool


class InstanceRequirementsRequest(TypedDict, total=False):
    VCpuCount: Required["VCpuCountRangeRequest"]
    MemoryMiB: Required["MemoryMiBRequest"]
    CpuManufacturers: Sequence[str]
    MemoryGiBPerVCpu: "MemoryGiBPerVCpuRequest"
    ExcludedInstanceTypes: Sequence[str]
    InstanceGenerations: Sequence[str]
    SpotMaxPricePercentageOverLowestPrice: int
    OnDemandMaxPricePercentageOverLowestPrice: int
    BareMetal: str
    BurstablePerformance: str
    RequireHibernateSupport: bool
    NetworkInterfaceCount: "NetworkInterfaceCountRequest"
    LocalStorage: str
    LocalStorageTypes: Sequence[str]
    TotalLocalStorageGB: "TotalLocalStorageGBRequest"
    BaselineEbsBandwidthMbps: "BaselineEbsBandwidthMbpsRequest"
    AcceleratorTypes: Sequence[str]
    AcceleratorCount: "AcceleratorCountRequest"
    AcceleratorManufacturers: Sequence[str]
    AcceleratorNames: Sequence[str]
    AcceleratorTotalMemoryMiB: "AcceleratorTotalMemoryMiBRequest"
    NetworkBandwidthGbps: "NetworkBandwidthGbpsRequest"
    AllowedInstanceTypes: Sequence[str]
    MaxSpotPriceAsPercentageOfOptimalOnDemandPrice: int
    BaselinePerformanceFactors: "BaselinePerformanceFactorsRequest"
    RequireEncryptionInTransit: bool


class InstanceSecondaryInterface(TypedDict, total=False):
    Attachment: "InstanceSecondaryInterfaceAttachment"
    MacAddress: str
    SecondaryInterfaceId: str
    OwnerId: str
    PrivateIpAddresses: Sequence["InstanceSecondaryInterfacePrivateIpAddress"]
    SourceDestCheck: bool
    Status: str
    SecondarySubnetId: str
    SecondaryNetworkId: str
    InterfaceType: str


class InstanceSecondaryInterfaceAttachment(TypedDict, total=False):
    AttachTime: Timestamp
    AttachmentId: str
    DeleteOnTermination: bool
    DeviceIndex: int
    Status: str
    NetworkCardIndex: int


class InstanceSecondaryInterfacePrivateIpAddress(TypedDict, total=False):
    PrivateIpAddress: str


class InstanceSecondaryInterfacePrivateIpAddressRequest(TypedDict, total=False):
    PrivateIpAddress: Required[str]


class InstanceSecondaryInterfaceSpecificationRequest(TypedDict, total=False):
    DeleteOnTermination: bool
    DeviceIndex: int
    PrivateIpAddresses: Sequence["InstanceSecondaryInterfacePrivateIpAddressRequest"]
    PrivateIpAddressCount: int
    SecondarySubnetId: str
    InterfaceType: str
    NetworkCardIndex: int


class InstanceState(TypedDict, total=False):
    Code: int
    Name: str


class InstanceStateChange(TypedDict, total=False):
    InstanceId: str
    CurrentState: "InstanceState"
    PreviousState: "InstanceState"


class InstanceStatus(TypedDict, total=False):
    AvailabilityZone: str
    AvailabilityZoneId: str
    OutpostArn: str
    Operator: "OperatorResponse"
    Events: Sequence["InstanceStatusEvent"]
    InstanceId: str
    InstanceState: "InstanceState"
    InstanceStatus: "InstanceStatusSummary"
    SystemStatus: "InstanceStatusSummary"
    AttachedEbsStatus: "EbsStatusSummary"
    ApplicationStatus: "ApplicationStatusSummary"
    PerformanceStatus: "PerformanceStatusSummary"


class InstanceStatusDetails(TypedDict, total=False):
    ImpairedSince: Timestamp
    Name: str
    Status: str


class InstanceStatusEvent(TypedDict, total=False):
    InstanceEventId: str
    Code: str
    Description: str
    NotAfter: Timestamp
    NotBefore: Timestamp
    NotBeforeDeadline: Timestamp


class InstanceStatusSummary(TypedDict, total=False):
    Details: Sequence["InstanceStatusDetails"]
    Status: str


class InstanceStorageInfo(TypedDict, total=False):
    TotalSizeInGB: int
    Disks: Sequence["DiskInfo"]
    NvmeSupport: str
    EncryptionSupport: str


class InstanceTypeInfo(TypedDict, total=False):
    InstanceType: str
    CurrentGeneration: bool
    FreeTierEligible: bool
    SupportedUsageClasses: Sequence[str]
    SupportedRootDeviceTypes: Sequence[str]
    SupportedVirtualizationTypes: Sequence[str]
    BareMetal: bool
    Hypervisor: str
    ProcessorInfo: "ProcessorInfo"
    VCpuInfo: "VCpuInfo"
    MemoryInfo: "MemoryInfo"
    InstanceStorageSupported: bool
    InstanceStorageInfo: "InstanceStorageInfo"
    EbsInfo: "EbsInfo"
    NetworkInfo: "NetworkInfo"
    GpuInfo: "GpuInfo"
    FpgaInfo: "FpgaInfo"
    PlacementGroupInfo: "PlacementGroupInfo"
    InferenceAcceleratorInfo: "InferenceAcceleratorInfo"
    HibernationSupported: bool
    BurstablePerformanceSupported: bool
    DedicatedHostsSupported: bool
    AutoRecoverySupported: bool
    SupportedBootModes: Sequence[str]
    NitroEnclavesSupport: str
    NitroTpmSupport: str
    NitroTpmInfo: "NitroTpmInfo"
    MediaAcceleratorInfo: "MediaAcceleratorInfo"
    NeuronInfo: "NeuronInfo"
    PhcSupport: str
    RebootMigrationSupport: str
    SupportedInRegion: bool


class InstanceTypeItem(TypedDict, total=False):
    InstanceType: str


class InstanceTypeOffering(TypedDict, total=False):
    InstanceType: str
    LocationType: str
    Location: str


class InstanceTypeSpecification(TypedDict, total=False):
    SupportedInstanceTypes: Sequence["InstanceTypeItem"]
    UnsupportedInstanceTypes: Sequence["InstanceTypeItem"]


class InternetGateway(TypedDict, total=False):
    Attachments: Sequence["InternetGatewayAttachment"]
    InternetGatewayId: str
    OwnerId: str
    Tags: Sequence["Tag"]


class InternetGatewayAttachment(TypedDict, total=False):
    State: str
    VpcId: str


class IpPermission(TypedDict, total=False):
    IpProtocol: str
    FromPort: int
    ToPort: int
    UserIdGroupPairs: Sequence["UserIdGroupPair"]
    IpRanges: Sequence["IpRange"]
    Ipv6Ranges: Sequence["Ipv6Range"]
    PrefixListIds: Sequence["PrefixListId"]


class IpRange(TypedDict, total=False):
    Description: str
    CidrIp: str


class Ipv4PrefixSpecification(TypedDict, total=False):
    Ipv4Prefix: str


class Ipv4PrefixSpecificationRequest(TypedDict, total=False):
    Ipv4Prefix: str


class Ipv4PrefixSpecificationResponse(TypedDict, total=False):
    Ipv4Prefix: str


class Ipv6CidrBlock(TypedDict, total=False):
    Ipv6CidrBlock: str


class Ipv6PrefixSpecification(TypedDict, total=False):
    Ipv6Prefix: str


class Ipv6PrefixSpecificationRequest(TypedDict, total=False):
    Ipv6Prefix: str


class Ipv6PrefixSpecificationResponse(TypedDict, total=False):
    Ipv6Prefix: str


class Ipv6Range(TypedDict, total=False):
    Description: str
    CidrIpv6: str


class KeyPair(TypedDict, total=False):
    KeyPairId: str
    Tags: Sequence["Tag"]
    KeyName: str
    KeyFingerprint: str
    KeyMaterial: str


class KeyPairInfo(TypedDict, total=False):
    KeyPairId: str
    KeyType: str
    Tags: Sequence["Tag"]
    PublicKey: str
    CreateTime: Timestamp
    KeyName: str
    KeyFingerprint: str


class LastError(TypedDict, total=False):
    Message: str
    Code: str


class LaunchPermission(TypedDict, total=False):
    OrganizationArn: str
    OrganizationalUnitArn: str
    UserId: str
    Group: str


class LaunchPermissionModifications(TypedDict, total=False):
    Add: Sequence["LaunchPermission"]
    Remove: Sequence["LaunchPermission"]


class LaunchSpecification(TypedDict, total=False):
    UserData: str
    AddressingType: str
    BlockDeviceMappings: Sequence["BlockDeviceMapping"]
    EbsOptimized: bool
    IamInstanceProfile: "IamInstanceProfileSpecification"
    ImageId: str
    InstanceType: str
    KernelId: str
    KeyName: str
    NetworkInterfaces: Sequence["InstanceNetworkInterfaceSpecification"]
    Placement: "SpotPlacement"
    RamdiskId: str
    SubnetId: str
    SecurityGroups: Sequence["GroupIdentifier"]
    Monitoring: "RunInstancesMonitoringEnabled"


class LaunchTemplate(TypedDict, total=False):
    LaunchTemplateId: str
    LaunchTemplateName: str
    CreateTime: Timestamp
    CreatedBy: str
    DefaultVersionNumber: int
    LatestVersionNumber: int
    Tags: Sequence["Tag"]
    Operator: "OperatorResponse"


class LaunchTemplateBlockDeviceMapping(TypedDict, total=False):
    DeviceName: str
    VirtualName: str
    Ebs: "LaunchTemplateEbsBlockDevice"
    NoDevice: str


class LaunchTemplateBlockDeviceMappingRequest(TypedDict, total=False):
    DeviceName: str
    VirtualName: str
    Ebs: "LaunchTemplateEbsBlockDeviceRequest"
    NoDevice: str


class LaunchTemplateCapacityReservationSpecificationRequest(TypedDict, total=False):
    CapacityReservationPreference: str
    CapacityReservationTarget: "CapacityReservationTarget"


class LaunchTemplateCapacityReservationSpecificationResponse(TypedDict, total=False):
    CapacityReservationPreference: str
    CapacityReservationTarget: "CapacityReservationTargetResponse"


class LaunchTemplateCpuOptions(TypedDict, total=False):
    CoreCount: int
    ThreadsPerCore: int
    AmdSevSnp: str
    NestedVirtualization: str


class LaunchTemplateCpuOptionsRequest(TypedDict, total=False):
    CoreCount: int
    ThreadsPerCore: int
    AmdSevSnp: str
    NestedVirtualization: str


class LaunchTemplateEbsBlockDevice(TypedDict, total=False):
    Encrypted: bool
    DeleteOnTermination: bool
    Iops: int
    KmsKeyId: str
    SnapshotId: str
    VolumeSize: int
    VolumeType: str
    Throughput: int
    VolumeInitializationRate: int
    EbsCardIndex: int


class LaunchTemplateEbsBlockDeviceRequest(TypedDict, total=False):
    Encrypted: bool
    DeleteOnTermination: bool
    Iops: int
    KmsKeyId: str
    SnapshotId: str
    VolumeSize: int
    VolumeType: str
    Throughput: int
    VolumeInitializationRate: int
    EbsCardIndex: int


class LaunchTemplateElasticInferenceAccelerator(TypedDict, total=False):
    Type: Required[str]
    Count: int


class LaunchTemplateElasticInferenceAcceleratorResponse(TypedDict, total=False):
    Type: str
    Count: int


class LaunchTemplateEnaSrdSpecification(TypedDict, total=False):
    EnaSrdEnabled: bool
    EnaSrdUdpSpecification: "LaunchTemplateEnaSrdUdpSpecification"


class LaunchTemplateEnaSrdUdpSpecification(TypedDict, total=False):
    EnaSrdUdpEnabled: bool


class LaunchTemplateEnclaveOptions(TypedDict, total=False):
    Enabled: bool


class LaunchTemplateEnclaveOptionsRequest(TypedDict, total=False):
    Enabled: bool


class LaunchTemplateHibernationOptions(TypedDict, total=False):
    Configured: bool


class LaunchTemplateHibernationOptionsRequest(TypedDict, total=False):
    Configured: bool


class LaunchTemplateIamInstanceProfileSpecification(TypedDict, total=False):
    Arn: str
    Name: str


class LaunchTemplateIamInstanceProfileSpecificationRequest(TypedDict, total=False):
    Arn: str
    Name: str


class LaunchTemplateInstanceMaintenanceOptions(TypedDict, total=False):
    AutoRecovery: str


class LaunchTemplateInstanceMaintenanceOptionsRequest(TypedDict, total=False):
    AutoRecovery: str


class LaunchTemplateInstanceMarketOptions(TypedDict, total=False):
    MarketType: str
    SpotOptions: "LaunchTemplateSpotMarketOptions"


class LaunchTemplateInstanceMarketOptionsRequest(TypedDict, total=False):
    MarketType: str
    SpotOptions: "LaunchTemplateSpotMarketOptionsRequest"


class LaunchTemplateInstanceMetadataOptions(TypedDict, total=False):
    State: str
    HttpTokens: str
    HttpPutResponseHopLimit: int
    HttpEndpoint: str
    HttpProtocolIpv6: str
    InstanceMetadataTags: str


class LaunchTemplateInstanceMetadataOptionsRequest(TypedDict, total=False):
    HttpTokens: str
    HttpPutResponseHopLimit: int
    HttpEndpoint: str
    HttpProtocolIpv6: str
    InstanceMetadataTags: str


class LaunchTemplateInstanceNetworkInterfaceSpecification(TypedDict, total=False):
    AssociateCarrierIpAddress: bool
    AssociatePublicIpAddress: bool
    DeleteOnTermination: bool
    Description: str
    DeviceIndex: int
    Groups: Sequence[str]
    InterfaceType: str
    Ipv6AddressCount: int
    Ipv6Addresses: Sequence["InstanceIpv6Address"]
    NetworkInterfaceId: str
    PrivateIpAddress: str
    PrivateIpAddresses: Sequence["PrivateIpAddressSpecification"]
    SecondaryPrivateIpAddressCount: int
    SubnetId: str
    NetworkCardIndex: int
    Ipv4Prefixes: Sequence["Ipv4PrefixSpecificationResponse"]
    Ipv4PrefixCount: int
    Ipv6Prefixes: Sequence["Ipv6PrefixSpecificationResponse"]
    Ipv6PrefixCount: int
    PrimaryIpv6: bool
    EnaSrdSpecification: "LaunchTemplateEnaSrdSpecification"
    ConnectionTrackingSpecification: "ConnectionTrackingSpecification"
    EnaQueueCount: int


class LaunchTemplateInstanceNetworkInterfaceSpecificationRequest(TypedDict, total=False):
    AssociateCarrierIpAddress: bool
    AssociatePublicIpAddress: bool
    DeleteOnTermination: bool
    Description: str
    DeviceIndex: int
    Groups: Sequence[str]
    InterfaceType: str
    Ipv6AddressCount: int
    Ipv6Addresses: Sequence["InstanceIpv6AddressRequest"]
    NetworkInterfaceId: str
    PrivateIpAddress: str
    PrivateIpAddresses: Sequence["PrivateIpAddressSpecification"]
    SecondaryPrivateIpAddressCount: int
    SubnetId: str
    NetworkCardIndex: int
    Ipv4Prefixes: Sequence["Ipv4PrefixSpecificationRequest"]
    Ipv4PrefixCount: int
    Ipv6Prefixes: Sequence["Ipv6PrefixSpecificationRequest"]
    Ipv6PrefixCount: int
    PrimaryIpv6: bool
    EnaSrdSpecification: "EnaSrdSpecificationRequest"
    ConnectionTrackingSpecification: "ConnectionTrackingSpecificationRequest"
    EnaQueueCount: int


class LaunchTemplateInstanceSecondaryInterfaceSpecification(TypedDict, total=False):
    DeleteOnTermination: bool
    DeviceIndex: int
    PrivateIpAddresses: Sequence["SecondaryInterfacePrivateIpAddressSpecification"]
    PrivateIpAddressCount: int
    SecondarySubnetId: str
    InterfaceType: str
    NetworkCardIndex: int


class LaunchTemplateInstanceSecondaryInterfaceSpecificationRequest(TypedDict, total=False):
    DeleteOnTermination: bool
    DeviceIndex: int
    PrivateIpAddresses: Sequence["SecondaryInterfacePrivateIpAddressSpecificationRequest"]
    PrivateIpAddressCount: int
    SecondarySubnetId: str
    InterfaceType: str
    NetworkCardIndex: int


class LaunchTemplateLicenseConfiguration(TypedDict, total=False):
    LicenseConfigurationArn: str


class LaunchTemplateLicenseConfigurationRequest(TypedDict, total=False):
    LicenseConfigurationArn: str


class LaunchTemplateNetworkPerformanceOptions(TypedDict, total=False):
    BandwidthWeighting: str


class LaunchTemplateNetworkPerformanceOptionsRequest(TypedDict, total=False):
    BandwidthWeighting: str


class LaunchTemplatePlacement(TypedDict, total=False):
    AvailabilityZone: str
    AvailabilityZoneId: str
    Affinity: str
    GroupName: str
    HostId: str
    Tenancy: str
    SpreadDomain: str
    HostResourceGroupArn: str
    PartitionNumber: int
    GroupId: str


class LaunchTemplatePlacementRequest(TypedDict, total=False):
    AvailabilityZone: str
    AvailabilityZoneId: str
    Affinity: str
    GroupName: str
    HostId: str
    Tenancy: str
    SpreadDomain: str
    HostResourceGroupArn: str
    PartitionNumber: int
    GroupId: str


class LaunchTemplatePrivateDnsNameOptions(TypedDict, total=False):
    HostnameType: str
    EnableResourceNameDnsARecord: bool
    EnableResourceNameDnsAAAARecord: bool


class LaunchTemplatePrivateDnsNameOptionsRequest(TypedDict, total=False):
    HostnameType: str
    EnableResourceNameDnsARecord: bool
    EnableResourceNameDnsAAAARecord: bool


class LaunchTemplateSpecification(TypedDict, total=False):
    LaunchTemplateId: str
    LaunchTemplateName: str
    Version: str


class LaunchTemplateSpotMarketOptions(TypedDict, total=False):
    MaxPrice: str
    SpotInstanceType: str
    BlockDurationMinutes: int
    ValidUntil: Timestamp
    InstanceInterruptionBehavior: str


class LaunchTemplateSpotMarketOptionsRequest(TypedDict, total=False):
    MaxPrice: str
    SpotInstanceType: str
    BlockDurationMinutes: int
    ValidUntil: Timestamp
    InstanceInterruptionBehavior: str


class LaunchTemplateTagSpecification(TypedDict, total=False):
    ResourceType: str
    Tags: Sequence["Tag"]


class LaunchTemplateTagSpecificationRequest(TypedDict, total=False):
    ResourceType: str
    Tags: Sequence["Tag"]


class LaunchTemplateVersion(TypedDict, total=False):
    LaunchTemplateId: str
    LaunchTemplateName: str
    VersionNumber: int
    VersionDescription: str
    CreateTime: Timestamp
    CreatedBy: str
    DefaultVersion: bool
    LaunchTemplateData: "ResponseLaunchTemplateData"
    Operator: "OperatorResponse"


class LaunchTemplatesMonitoring(TypedDict, total=False):
    Enabled: bool
    MetricCategoryIds: Sequence[str]


class LaunchTemplatesMonitoringRequest(TypedDict, total=False):
    Enabled: bool
    MetricCategoryIds: Sequence[str]


class LicenseConfiguration(TypedDict, total=False):
    LicenseConfigurationArn: str


class LicenseConfigurationRequest(TypedDict, total=False):
    LicenseConfigurationArn: str


class MediaAcceleratorInfo(TypedDict, total=False):
    Accelerators: Sequence["MediaDeviceInfo"]
    TotalMediaMemoryInMiB: int


class MediaDeviceInfo(TypedDict, total=False):
    Count: int
    Name: str
    Manufacturer: str
    MemoryInfo: "MediaDeviceMemoryInfo"


class MediaDeviceMemoryInfo(TypedDict, total=False):
    SizeInMiB: int


class MemoryGiBPerVCpu(TypedDict, total=False):
    Min: float
    Max: float


class MemoryGiBPerVCpuRequest(TypedDict, total=False):
    Min: float
    Max: float


class MemoryInfo(TypedDict, total=False):
    SizeInMiB: int


class MemoryMiB(TypedDict, total=False):
    Min: int
    Max: int


class MemoryMiBRequest(TypedDict, total=False):
    Min: Required[int]
    Max: int


class ModifyAddressAttributeRequest(TypedDict, total=False):
    AllocationId: Required[str]
    DomainName: str
    DryRun: bool


class ModifyAddressAttributeResult(TypedDict, total=False):
    Address: "AddressAttribute"


class ModifyDefaultCreditSpecificationRequest(TypedDict, total=False):
    DryRun: bool
    InstanceFamily: Required[str]
    CpuCredits: Required[str]


class ModifyDefaultCreditSpecificationResult(TypedDict, total=False):
    InstanceFamilyCreditSpecification: "InstanceFamilyCreditSpecification"


class ModifyHostsRequest(TypedDict, total=False):
    HostRecovery: str
    InstanceType: str
    InstanceFamily: str
    HostMaintenance: str
    HostIds: Required[Sequence[str]]
    AutoPlacement: str


class ModifyHostsResult(TypedDict, total=False):
    Successful: Sequence[str]
    Unsuccessful: Sequence["UnsuccessfulItem"]


class ModifyImageAttributeRequest(TypedDict, total=False):
    Attribute: str
    Description: "AttributeValue"
    ImageId: Required[str]
    LaunchPermission: "LaunchPermissionModifications"
    OperationType: str
    ProductCodes: Sequence[str]
    UserGroups: Sequence[str]
    UserIds: Sequence[str]
    Value: str
    OrganizationArns: Sequence[str]
    OrganizationalUnitArns: Sequence[str]
    ImdsSupport: "AttributeValue"
    DryRun: bool


class ModifyInstanceAttributeRequest(TypedDict, total=False):
    SourceDestCheck: "AttributeBooleanValue"
    EnclaveOptions: "EnclaveOptionsRequest"
    DisableApiStop: "AttributeBooleanValue"
    DryRun: bool
    InstanceId: Required[str]
    Attribute: str
    Value: str
    BlockDeviceMappings: Sequence["InstanceBlockDeviceMappingSpecification"]
    DisableApiTermination: "AttributeBooleanValue"
    InstanceType: "AttributeValue"
    Kernel: "AttributeValue"
    Ramdisk: "AttributeValue"
    UserData: "SecureBlobAttributeValue"
    InstanceInitiatedShutdownBehavior: "AttributeValue"
    Groups: Sequence[str]
    EbsOptimized: "AttributeBooleanValue"
    SriovNetSupport: "AttributeValue"
    EnaSupport: "AttributeBooleanValue"


class ModifyInstanceCreditSpecificationRequest(TypedDict, total=False):
    DryRun: bool
    ClientToken: str
    InstanceCreditSpecifications: Required[Sequence["InstanceCreditSpecificationRequest"]]


class ModifyInstanceCreditSpecificationResult(TypedDict, total=False):
    SuccessfulInstanceCreditSpecifications: Sequence["SuccessfulInstanceCreditSpecificationItem"]
    UnsuccessfulInstanceCreditSpecifications: Sequence[
        "UnsuccessfulInstanceCreditSpecificationItem"
    ]


class ModifyInstanceMetadataOptionsRequest(TypedDict, total=False):
    InstanceId: Required[str]
    HttpTokens: str
    HttpPutResponseHopLimit: int
    HttpEndpoint: str
    DryRun: bool
    HttpProtocolIpv6: str
    InstanceMetadataTags: str


class ModifyInstanceMetadataOptionsResult(TypedDict, total=False):
    InstanceId: str
    InstanceMetadataOptions: "InstanceMetadataOptionsResponse"


class ModifyInstancePlacementRequest(TypedDict, total=False):
    GroupName: str
    PartitionNumber: int
    HostResourceGroupArn: str
    GroupId: str
    InstanceId: Required[str]
    Tenancy: str
    Affinity: str
    HostId: str


class ModifyInstancePlacementResult(TypedDict, total=False):
    Return: bool


class ModifyLaunchTemplateRequest(TypedDict, total=False):
    DryRun: bool
    ClientToken: str
    LaunchTemplateId: str
    LaunchTemplateName: str
    DefaultVersion: str


class ModifyLaunchTemplateResult(TypedDict, total=False):
    LaunchTemplate: "LaunchTemplate"


class ModifyNetworkInterfaceAttributeRequest(TypedDict, total=False):
    EnaSrdSpecification: "EnaSrdSpecification"
    EnablePrimaryIpv6: bool
    ConnectionTrackingSpecification: "ConnectionTrackingSpecificationRequest"
    AssociatePublicIpAddress: bool
    AssociatedSubnetIds: Sequence[str]
    DryRun: bool
    NetworkInterfaceId: Required[str]
    Description: "AttributeValue"
    SourceDestCheck: "AttributeBooleanValue"
    Groups: Sequence[str]
    Attachment: "NetworkInterfaceAttachmentChanges"


class ModifyReservedInstancesRequest(TypedDict, total=False):
    ReservedInstancesIds: Required[Sequence[str]]
    ClientToken: str
    TargetConfigurations: Required[Sequence["ReservedInstancesConfiguration"]]


class ModifyReservedInstancesResult(TypedDict, total=False):
    ReservedInstancesModificationId: str


class ModifySecurityGroupRulesRequest(TypedDict, total=False):
    GroupId: Required[str]
    SecurityGroupRules: Required[Sequence["SecurityGroupRuleUpdate"]]
    DryRun: bool


class ModifySecurityGroupRulesResult(TypedDict, total=False):
    Return: bool


class ModifySnapshotAttributeRequest(TypedDict, total=False):
    Attribute: str
    CreateVolumePermission: "CreateVolumePermissionModifications"
    GroupNames: Sequence[str]
    OperationType: str
    SnapshotId: Required[str]
    UserIds: Sequence[str]
    DryRun: bool


class ModifySnapshotTierRequest(TypedDict, total=False):
    SnapshotId: Required[str]
    StorageTier: str
    DryRun: bool


class ModifySnapshotTierResult(TypedDict, total=False):
    SnapshotId: str
    TieringStartTime: Timestamp


class ModifySubnetAttributeRequest(TypedDict, total=False):
    AssignIpv6AddressOnCreation: "AttributeBooleanValue"
    MapPublicIpOnLaunch: "AttributeBooleanValue"
    SubnetId: Required[str]
    MapCustomerOwnedIpOnLaunch: "AttributeBooleanValue"
    CustomerOwnedIpv4Pool: str
    EnableDns64: "AttributeBooleanValue"
    PrivateDnsHostnameTypeOnLaunch: str
    EnableResourceNameDnsARecordOnLaunch: "AttributeBooleanValue"
    EnableResourceNameDnsAAAARecordOnLaunch: "AttributeBooleanValue"
    EnableLniAtDeviceIndex: int
    DisableLniAtDeviceIndex: "AttributeBooleanValue"


class ModifyVolumeAttributeRequest(TypedDict, total=False):
    AutoEnableIO: "AttributeBooleanValue"
    VolumeId: Required[str]
    DryRun: bool


class ModifyVolumeRequest(TypedDict, total=False):
    DryRun: bool
    VolumeId: Required[str]
    Size: int
    VolumeType: str
    Iops: int
    Throughput: int
    MultiAttachEnabled: bool


class ModifyVolumeResult(TypedDict, total=False):
    VolumeModification: "VolumeModification"


class ModifyVpcAttributeRequest(TypedDict, total=False):
    EnableDnsHostnames: "AttributeBooleanValue"
    EnableDnsSupport: "AttributeBooleanValue"
    VpcId: Required[str]
    EnableNetworkAddressUsageMetrics: "AttributeBooleanValue"


class ModifyVpcEndpointRequest(TypedDict, total=False):
    DryRun: bool
    VpcEndpointId: Required[str]
    ResetPolicy: bool
    PolicyDocument: str
    AddRouteTableIds: Sequence[str]
    RemoveRouteTableIds: Sequence[str]
    AddSubnetIds: Sequence[str]
    RemoveSubnetIds: Sequence[str]
    AddSecurityGroupIds: Sequence[str]
    RemoveSecurityGroupIds: Sequence[str]
    IpAddressType: str
    DnsOptions: "DnsOptionsSpecification"
    PrivateDnsEnabled: bool
    SubnetConfigurations: Sequence["SubnetConfiguration"]


class ModifyVpcEndpointResult(TypedDict, total=False):
    Return: bool


class ModifyVpcPeeringConnectionOptionsRequest(TypedDict, total=False):
    AccepterPeeringConnectionOptions: "PeeringConnectionOptionsRequest"
    DryRun: bool
    RequesterPeeringConnectionOptions: "PeeringConnectionOptionsRequest"
    VpcPeeringConnectionId: Required[str]


class ModifyVpcPeeringConnectionOptionsResult(TypedDict, total=False):
    AccepterPeeringConnectionOptions: "PeeringConnectionOptions"
    RequesterPeeringConnectionOptions: "PeeringConnectionOptions"


class ModifyVpcTenancyRequest(TypedDict, total=False):
    VpcId: Required[str]
    InstanceTenancy: Required[str]
    DryRun: bool


class ModifyVpcTenancyResult(TypedDict, total=False):
    ReturnValue: bool


class MonitorInstancesRequest(TypedDict, total=False):
    InstanceIds: Required[Sequence[str]]
    MetricCategoryIds: Sequence[str]
    DryRun: bool


class MonitorInstancesResult(TypedDict, total=False):
    InstanceMonitorings: Sequence["InstanceMonitoring"]


class Monitoring(TypedDict, total=False):
    MetricCategoryIds: Sequence[str]
    State: str


class NatGateway(TypedDict, total=False):
    CreateTime: Timestamp
    DeleteTime: Timestamp
    FailureCode: str
    FailureMessage: str
    NatGatewayAddresses: Sequence["NatGatewayAddress"]
    NatGatewayId: str
    ProvisionedBandwidth: "ProvisionedBandwidth"
    State: str
    SubnetId: str
    VpcId: str
    Tags: Sequence["Tag"]
    ConnectivityType: str
    AvailabilityMode: str
    AutoScalingIps: str
    AutoProvisionZones: str
    AttachedAppliances: Sequence["NatGatewayAttachedAppliance"]
    RouteTableId: str


class NatGatewayAddress(TypedDict, total=False):
    AllocationId: str
    NetworkInterfaceId: str
    PrivateIp: str
    PublicIp: str
    AssociationId: str
    IsPrimary: bool
    FailureMessage: str
    Status: str
    AvailabilityZone: str
    AvailabilityZoneId: str


class NatGatewayAttachedAppliance(TypedDict, total=False):
    Type: str
    ApplianceArn: str
    VpcEndpointId: str
    AttachmentState: str
    ModificationState: str
    FailureCode: str
    FailureMessage: str


class NetworkAcl(TypedDict, total=False):
    Associations: Sequence["NetworkAclAssociation"]
    Entries: Sequence["NetworkAclEntry"]
    IsDefault: bool
    NetworkAclId: str
    Tags: Sequence["Tag"]
    VpcId: str
    OwnerId: str


class NetworkAclAssociation(TypedDict, total=False):
    NetworkAclAssociationId: str
    NetworkAclId: str
    SubnetId: str


class NetworkAclEntry(TypedDict, total=False):
    CidrBlock: str
    Egress: bool
    IcmpTypeCode: "IcmpTypeCode"
    Ipv6CidrBlock: str
    PortRange: "PortRange"
    Protocol: str
    RuleAction: str
    RuleNumber: int


class NetworkBandwidthGbps(TypedDict, total=False):
    Min: float
    Max: float


class NetworkBandwidthGbpsRequest(TypedDict, total=False):
    Min: float
    Max: float


class NetworkCardInfo(TypedDict, total=False):
    NetworkCardIndex: int
    NetworkPerformance: str
    MaximumNetworkInterfaces: int
    AdditionalFlexibleNetworkInterfaces: int
    BaselineBandwidthInGbps: float
    PeakBandwidthInGbps: float
    DefaultEnaQueueCountPerInterface: int
    MaximumEnaQueueCount: int
    MaximumEnaQueueCountPerInterface: int
    InterfaceTypes: Sequence[str]


class NetworkFirewallAssociation(TypedDict, total=False):
    FirewallArn: str
    FirewallOnboardingStatus: str
    FirewallMode: str


class NetworkInfo(TypedDict, total=False):
    NetworkPerformance: str
    MaximumNetworkInterfaces: int
    MaximumNetworkCards: int
    DefaultNetworkCardIndex: int
    NetworkCards: Sequence["NetworkCardInfo"]
    Ipv4AddressesPerInterface: int
    Ipv6AddressesPerInterface: int
    Ipv6Supported: bool
    EnaSupport: str
    EfaSupported: bool
    EfaInfo: "EfaInfo"
    EncryptionInTransitSupported: bool
    EnaSrdSupported: bool
    BandwidthWeightings: Sequence[str]
    FlexibleEnaQueuesSupport: str
    ConnectionTrackingConfiguration: "DefaultConnectionTrackingConfiguration"
    SecondaryNetworkSupported: bool
    MaximumSecondaryNetworkInterfaces: int
    Ipv4AddressesPerSecondaryInterface: int


class NetworkInterface(TypedDict, total=False):
    Association: "NetworkInterfaceAssociation"
    Attachment: "NetworkInterfaceAttachment"
    AvailabilityZone: str
    ConnectionTrackingConfiguration: "ConnectionTrackingConfiguration"
    Description: str
    Groups: Sequence["GroupIdentifier"]
    InterfaceType: str
    Ipv6Addresses: Sequence["NetworkInterfaceIpv6Address"]
    MacAddress: str
    NetworkInterfaceId: str
    OutpostArn: str
    OwnerId: str
    PrivateDnsName: str
    PublicDnsName: str
    PublicIpDnsNameOptions: "PublicIpDnsNameOptions"
    PrivateIpAddress: str
    PrivateIpAddresses: Sequence["NetworkInterfacePrivateIpAddress"]
    Ipv4Prefixes: Sequence["Ipv4PrefixSpecification"]
    Ipv6Prefixes: Sequence["Ipv6PrefixSpecification"]
    RequesterId: str
    RequesterManaged: bool
    SourceDestCheck: bool
    Status: str
    SubnetId: str
    TagSet: Sequence["Tag"]
    VpcId: str
    DenyAllIgwTraffic: bool
    Ipv6Native: bool
    Ipv6Address: str
    Operator: "OperatorResponse"
    AssociatedSubnets: Sequence[str]
    AvailabilityZoneId: str


class NetworkInterfaceAssociation(TypedDict, total=False):
    AllocationId: str
    AssociationId: str
    IpOwnerId: str
    PublicDnsName: str
    PublicIp: str
    CustomerOwnedIp: str
    CarrierIp: str


class NetworkInterfaceAttachment(TypedDict, total=False):
    AttachTime: Timestamp
    AttachmentId: str
    DeleteOnTermination: bool
    DeviceIndex: int
    NetworkCardIndex: int
    InstanceId: str
    InstanceOwnerId: str
    Status: str
    EnaSrdSpecification: "AttachmentEnaSrdSpecification"
    EnaQueueCount: int


class NetworkInterfaceAttachmentChanges(TypedDict, total=False):
    DefaultEnaQueueCount: bool
    EnaQueueCount: int
    AttachmentId: str
    DeleteOnTermination: bool


class NetworkInterfaceCount(TypedDict, total=False):
    Min: int
    Max: int


class NetworkInterfaceCountRequest(TypedDict, total=False):
    Min: int
    Max: int


class NetworkInterfaceIpv6Address(TypedDict, total=False):
    Ipv6Address: str
    PublicIpv6DnsName: str
    IsPrimaryIpv6: bool


class NetworkInterfacePrivateIpAddress(TypedDict, total=False):
    Association: "NetworkInterfaceAssociation"
    Primary: bool
    PrivateDnsName: str
    PrivateIpAddress: str


class NeuronDeviceCoreInfo(TypedDict, total=False):
    Count: int
    Version: int


class NeuronDeviceInfo(TypedDict, total=False):
    Count: int
    Name: str
    CoreInfo: "NeuronDeviceCoreInfo"
    MemoryInfo: "NeuronDeviceMemoryInfo"


class NeuronDeviceMemoryInfo(TypedDict, total=False):
    SizeInMiB: int


class NeuronInfo(TypedDict, total=False):
    NeuronDevices: Sequence["NeuronDeviceInfo"]
    TotalNeuronDeviceMemoryInMiB: int


class NewDhcpConfiguration(TypedDict, total=False):
    Key: str
    Values: Sequence[str]


class NitroTpmInfo(TypedDict, total=False):
    SupportedVersions: Sequence[str]


class OperatorRequest(TypedDict, total=False):
    Principal: str


class OperatorResponse(TypedDict, total=False):
    Managed: bool
    Principal: str
    HiddenByDefault: bool


class PayerResponsibilityEntry(TypedDict, total=False):
    Scope: str
    PayerResponsibilityType: str


class PeeringConnectionOptions(TypedDict, total=False):
    AllowDnsResolutionFromRemoteVpc: bool
    AllowEgressFromLocalClassicLinkToRemoteVpc: bool
    AllowEgressFromLocalVpcToRemoteClassicLink: bool
    AllowMultipathResilience: bool
    MultipathResilienceMode: str


class PeeringConnectionOptionsRequest(TypedDict, total=False):
    AllowDnsResolutionFromRemoteVpc: bool
    AllowEgressFromLocalClassicLinkToRemoteVpc: bool
    AllowEgressFromLocalVpcToRemoteClassicLink: bool
    AllowMultipathResilience: bool
    MultipathResilienceMode: str


class PerformanceFactorReference(TypedDict, total=False):
    InstanceFamily: str


class PerformanceFactorReferenceRequest(TypedDict, total=False):
    InstanceFamily: str


class PerformanceStatusSummary(TypedDict, total=False):
    Status: str
    ImpairedSince: Timestamp
    Remediation: str


class Phase1DHGroupNumbersListValue(TypedDict, total=False):
    Value: int


class Phase1DHGroupNumbersRequestListValue(TypedDict, total=False):
    Value: int


class Phase1EncryptionAlgorithmsListValue(TypedDict, total=False):
    Value: str


class Phase1EncryptionAlgorithmsRequestListValue(TypedDict, total=False):
    Value: str


class Phase1IntegrityAlgorithmsListValue(TypedDict, total=False):
    Value: str


class Phase1IntegrityAlgorithmsRequestListValue(TypedDict, total=False):
    Value: str


class Phase2DHGroupNumbersListValue(TypedDict, total=False):
    Value: int


class Phase2DHGroupNumbersRequestListValue(TypedDict, total=False):
    Value: int


class Phase2EncryptionAlgorithmsListValue(TypedDict, total=False):
    Value: str


class Phase2EncryptionAlgorithmsRequestListValue(TypedDict, total=False):
    Value: str


class Phase2IntegrityAlgorithmsListValue(TypedDict, total=False):
    Value: str


class Phase2IntegrityAlgorithmsRequestListValue(TypedDict, total=False):
    Value: str


class Placement(TypedDict, total=False):
    AvailabilityZoneId: str
    Affinity: str
    GroupName: str
    PartitionNumber: int
    HostId: str
    Tenancy: str
    SpreadDomain: str
    HostResourceGroupArn: str
    GroupId: str
    AvailabilityZone: str


class PlacementGroup(TypedDict, total=False):
    GroupName: str
    State: str
    Strategy: str
    PartitionCount: int
    GroupId: str
    Tags: Sequence["Tag"]
    GroupArn: str
    SpreadLevel: str
    LinkedGroupId: str
    Operator: "OperatorResponse"
    ParentGroupId: str


class PlacementGroupInfo(TypedDict, total=False):
    SupportedStrategies: Sequence[str]


class PortRange(TypedDict, total=False):
    From: int
    To: int


class PrefixList(TypedDict, total=False):
    Cidrs: Sequence[str]
    PrefixListId: str
    PrefixListName: str


class PrefixListId(TypedDict, total=False):
    Description: str
    PrefixListId: str


class PriceSchedule(TypedDict, total=False):
    Active: bool
    CurrencyCode: str
    Price: float
    Term: int


class PriceScheduleSpecification(TypedDict, total=False):
    Term: int
    Price: float
    CurrencyCode: str


class PricingDetail(TypedDict, total=False):
    Count: int
    Price: float


class PrivateDnsDetails(TypedDict, total=False):
    PrivateDnsName: str


class PrivateDnsNameOptionsOnLaunch(TypedDict, total=False):
    HostnameType: str
    EnableResourceNameDnsARecord: bool
    EnableResourceNameDnsAAAARecord: bool


class PrivateDnsNameOptionsRequest(TypedDict, total=False):
    HostnameType: str
    EnableResourceNameDnsARecord: bool
    EnableResourceNameDnsAAAARecord: bool


class PrivateDnsNameOptionsResponse(TypedDict, total=False):
    HostnameType: str
    EnableResourceNameDnsARecord: bool
    EnableResourceNameDnsAAAARecord: bool


class PrivateIpAddressSpecification(TypedDict, total=False):
    Primary: bool
    PrivateIpAddress: str


class ProcessorInfo(TypedDict, total=False):
    SupportedArchitectures: Sequence[str]
    SustainedClockSpeedInGhz: float
    SupportedFeatures: Sequence[str]
    Manufacturer: str


class ProductCode(TypedDict, total=False):
    ProductCodeId: str
    ProductCodeType: str


class PropagatingVgw(TypedDict, total=False):
    GatewayId: str


class ProvisionedBandwidth(TypedDict, total=False):
    ProvisionTime: Timestamp
    Provisioned: str
    RequestTime: Timestamp
    Requested: str
    Status: str


class PtrUpdateStatus(TypedDict, total=False):
    Value: str
    Status: str
    Reason: str


class PublicIpDnsNameOptions(TypedDict, total=False):
    DnsHostnameType: str
    PublicIpv4DnsName: str
    PublicIpv6DnsName: str
    PublicDualStackDnsName: str


class PurchaseReservedInstancesOfferingRequest(TypedDict, total=False):
    InstanceCount: Required[int]
    ReservedInstancesOfferingId: Required[str]
    PurchaseTime: Timestamp
    DryRun: bool
    LimitPrice: "ReservedInstanceLimitPrice"


class PurchaseReservedInstancesOfferingResult(TypedDict, total=False):
    ReservedInstancesId: str


class RebootInstancesRequest(TypedDict, total=False):
    InstanceIds: Required[Sequence[str]]
    DryRun: bool


class RecurringCharge(TypedDict, total=False):
    Amount: float
    Frequency: str


class ReferencedSecurityGroup(TypedDict, total=False):
    GroupId: str
    PeeringStatus: str
    UserId: str
    VpcId: str
    VpcPeeringConnectionId: str


class Region(TypedDict, total=False):
    OptInStatus: str
    Geography: Sequence["RegionGeography"]
    RegionName: str
    Endpoint: str


class RegionGeography(TypedDict, total=False):
    Name: str


class RegisterImageRequest(TypedDict, total=False):
    ImageLocation: str
    BillingProducts: Sequence[str]
    BootMode: str
    TpmSupport: str
    UefiData: str
    ImdsSupport: str
    TagSpecifications: Sequence["TagSpecification"]
    DryRun: bool
    Name: Required[str]
    Description: str
    Architecture: str
    KernelId: str
    RamdiskId: str
    RootDeviceName: str
    BlockDeviceMappings: Sequence["BlockDeviceMapping"]
    VirtualizationType: str
    SriovNetSupport: str
    EnaSupport: bool


class RegisterImageResult(TypedDict, total=False):
    ImageId: str


class RejectVpcPeeringConnectionRequest(TypedDict, total=False):
    DryRun: bool
    VpcPeeringConnectionId: Required[str]


class RejectVpcPeeringConnectionResult(TypedDict, total=False):
    Return: bool


class ReleaseAddressRequest(TypedDict, total=False):
    AllocationId: str
    PublicIp: str
    NetworkBorderGroup: str
    DryRun: bool


class ReleaseHostsRequest(TypedDict, total=False):
    HostIds: Required[Sequence[str]]


class ReleaseHostsResult(TypedDict, total=False):
    Successful: Sequence[str]
    Unsuccessful: Sequence["UnsuccessfulItem"]


class ReplaceNetworkAclAssociationRequest(TypedDict, total=False):
    DryRun: bool
    AssociationId: Required[str]
    NetworkAclId: Required[str]


class ReplaceNetworkAclAssociationResult(TypedDict, total=False):
    NewAssociationId: str


class ReplaceNetworkAclEntryRequest(TypedDict, total=False):
    DryRun: bool
    NetworkAclId: Required[str]
    RuleNumber: Required[int]
    Protocol: Required[str]
    RuleAction: Required[str]
    Egress: Required[bool]
    CidrBlock: str
    Ipv6CidrBlock: str
    IcmpTypeCode: "IcmpTypeCode"
    PortRange: "PortRange"


class ReplaceRouteRequest(TypedDict, total=False):
    DestinationPrefixListId: str
    VpcEndpointId: str
    LocalTarget: bool
    TransitGatewayId: str
    LocalGatewayId: str
    CarrierGatewayId: str
    CoreNetworkArn: str
    OdbNetworkArn: str
    DryRun: bool
    RouteTableId: Required[str]
    DestinationCidrBlock: str
    GatewayId: str
    DestinationIpv6CidrBlock: str
    EgressOnlyInternetGatewayId: str
    InstanceId: str
    NetworkInterfaceId: str
    VpcPeeringConnectionId: str
    NatGatewayId: str


class ReplaceRouteTableAssociationRequest(TypedDict, total=False):
    DryRun: bool
    AssociationId: Required[str]
    RouteTableId: Required[str]


class ReplaceRouteTableAssociationResult(TypedDict, total=False):
    NewAssociationId: str
    AssociationState: "RouteTableAssociationState"


class RequestLaunchTemplateData(TypedDict, total=False):
    KernelId: str
    EbsOptimized: bool
    IamInstanceProfile: "LaunchTemplateIamInstanceProfileSpecificationRequest"
    BlockDeviceMappings: Sequence["LaunchTemplateBlockDeviceMappingRequest"]
    NetworkInterfaces: Sequence["LaunchTemplateInstanceNetworkInterfaceSpecificationRequest"]
    ImageId: str
    InstanceType: str
    KeyName: str
    Monitoring: "LaunchTemplatesMonitoringRequest"
    Placement: "LaunchTemplatePlacementRequest"
    RamDiskId: str
    DisableApiTermination: bool
    InstanceInitiatedShutdownBehavior: str
    UserData: str
    TagSpecifications: Sequence["LaunchTemplateTagSpecificationRequest"]
    ElasticGpuSpecifications: Sequence["ElasticGpuSpecification"]
    ElasticInferenceAccelerators: Sequence["LaunchTemplateElasticInferenceAccelerator"]
    SecurityGroupIds: Sequence[str]
    SecurityGroups: Sequence[str]
    InstanceMarketOptions: "LaunchTemplateInstanceMarketOptionsRequest"
    CreditSpecification: "CreditSpecificationRequest"
    CpuOptions: "LaunchTemplateCpuOptionsRequest"
    CapacityReservationSpecification: "LaunchTemplateCapacityReservationSpecificationRequest"
    LicenseSpecifications: Sequence["LaunchTemplateLicenseConfigurationRequest"]
    HibernationOptions: "LaunchTemplateHibernationOptionsRequest"
    MetadataOptions: "LaunchTemplateInstanceMetadataOptionsRequest"
    EnclaveOptions: "LaunchTemplateEnclaveOptionsRequest"
    InstanceRequirements: "InstanceRequirementsRequest"
    PrivateDnsNameOptions: "LaunchTemplatePrivateDnsNameOptionsRequest"
    MaintenanceOptions: "LaunchTemplateInstanceMaintenanceOptionsRequest"
    DisableApiStop: bool
    Operator: "OperatorRequest"
    NetworkPerformanceOptions: "LaunchTemplateNetworkPerformanceOptionsRequest"
    SecondaryInterfaces: Sequence["LaunchTemplateInstanceSecondaryInterfaceSpecificationRequest"]


class RequestSpotInstancesRequest(TypedDict, total=False):
    LaunchSpecification: "RequestSpotLaunchSpecification"
    TagSpecifications: Sequence["TagSpecification"]
    InstanceInterruptionBehavior: str
    DryRun: bool
    SpotPrice: str
    ClientToken: str
    InstanceCount: int
    Type: str
    ValidFrom: Timestamp
    ValidUntil: Timestamp
    LaunchGroup: str
    AvailabilityZoneGroup: str
    BlockDurationMinutes: int


class RequestSpotInstancesResult(TypedDict, total=False):
    SpotInstanceRequests: Sequence["SpotInstanceRequest"]


class RequestSpotLaunchSpecification(TypedDict, total=False):
    SecurityGroupIds: Sequence[str]
    SecurityGroups: Sequence[str]
    AddressingType: str
    BlockDeviceMappings: Sequence["BlockDeviceMapping"]
    EbsOptimized: bool
    IamInstanceProfile: "IamInstanceProfileSpecification"
    ImageId: str
    InstanceType: str
    KernelId: str
    KeyName: str
    Monitoring: "RunInstancesMonitoringEnabled"
    NetworkInterfaces: Sequence["InstanceNetworkInterfaceSpecification"]
    Placement: "SpotPlacement"
    RamdiskId: str
    SubnetId: str
    UserData: str


class Reservation(TypedDict, total=False):
    ReservationId: str
    OwnerId: str
    RequesterId: str
    Groups: Sequence["GroupIdentifier"]
    Instances: Sequence["Instance"]


class ReservedInstanceLimitPrice(TypedDict, total=False):
    Amount: float
    CurrencyCode: str


class ReservedInstances(TypedDict, total=False):
    CurrencyCode: str
    InstanceTenancy: str
    OfferingClass: str
    OfferingType: str
    RecurringCharges: Sequence["RecurringCharge"]
    Scope: str
    Tags: Sequence["Tag"]
    AvailabilityZoneId: str
    ReservedInstancesId: str
    InstanceType: str
    AvailabilityZone: str
    Start: Timestamp
    End: Timestamp
    Duration: int
    UsagePrice: float
    FixedPrice: float
    InstanceCount: int
    ProductDescription: str
    State: str


class ReservedInstancesConfiguration(TypedDict, total=False):
    AvailabilityZone: str
    InstanceCount: int
    InstanceType: str
    Platform: str
    Scope: str
    AvailabilityZoneId: str


class ReservedInstancesId(TypedDict, total=False):
    ReservedInstancesId: str


class ReservedInstancesListing(TypedDict, total=False):
    ClientToken: str
    CreateDate: Timestamp
    InstanceCounts: Sequence["InstanceCount"]
    PriceSchedules: Sequence["PriceSchedule"]
    ReservedInstancesId: str
    ReservedInstancesListingId: str
    Status: str
    StatusMessage: str
    Tags: Sequence["Tag"]
    UpdateDate: Timestamp


class ReservedInstancesModification(TypedDict, total=False):
    ClientToken: str
    CreateDate: Timestamp
    EffectiveDate: Timestamp
    ModificationResults: Sequence["ReservedInstancesModificationResult"]
    ReservedInstancesIds: Sequence["ReservedInstancesId"]
    ReservedInstancesModificationId: str
    Status: str
    StatusMessage: str
    UpdateDate: Timestamp


class ReservedInstancesModificationResult(TypedDict, total=False):
    ReservedInstancesId: str
    TargetConfiguration: "ReservedInstancesConfiguration"


class ReservedInstancesOffering(TypedDict, total=False):
    CurrencyCode: str
    InstanceTenancy: str
    Marketplace: bool
    OfferingClass: str
    OfferingType: str
    PricingDetails: Sequence["PricingDetail"]
    RecurringCharges: Sequence["RecurringCharge"]
    Scope: str
    AvailabilityZoneId: str
    ReservedInstancesOfferingId: str
    InstanceType: str
    AvailabilityZone: str
    Duration: int
    UsagePrice: float
    FixedPrice: float
    ProductDescription: str


class ResetAddressAttributeRequest(TypedDict, total=False):
    AllocationId: Required[str]
    Attribute: Required[str]
    DryRun: bool


class ResetAddressAttributeResult(TypedDict, total=False):
    Address: "AddressAttribute"


class ResetImageAttributeRequest(TypedDict, total=False):
    Attribute: Required[str]
    ImageId: Required[str]
    DryRun: bool


class ResetInstanceAttributeRequest(TypedDict, total=False):
    DryRun: bool
    InstanceId: Required[str]
    Attribute: Required[str]


class ResetNetworkInterfaceAttributeRequest(TypedDict, total=False):
    DryRun: bool
    NetworkInterfaceId: Required[str]
    SourceDestCheck: str


class ResetSnapshotAttributeRequest(TypedDict, total=False):
    Attribute: Required[str]
    SnapshotId: Required[str]
    DryRun: bool


class ResponseError(TypedDict, total=False):
    Code: str
    Message: str


class ResponseLaunchTemplateData(TypedDict, total=False):
    KernelId: str
    EbsOptimized: bool
    IamInstanceProfile: "LaunchTemplateIamInstanceProfileSpecification"
    BlockDeviceMappings: Sequence["LaunchTemplateBlockDeviceMapping"]
    NetworkInterfaces: Sequence["LaunchTemplateInstanceNetworkInterfaceSpecification"]
    ImageId: str
    InstanceType: str
    KeyName: str
    Monitoring: "LaunchTemplatesMonitoring"
    Placement: "LaunchTemplatePlacement"
    RamDiskId: str
    DisableApiTermination: bool
    InstanceInitiatedShutdownBehavior: str
    UserData: str
    TagSpecifications: Sequence["LaunchTemplateTagSpecification"]
    ElasticGpuSpecifications: Sequence["ElasticGpuSpecificationResponse"]
    ElasticInferenceAccelerators: Sequence["LaunchTemplateElasticInferenceAcceleratorResponse"]
    SecurityGroupIds: Sequence[str]
    SecurityGroups: Sequence[str]
    InstanceMarketOptions: "LaunchTemplateInstanceMarketOptions"
    CreditSpecification: "CreditSpecification"
    CpuOptions: "LaunchTemplateCpuOptions"
    CapacityReservationSpecification: "LaunchTemplateCapacityReservationSpecificationResponse"
    LicenseSpecifications: Sequence["LaunchTemplateLicenseConfiguration"]
    HibernationOptions: "LaunchTemplateHibernationOptions"
    MetadataOptions: "LaunchTemplateInstanceMetadataOptions"
    EnclaveOptions: "LaunchTemplateEnclaveOptions"
    InstanceRequirements: "InstanceRequirements"
    PrivateDnsNameOptions: "LaunchTemplatePrivateDnsNameOptions"
    MaintenanceOptions: "LaunchTemplateInstanceMaintenanceOptions"
    DisableApiStop: bool
    Operator: "OperatorResponse"
    NetworkPerformanceOptions: "LaunchTemplateNetworkPerformanceOptions"
    SecondaryInterfaces: Sequence["LaunchTemplateInstanceSecondaryInterfaceSpecification"]


class RestoreSnapshotTierRequest(TypedDict, total=False):
    SnapshotId: Required[str]
    TemporaryRestoreDays: int
    PermanentRestore: bool
    DryRun: bool


class RestoreSnapshotTierResult(TypedDict, total=False):
    SnapshotId: str
    RestoreStartTime: Timestamp
    RestoreDuration: int
    IsPermanentRestore: bool


class RevokeSecurityGroupEgressRequest(TypedDict, total=False):
    SecurityGroupRuleIds: Sequence[str]
    DryRun: bool
    GroupId: Required[str]
    SourceSecurityGroupName: str
    SourceSecurityGroupOwnerId: str
    IpProtocol: str
    FromPort: int
    ToPort: int
    CidrIp: str
    IpPermissions: Sequence["IpPermission"]


class RevokeSecurityGroupEgressResult(TypedDict, total=False):
    Return: bool
    UnknownIpPermissions: Sequence["IpPermission"]
    RevokedSecurityGroupRules: Sequence["RevokedSecurityGroupRule"]


class RevokeSecurityGroupIngressRequest(TypedDict, total=False):
    CidrIp: str
    FromPort: int
    GroupId: str
    GroupName: str
    IpPermissions: Sequence["IpPermission"]
    IpProtocol: str
    SourceSecurityGroupName: str
    SourceSecurityGroupOwnerId: str
    ToPort: int
    SecurityGroupRuleIds: Sequence[str]
    DryRun: bool


class RevokeSecurityGroupIngressResult(TypedDict, total=False):
    Return: bool
    UnknownIpPermissions: Sequence["IpPermission"]
    RevokedSecurityGroupRules: Sequence["RevokedSecurityGroupRule"]


class RevokedSecurityGroupRule(TypedDict, total=False):
    SecurityGroupRuleId: str
    GroupId: str
    IsEgress: bool
    IpProtocol: str
    FromPort: int
    ToPort: int
    CidrIpv4: str
    CidrIpv6: str
    PrefixListId: str
    ReferencedGroupId: str
    Description: str


class Route(TypedDict, total=False):
    DestinationCidrBlock: str
    DestinationIpv6CidrBlock: str
    DestinationPrefixListId: str
    EgressOnlyInternetGatewayId: str
    GatewayId: str
    InstanceId: str
    InstanceOwnerId: str
    NatGatewayId: str
    TransitGatewayId: str
    LocalGatewayId: str
    CarrierGatewayId: str
    NetworkInterfaceId: str
    Origin: str
    State: str
    VpcPeeringConnectionId: str
    CoreNetworkArn: str
    OdbNetworkArn: str
    IpAddress: str
    IgwFirewall: "IgwFirewall"


class RouteTable(TypedDict, total=False):
    Associations: Sequence["RouteTableAssociation"]
    PropagatingVgws: Sequence["PropagatingVgw"]
    RouteTableId: str
    Routes: Sequence["Route"]
    Tags: Sequence["Tag"]
    VpcId: str
    OwnerId: str


class RouteTableAssociation(TypedDict, total=False):
    Main: bool
    RouteTableAssociationId: str
    RouteTableId: str
    SubnetId: str
    GatewayId: str
    PublicIpv4Pool: str
    AssociationState: "RouteTableAssociationState"


class RouteTableAssociationState(TypedDict, total=False):
    State: str
    StatusMessage: str


class RunInstancesMonitoringEnabled(TypedDict, total=False):
    MetricCategoryIds: Sequence[str]
    Enabled: Required[bool]


class RunInstancesRequest(TypedDict, total=False):
    BlockDeviceMappings: Sequence["BlockDeviceMapping"]
    ImageId: str
    InstanceType: str
    Ipv6AddressCount: int
    Ipv6Addresses: Sequence["InstanceIpv6Address"]
    KernelId: str
    KeyName: str
    MaxCount: Required[int]
    MinCount: Required[int]
    Monitoring: "RunInstancesMonitoringEnabled"
    Placement: "Placement"
    RamdiskId: str
    SecurityGroupIds: Sequence[str]
    SecurityGroups: Sequence[str]
    SubnetId: str
    UserData: str
    ElasticGpuSpecification: Sequence["ElasticGpuSpecification"]
    ElasticInferenceAccelerators: Sequence["ElasticInferenceAccelerator"]
    TagSpecifications: Sequence["TagSpecification"]
    LaunchTemplate: "LaunchTemplateSpecification"
    InstanceMarketOptions: "InstanceMarketOptionsRequest"
    CreditSpecification: "CreditSpecificationRequest"
    CpuOptions: "CpuOptionsRequest"
    CapacityReservationSpecification: "CapacityReservationSpecification"
    HibernationOptions: "HibernationOptionsRequest"
    LicenseSpecifications: Sequence["LicenseConfigurationRequest"]
    MetadataOptions: "InstanceMetadataOptionsRequest"
    EnclaveOptions: "EnclaveOptionsRequest"
    PrivateDnsNameOptions: "PrivateDnsNameOptionsRequest"
    MaintenanceOptions: "InstanceMaintenanceOptionsRequest"
    DisableApiStop: bool
    EnablePrimaryIpv6: bool
    NetworkPerformanceOptions: "InstanceNetworkPerformanceOptionsRequest"
    Operator: "OperatorRequest"
    SecondaryInterfaces: Sequence["InstanceSecondaryInterfaceSpecificationRequest"]
    DryRun: bool
    DisableApiTermination: bool
    InstanceInitiatedShutdownBehavior: str
    PrivateIpAddress: str
    ClientToken: str
    AdditionalInfo: str
    NetworkInterfaces: Sequence["InstanceNetworkInterfaceSpecification"]
    IamInstanceProfile: "IamInstanceProfileSpecification"
    EbsOptimized: bool


class S3Storage(TypedDict, total=False):
    AWSAccessKeyId: str
    Bucket: str
    Prefix: str
    UploadPolicy: Blob
    UploadPolicySignature: str


class ScanResults(TypedDict, total=False):
    HighestFindingSeverityLabel: str
    FindingScanDate: Timestamp
    InformationalFixAvailableSince: Timestamp
    LowFixAvailableSince: Timestamp
    MediumFixAvailableSince: Timestamp
    HighFixAvailableSince: Timestamp
    CriticalFixAvailableSince: Timestamp


class SecondaryInterfacePrivateIpAddressSpecification(TypedDict, total=False):
    PrivateIpAddress: str


class SecondaryInterfacePrivateIpAddressSpecificationRequest(TypedDict, total=False):
    PrivateIpAddress: str


class SecureBlobAttributeValue(TypedDict, total=False):
    Value: Blob


class SecurityGroup(TypedDict, total=False):
    GroupId: str
    IpPermissionsEgress: Sequence["IpPermission"]
    Tags: Sequence["Tag"]
    VpcId: str
    SecurityGroupArn: str
    OwnerId: str
    GroupName: str
    Description: str
    IpPermissions: Sequence["IpPermission"]


class SecurityGroupIdentifier(TypedDict, total=False):
    GroupId: str
    GroupName: str


class SecurityGroupRule(TypedDict, total=False):
    SecurityGroupRuleId: str
    GroupId: str
    GroupOwnerId: str
    IsEgress: bool
    IpProtocol: str
    FromPort: int
    ToPort: int
    CidrIpv4: str
    CidrIpv6: str
    PrefixListId: str
    ReferencedGroupInfo: "ReferencedSecurityGroup"
    Description: str
    Tags: Sequence["Tag"]
    SecurityGroupRuleArn: str


class SecurityGroupRuleDescription(TypedDict, total=False):
    SecurityGroupRuleId: str
    Description: str


class SecurityGroupRuleRequest(TypedDict, total=False):
    IpProtocol: str
    FromPort: int
    ToPort: int
    CidrIpv4: str
    CidrIpv6: str
    PrefixListId: str
    ReferencedGroupId: str
    Description: str


class SecurityGroupRuleUpdate(TypedDict, total=False):
    SecurityGroupRuleId: Required[str]
    SecurityGroupRule: "SecurityGroupRuleRequest"


class ServiceDetail(TypedDict, total=False):
    ServiceName: str
    ServiceId: str
    ServiceType: Sequence["ServiceTypeDetail"]
    ServiceRegion: str
    AvailabilityZoneIds: Sequence[str]
    AvailabilityZones: Sequence[str]
    Owner: str
    BaseEndpointDnsNames: Sequence[str]
    PrivateDnsName: str
    PrivateDnsNames: Sequence["PrivateDnsDetails"]
    VpcEndpointPolicySupported: bool
    AcceptanceRequired: bool
    ManagesVpcEndpoints: bool
    PayerResponsibility: str
    Tags: Sequence["Tag"]
    PrivateDnsNameVerificationState: str
    SupportedIpAddressTypes: Sequence[str]


class ServiceTypeDetail(TypedDict, total=False):
    ServiceType: str


class Snapshot(TypedDict, total=False):
    OwnerAlias: str
    OutpostArn: str
    Tags: Sequence["Tag"]
    StorageTier: str
    RestoreExpiryTime: Timestamp
    SseType: str
    AvailabilityZone: str
    TransferType: str
    CompletionDurationMinutes: int
    CompletionTime: Timestamp
    FullSnapshotSizeInBytes: int
    AssociatedKmsKeys: Sequence["AssociatedKmsKey"]
    SnapshotId: str
    VolumeId: str
    State: str
    StateMessage: str
    StartTime: Timestamp
    Progress: str
    OwnerId: str
    Description: str
    VolumeSize: int
    Encrypted: bool
    KmsKeyId: str
    DataEncryptionKeyId: str


class SnapshotTierStatus(TypedDict, total=False):
    SnapshotId: str
    VolumeId: str
    Status: str
    OwnerId: str
    Tags: Sequence["Tag"]
    StorageTier: str
    LastTieringStartTime: Timestamp
    LastTieringProgress: int
    LastTieringOperationStatus: str
    LastTieringOperationStatusDetail: str
    ArchivalCompleteTime: Timestamp
    RestoreExpiryTime: Timestamp


class SpotDatafeedSubscription(TypedDict, total=False):
    Bucket: str
    Fault: "SpotInstanceStateFault"
    OwnerId: str
    Prefix: str
    State: str


class SpotInstanceRequest(TypedDict, total=False):
    ActualBlockHourlyPrice: str
    AvailabilityZoneGroup: str
    BlockDurationMinutes: int
    CreateTime: Timestamp
    Fault: "SpotInstanceStateFault"
    InstanceId: str
    LaunchGroup: str
    LaunchSpecification: "LaunchSpecification"
    LaunchedAvailabilityZone: str
    LaunchedAvailabilityZoneId: str
    ProductDescription: str
    SpotInstanceRequestId: str
    SpotPrice: str
    State: str
    Status: "SpotInstanceStatus"
    Tags: Sequence["Tag"]
    Type: str
    ValidFrom: Timestamp
    ValidUntil: Timestamp
    InstanceInterruptionBehavior: str


class SpotInstanceStateFault(TypedDict, total=False):
    Code: str
    Message: str


class SpotInstanceStatus(TypedDict, total=False):
    Code: str
    Message: str
    UpdateTime: Timestamp


class SpotMarketOptions(TypedDict, total=False):
    MaxPrice: str
    SpotInstanceType: str
    BlockDurationMinutes: int
    ValidUntil: Timestamp
    InstanceInterruptionBehavior: str


class SpotPlacement(TypedDict, total=False):
    AvailabilityZone: str
    GroupName: str
    Tenancy: str
    AvailabilityZoneId: str


class SpotPrice(TypedDict, total=False):
    AvailabilityZone: str
    AvailabilityZoneId: str
    InstanceType: str
    ProductDescription: str
    SpotPrice: str
    Timestamp: Timestamp


class StartInstancesRequest(TypedDict, total=False):
    InstanceIds: Required[Sequence[str]]
    AdditionalInfo: str
    DryRun: bool


class StartInstancesResult(TypedDict, total=False):
    StartingInstances: Sequence["InstanceStateChange"]


class StateReason(TypedDict, total=False):
    Code: str
    Message: str


class StopInstancesRequest(TypedDict, total=False):
    InstanceIds: Required[Sequence[str]]
    Hibernate: bool
    SkipOsShutdown: bool
    DryRun: bool
    Force: bool


class StopInstancesResult(TypedDict, total=False):
    StoppingInstances: Sequence["InstanceStateChange"]


class Storage(TypedDict, total=False):
    S3: "S3Storage"


class Subnet(TypedDict, total=False):
    AvailabilityZoneId: str
    EnableLniAtDeviceIndex: int
    MapCustomerOwnedIpOnLaunch: bool
    CustomerOwnedIpv4Pool: str
    OwnerId: str
    AssignIpv6AddressOnCreation: bool
    Ipv6CidrBlockAssociationSet: Sequence["SubnetIpv6CidrBlockAssociation"]
    Tags: Sequence["Tag"]
    SubnetArn: str
    OutpostArn: str
    EnableDns64: bool
    Ipv6Native: bool
    PrivateDnsNameOptionsOnLaunch: "PrivateDnsNameOptionsOnLaunch"
    BlockPublicAccessStates: "BlockPublicAccessStates"
    Type: str
    NetworkFirewallConnectivityType: str
    SubnetId: str
    State: str
    VpcId: str
    CidrBlock: str
    AvailableIpAddressCount: int
    AvailabilityZone: str
    DefaultForAz: bool
    MapPublicIpOnLaunch: bool


class SubnetCidrBlockState(TypedDict, total=False):
    State: str
    StatusMessage: str


class SubnetConfiguration(TypedDict, total=False):
    SubnetId: str
    Ipv4: str
    Ipv6: str


class SubnetIpPrefixes(TypedDict, total=False):
    SubnetId: str
    IpPrefixes: Sequence[str]


class SubnetIpv6CidrBlockAssociation(TypedDict, total=False):
    AssociationId: str
    Ipv6CidrBlock: str
    Ipv6CidrBlockState: "SubnetCidrBlockState"
    Ipv6AddressAttribute: str
    IpSource: str


class SuccessfulInstanceCreditSpecificationItem(TypedDict, total=False):
    InstanceId: str


class Tag(TypedDict, total=False):
    Key: str
    Value: str


class TagDescription(TypedDict, total=False):
    Key: str
    ResourceId: str
    ResourceType: str
    Value: str


class TagSpecification(TypedDict, total=False):
    ResourceType: str
    Tags: Sequence["Tag"]


class TerminateInstancesRequest(TypedDict, total=False):
    InstanceIds: Required[Sequence[str]]
    Force: bool
    SkipOsShutdown: bool
    DryRun: bool


class TerminateInstancesResult(TypedDict, total=False):
    TerminatingInstances: Sequence["InstanceStateChange"]


class TotalLocalStorageGB(TypedDict, total=False):
    Min: float
    Max: float


class TotalLocalStorageGBRequest(TypedDict, total=False):
    Min: float
    Max: float


class TunnelOption(TypedDict, total=False):
    OutsideIpAddress: str
    TunnelInsideCidr: str
    TunnelInsideIpv6Cidr: str
    PreSharedKey: str
    Phase1LifetimeSeconds: int
    Phase2LifetimeSeconds: int
    RekeyMarginTimeSeconds: int
    RekeyFuzzPercentage: int
    ReplayWindowSize: int
    DpdTimeoutSeconds: int
    DpdTimeoutAction: str
    Phase1EncryptionAlgorithms: Sequence["Phase1EncryptionAlgorithmsListValue"]
    Phase2EncryptionAlgorithms: Sequence["Phase2EncryptionAlgorithmsListValue"]
    Phase1IntegrityAlgorithms: Sequence["Phase1IntegrityAlgorithmsListValue"]
    Phase2IntegrityAlgorithms: Sequence["Phase2IntegrityAlgorithmsListValue"]
    Phase1DHGroupNumbers: Sequence["Phase1DHGroupNumbersListValue"]
    Phase2DHGroupNumbers: Sequence["Phase2DHGroupNumbersListValue"]
    IkeVersions: Sequence["IKEVersionsListValue"]
    StartupAction: str
    LogOptions: "VpnTunnelLogOptions"
    EnableTunnelLifecycleControl: bool
    Phase1AdditionalKeyExchanges: Sequence["VpnAdditionalKeyExchange"]
    Phase2AdditionalKeyExchanges: Sequence["VpnAdditionalKeyExchange"]


class UnassignIpv6AddressesRequest(TypedDict, total=False):
    Ipv6Prefixes: Sequence[str]
    NetworkInterfaceId: Required[str]
    Ipv6Addresses: Sequence[str]


class UnassignIpv6AddressesResult(TypedDict, total=False):
    NetworkInterfaceId: str
    UnassignedIpv6Addresses: Sequence[str]
    UnassignedIpv6Prefixes: Sequence[str]


class UnassignPrivateIpAddressesRequest(TypedDict, total=False):
    Ipv4Prefixes: Sequence[str]
    NetworkInterfaceId: Required[str]
    PrivateIpAddresses: Sequence[str]


class UnmonitorInstancesRequest(TypedDict, total=False):
    InstanceIds: Required[Sequence[str]]
    MetricCategoryIds: Sequence[str]
    DryRun: bool


class UnmonitorInstancesResult(TypedDict, total=False):
    InstanceMonitorings: Sequence["InstanceMonitoring"]


class UnsuccessfulInstanceCreditSpecificationItem(TypedDict, total=False):
    InstanceId: str
    Error: "UnsuccessfulInstanceCreditSpecificationItemError"


class UnsuccessfulInstanceCreditSpecificationItemError(TypedDict, total=False):
    Code: str
    Message: str


class UnsuccessfulItem(TypedDict, total=False):
    Error: "UnsuccessfulItemError"
    ResourceId: str


class UnsuccessfulItemError(TypedDict, total=False):
    Code: str
    Message: str


class UpdateSecurityGroupRuleDescriptionsEgressRequest(TypedDict, total=False):
    DryRun: bool
    GroupId: str
    GroupName: str
    IpPermissions: Sequence["IpPermission"]
    SecurityGroupRuleDescriptions: Sequence["SecurityGroupRuleDescription"]


class UpdateSecurityGroupRuleDescriptionsEgressResult(TypedDict, total=False):
    Return: bool


class UpdateSecurityGroupRuleDescriptionsIngressRequest(TypedDict, total=False):
    DryRun: bool
    GroupId: str
    GroupName: str
    IpPermissions: Sequence["IpPermission"]
    SecurityGroupRuleDescriptions: Sequence["SecurityGroupRuleDescription"]


class UpdateSecurityGroupRuleDescriptionsIngressResult(TypedDict, total=False):
    Return: bool


class UserIdGroupPair(TypedDict, total=False):
    Description: str
    UserId: str
    GroupName: str
    GroupId: str
    VpcId: str
    VpcPeeringConnectionId: str
    PeeringStatus: str


class VCpuCountRange(TypedDict, total=False):
    Min: int
    Max: int


class VCpuCountRangeRequest(TypedDict, total=False):
    Min: Required[int]
    Max: int


class VCpuInfo(TypedDict, total=False):
    DefaultVCpus: int
    DefaultCores: int
    DefaultThreadsPerCore: int
    ValidCores: Sequence[int]
    ValidThreadsPerCore: Sequence[int]


class ValidationError(TypedDict, total=False):
    Code: str
    Message: str


class ValidationWarning(TypedDict, total=False):
    Errors: Sequence["ValidationError"]


class VgwTelemetry(TypedDict, total=False):
    AcceptedRouteCount: int
    LastStatusChange: Timestamp
    OutsideIpAddress: str
    Status: str
    StatusMessage: str
    CertificateArn: str


class Volume(TypedDict, total=False):
    AvailabilityZoneId: str
    OutpostArn: str
    SourceVolumeId: str
    Iops: int
    Tags: Sequence["Tag"]
    VolumeType: str
    FastRestored: bool
    MultiAttachEnabled: bool
    Throughput: int
    SseType: str
    Operator: "OperatorResponse"
    VolumeInitializationRate: int
    VolumeArn: str
    OwnerId: str
    VolumeId: str
    Size: int
    SnapshotId: str
    AvailabilityZone: str
    State: str
    CreateTime: Timestamp
    Attachments: Sequence["VolumeAttachment"]
    Encrypted: bool
    KmsKeyId: str


class VolumeAttachment(TypedDict, total=False):
    DeleteOnTermination: bool
    AssociatedResource: str
    InstanceOwningService: str
    EbsCardIndex: int
    VolumeId: str
    InstanceId: str
    Device: str
    State: str
    AttachTime: Timestamp


class VolumeModification(TypedDict, total=False):
    VolumeId: str
    ModificationState: str
    StatusMessage: str
    TargetSize: int
    TargetIops: int
    TargetVolumeType: str
    TargetThroughput: int
    TargetMultiAttachEnabled: bool
    OriginalSize: int
    OriginalIops: int
    OriginalVolumeType: str
    OriginalThroughput: int
    OriginalMultiAttachEnabled: bool
    Progress: int
    StartTime: Timestamp
    EndTime: Timestamp
    Operator: "OperatorResponse"


class VolumeStatusAction(TypedDict, total=False):
    Code: str
    Description: str
    EventId: str
    EventType: str


class VolumeStatusAttachmentStatus(TypedDict, total=False):
    IoPerformance: str
    InstanceId: str


class VolumeStatusDetails(TypedDict, total=False):
    Name: str
    Status: str


class VolumeStatusEvent(TypedDict, total=False):
    Description: str
    EventId: str
    EventType: str
    NotAfter: Timestamp
    NotBefore: Timestamp
    InstanceId: str


class VolumeStatusInfo(TypedDict, total=False):
    Details: Sequence["VolumeStatusDetails"]
    Status: str


class VolumeStatusItem(TypedDict, total=False):
    Actions: Sequence["VolumeStatusAction"]
    AvailabilityZone: str
    OutpostArn: str
    Events: Sequence["VolumeStatusEvent"]
    VolumeId: str
    VolumeStatus: "VolumeStatusInfo"
    AttachmentStatuses: Sequence["VolumeStatusAttachmentStatus"]
    InitializationStatusDetails: "InitializationStatusDetails"
    AvailabilityZoneId: str
    Operator: "OperatorResponse"


class Vpc(TypedDict, total=False):
    OwnerId: str
    InstanceTenancy: str
    Ipv6CidrBlockAssociationSet: Sequence["VpcIpv6CidrBlockAssociation"]
    CidrBlockAssociationSet: Sequence["VpcCidrBlockAssociation"]
    IsDefault: bool
    EncryptionControl: "VpcEncryptionControl"
    Tags: Sequence["Tag"]
    BlockPublicAccessStates: "BlockPublicAccessStates"
    NetworkFirewallAssociations: Sequence["NetworkFirewallAssociation"]
    VpcId: str
    State: str
    CidrBlock: str
    DhcpOptionsId: str


class VpcAttachment(TypedDict, total=False):
    VpcId: str
    State: str


class VpcCidrBlockAssociation(TypedDict, total=False):
    AssociationId: str
    CidrBlock: str
    CidrBlockState: "VpcCidrBlockState"


class VpcCidrBlockState(TypedDict, total=False):
    State: str
    StatusMessage: str


class VpcClassicLink(TypedDict, total=False):
    ClassicLinkEnabled: bool
    Tags: Sequence["Tag"]
    VpcId: str


class VpcEncryptionControl(TypedDict, total=False):
    VpcId: str
    VpcEncryptionControlId: str
    Mode: str
    State: str
    StateMessage: str
    ResourceExclusions: "VpcEncryptionControlExclusions"
    Tags: Sequence["Tag"]


class VpcEncryptionControlConfiguration(TypedDict, total=False):
    Mode: Required[str]
    InternetGatewayExclusion: str
    EgressOnlyInternetGatewayExclusion: str
    NatGatewayExclusion: str
    VirtualPrivateGatewayExclusion: str
    VpcPeeringExclusion: str
    LambdaExclusion: str
    VpcLatticeExclusion: str
    ElasticFileSystemExclusion: str
    GlobalAcceleratorExclusion: str
    ApiGatewayV2Exclusion: str


class VpcEncryptionControlExclusion(TypedDict, total=False):
    State: str
    StateMessage: str


class VpcEncryptionControlExclusions(TypedDict, total=False):
    InternetGateway: "VpcEncryptionControlExclusion"
    EgressOnlyInternetGateway: "VpcEncryptionControlExclusion"
    NatGateway: "VpcEncryptionControlExclusion"
    VirtualPrivateGateway: "VpcEncryptionControlExclusion"
    VpcPeering: "VpcEncryptionControlExclusion"
    Lambda: "VpcEncryptionControlExclusion"
    VpcLattice: "VpcEncryptionControlExclusion"
    ElasticFileSystem: "VpcEncryptionControlExclusion"
    GlobalAccelerator: "VpcEncryptionControlExclusion"
    ApiGatewayV2: "VpcEncryptionControlExclusion"


class VpcEndpoint(TypedDict, total=False):
    VpcEndpointId: str
    VpcEndpointType: str
    VpcId: str
    ServiceName: str
    State: str
    PolicyDocument: str
    RouteTableIds: Sequence[str]
    SubnetIds: Sequence[str]
    Groups: Sequence["SecurityGroupIdentifier"]
    IpAddressType: str
    DnsOptions: "DnsOptions"
    PrivateDnsEnabled: bool
    RequesterManaged: bool
    NetworkInterfaceIds: Sequence[str]
    DnsEntries: Sequence["DnsEntry"]
    CreationTimestamp: Timestamp
    Tags: Sequence["Tag"]
    OwnerId: str
    LastError: "LastError"
    Ipv4Prefixes: Sequence["SubnetIpPrefixes"]
    Ipv6Prefixes: Sequence["SubnetIpPrefixes"]
    FailureReason: str
    ServiceNetworkArn: str
    ResourceConfigurationArn: str
    ServiceRegion: str
    PayerResponsibilities: Sequence["PayerResponsibilityEntry"]


class VpcIpv6CidrBlockAssociation(TypedDict, total=False):
    AssociationId: str
    Ipv6CidrBlock: str
    Ipv6CidrBlockState: "VpcCidrBlockState"
    NetworkBorderGroup: str
    Ipv6Pool: str
    Ipv6AddressAttribute: str
    IpSource: str


class VpcPeeringConnection(TypedDict, total=False):
    AccepterVpcInfo: "VpcPeeringConnectionVpcInfo"
    ExpirationTime: Timestamp
    RequesterVpcInfo: "VpcPeeringConnectionVpcInfo"
    Status: "VpcPeeringConnectionStateReason"
    Tags: Sequence["Tag"]
    VpcPeeringConnectionId: str
    MultipathResilienceStatus: str


class VpcPeeringConnectionOptionsDescription(TypedDict, total=False):
    AllowDnsResolutionFromRemoteVpc: bool
    AllowEgressFromLocalClassicLinkToRemoteVpc: bool
    AllowEgressFromLocalVpcToRemoteClassicLink: bool
    AllowMultipathResilience: bool
    MultipathResilienceMode: str


class VpcPeeringConnectionStateReason(TypedDict, total=False):
    Code: str
    Message: str


class VpcPeeringConnectionVpcInfo(TypedDict, total=False):
    CidrBlock: str
    Ipv6CidrBlockSet: Sequence["Ipv6CidrBlock"]
    CidrBlockSet: Sequence["CidrBlock"]
    OwnerId: str
    PeeringOptions: "VpcPeeringConnectionOptionsDescription"
    VpcId: str
    Region: str


class VpnAdditionalKeyExchange(TypedDict, total=False):
    AdditionalKeyExchangeRound: int
    KeyExchangeMethods: Sequence["AdditionalKeyExchangeMethodsListValue"]
    Requirement: str


class VpnAdditionalKeyExchangeRequest(TypedDict, total=False):
    AdditionalKeyExchangeRound: Required[int]
    KeyExchangeMethods: Sequence["AdditionalKeyExchangeMethodsRequestListValue"]
    Requirement: str


class VpnConnection(TypedDict, total=False):
    Category: str
    TransitGatewayId: str
    VpnConcentratorId: str
    CoreNetworkArn: str
    CoreNetworkAttachmentArn: str
    GatewayAssociationState: str
    Options: "VpnConnectionOptions"
    Routes: Sequence["VpnStaticRoute"]
    Tags: Sequence["Tag"]
    VgwTelemetry: Sequence["VgwTelemetry"]
    PreSharedKeyArn: str
    VpnConnectionId: str
    State: str
    CustomerGatewayConfiguration: str
    Type: str
    CustomerGatewayId: str
    VpnGatewayId: str


class VpnConnectionOptions(TypedDict, total=False):
    EnableAcceleration: bool
    StaticRoutesOnly: bool
    LocalIpv4NetworkCidr: str
    RemoteIpv4NetworkCidr: str
    LocalIpv6NetworkCidr: str
    RemoteIpv6NetworkCidr: str
    OutsideIpAddressType: str
    TransportTransitGatewayAttachmentId: str
    TunnelInsideIpVersion: str
    TunnelOptions: Sequence["TunnelOption"]
    TunnelBandwidth: str


class VpnConnectionOptionsSpecification(TypedDict, total=False):
    EnableAcceleration: bool
    TunnelInsideIpVersion: str
    TunnelOptions: Sequence["VpnTunnelOptionsSpecification"]
    LocalIpv4NetworkCidr: str
    RemoteIpv4NetworkCidr: str
    LocalIpv6NetworkCidr: str
    RemoteIpv6NetworkCidr: str
    OutsideIpAddressType: str
    TransportTransitGatewayAttachmentId: str
    TunnelBandwidth: str
    StaticRoutesOnly: bool


class VpnGateway(TypedDict, total=False):
    AmazonSideAsn: int
    Tags: Sequence["Tag"]
    VpnGatewayId: str
    State: str
    Type: str
    AvailabilityZone: str
    VpcAttachments: Sequence["VpcAttachment"]


class VpnStaticRoute(TypedDict, total=False):
    DestinationCidrBlock: str
    Source: str
    State: str


class VpnTunnelLogOptions(TypedDict, total=False):
    CloudWatchLogOptions: "CloudWatchLogOptions"


class VpnTunnelLogOptionsSpecification(TypedDict, total=False):
    CloudWatchLogOptions: "CloudWatchLogOptionsSpecification"


class VpnTunnelOptionsSpecification(TypedDict, total=False):
    TunnelInsideCidr: str
    TunnelInsideIpv6Cidr: str
    PreSharedKey: str
    Phase1LifetimeSeconds: int
    Phase2LifetimeSeconds: int
    RekeyMarginTimeSeconds: int
    RekeyFuzzPercentage: int
    ReplayWindowSize: int
    DPDTimeoutSeconds: int
    DPDTimeoutAction: str
    Phase1EncryptionAlgorithms: Sequence["Phase1EncryptionAlgorithmsRequestListValue"]
    Phase2EncryptionAlgorithms: Sequence["Phase2EncryptionAlgorithmsRequestListValue"]
    Phase1IntegrityAlgorithms: Sequence["Phase1IntegrityAlgorithmsRequestListValue"]
    Phase2IntegrityAlgorithms: Sequence["Phase2IntegrityAlgorithmsRequestListValue"]
    Phase1DHGroupNumbers: Sequence["Phase1DHGroupNumbersRequestListValue"]
    Phase2DHGroupNumbers: Sequence["Phase2DHGroupNumbersRequestListValue"]
    IKEVersions: Sequence["IKEVersionsRequestListValue"]
    StartupAction: str
    LogOptions: "VpnTunnelLogOptionsSpecification"
    EnableTunnelLifecycleControl: bool
    Phase1AdditionalKeyExchanges: Sequence["VpnAdditionalKeyExchangeRequest"]
    Phase2AdditionalKeyExchanges: Sequence["VpnAdditionalKeyExchangeRequest"]


OPERATIONS: dict[str, tuple[str | None, str | None]] = {
    "AcceptVpcPeeringConnection": (
        "AcceptVpcPeeringConnectionRequest",
        "AcceptVpcPeeringConnectionResult",
    ),
    "AllocateAddress": ("AllocateAddressRequest", "AllocateAddressResult"),
    "AllocateHosts": ("AllocateHostsRequest", "AllocateHostsResult"),
    "AssignIpv6Addresses": ("AssignIpv6AddressesRequest", "AssignIpv6AddressesResult"),
    "AssignPrivateIpAddresses": (
        "AssignPrivateIpAddressesRequest",
        "AssignPrivateIpAddressesResult",
    ),
    "AssociateAddress": ("AssociateAddressRequest", "AssociateAddressResult"),
    "AssociateDhcpOptions": ("AssociateDhcpOptionsRequest", None),
    "AssociateRouteTable": ("AssociateRouteTableRequest", "AssociateRouteTableResult"),
    "AssociateSubnetCidrBlock": (
        "AssociateSubnetCidrBlockRequest",
        "AssociateSubnetCidrBlockResult",
    ),
    "AssociateVpcCidrBlock": ("AssociateVpcCidrBlockRequest", "AssociateVpcCidrBlockResult"),
    "AttachClassicLinkVpc": ("AttachClassicLinkVpcRequest", "AttachClassicLinkVpcResult"),
    "AttachInternetGateway": ("AttachInternetGatewayRequest", None),
    "AttachNetworkInterface": ("AttachNetworkInterfaceRequest", "AttachNetworkInterfaceResult"),
    "AttachVolume": ("AttachVolumeRequest", "VolumeAttachment"),
    "AttachVpnGateway": ("AttachVpnGatewayRequest", "AttachVpnGatewayResult"),
    "AuthorizeSecurityGroupEgress": (
        "AuthorizeSecurityGroupEgressRequest",
        "AuthorizeSecurityGroupEgressResult",
    ),
    "AuthorizeSecurityGroupIngress": (
        "AuthorizeSecurityGroupIngressRequest",
        "AuthorizeSecurityGroupIngressResult",
    ),
    "BundleInstance": ("BundleInstanceRequest", "BundleInstanceResult"),
    "CancelBundleTask": ("CancelBundleTaskRequest", "CancelBundleTaskResult"),
    "CancelReservedInstancesListing": (
        "CancelReservedInstancesListingRequest",
        "CancelReservedInstancesListingResult",
    ),
    "CancelSpotInstanceRequests": (
        "CancelSpotInstanceRequestsRequest",
        "CancelSpotInstanceRequestsResult",
    ),
    "ConfirmProductInstance": ("ConfirmProductInstanceRequest", "ConfirmProductInstanceResult"),
    "CopyImage": ("CopyImageRequest", "CopyImageResult"),
    "CopySnapshot": ("CopySnapshotRequest", "CopySnapshotResult"),
    "CreateCustomerGateway": ("CreateCustomerGatewayRequest", "CreateCustomerGatewayResult"),
    "CreateDefaultSubnet": ("CreateDefaultSubnetRequest", "CreateDefaultSubnetResult"),
    "CreateDefaultVpc": ("CreateDefaultVpcRequest", "CreateDefaultVpcResult"),
    "CreateDhcpOptions": ("CreateDhcpOptionsRequest", "CreateDhcpOptionsResult"),
    "CreateEgressOnlyInternetGateway": (
        "CreateEgressOnlyInternetGatewayRequest",
        "CreateEgressOnlyInternetGatewayResult",
    ),
    "CreateImage": ("CreateImageRequest", "CreateImageResult"),
    "CreateInternetGateway": ("CreateInternetGatewayRequest", "CreateInternetGatewayResult"),
    "CreateKeyPair": ("CreateKeyPairRequest", "KeyPair"),
    "CreateLaunchTemplate": ("CreateLaunchTemplateRequest", "CreateLaunchTemplateResult"),
    "CreateLaunchTemplateVersion": (
        "CreateLaunchTemplateVersionRequest",
        "CreateLaunchTemplateVersionResult",
    ),
    "CreateNatGateway": ("CreateNatGatewayRequest", "CreateNatGatewayResult"),
    "CreateNetworkAcl": ("CreateNetworkAclRequest", "CreateNetworkAclResult"),
    "CreateNetworkAclEntry": ("CreateNetworkAclEntryRequest", None),
    "CreateNetworkInterface": ("CreateNetworkInterfaceRequest", "CreateNetworkInterfaceResult"),
    "CreatePlacementGroup": ("CreatePlacementGroupRequest", "CreatePlacementGroupResult"),
    "CreateReservedInstancesListing": (
        "CreateReservedInstancesListingRequest",
        "CreateReservedInstancesListingResult",
    ),
    "CreateRoute": ("CreateRouteRequest", "CreateRouteResult"),
    "CreateRouteTable": ("CreateRouteTableRequest", "CreateRouteTableResult"),
    "CreateSecurityGroup": ("CreateSecurityGroupRequest", "CreateSecurityGroupResult"),
    "CreateSnapshot": ("CreateSnapshotRequest", "Snapshot"),
    "CreateSpotDatafeedSubscription": (
        "CreateSpotDatafeedSubscriptionRequest",
        "CreateSpotDatafeedSubscriptionResult",
    ),
    "CreateSubnet": ("CreateSubnetRequest", "CreateSubnetResult"),
    "CreateTags": ("CreateTagsRequest", None),
    "CreateVolume": ("CreateVolumeRequest", "Volume"),
    "CreateVpc": ("CreateVpcRequest", "CreateVpcResult"),
    "CreateVpcEndpoint": ("CreateVpcEndpointRequest", "CreateVpcEndpointResult"),
    "CreateVpcPeeringConnection": (
        "CreateVpcPeeringConnectionRequest",
        "CreateVpcPeeringConnectionResult",
    ),
    "CreateVpnConnection": ("CreateVpnConnectionRequest", "CreateVpnConnectionResult"),
    "CreateVpnConnectionRoute": ("CreateVpnConnectionRouteRequest", None),
    "CreateVpnGateway": ("CreateVpnGatewayRequest", "CreateVpnGatewayResult"),
    "DeleteCustomerGateway": ("DeleteCustomerGatewayRequest", None),
    "DeleteDhcpOptions": ("DeleteDhcpOptionsRequest", None),
    "DeleteEgressOnlyInternetGateway": (
        "DeleteEgressOnlyInternetGatewayRequest",
        "DeleteEgressOnlyInternetGatewayResult",
    ),
    "DeleteInternetGateway": ("DeleteInternetGatewayRequest", None),
    "DeleteKeyPair": ("DeleteKeyPairRequest", "DeleteKeyPairResult"),
    "DeleteLaunchTemplate": ("DeleteLaunchTemplateRequest", "DeleteLaunchTemplateResult"),
    "DeleteLaunchTemplateVersions": (
        "DeleteLaunchTemplateVersionsRequest",
        "DeleteLaunchTemplateVersionsResult",
    ),
    "DeleteNatGateway": ("DeleteNatGatewayRequest", "DeleteNatGatewayResult"),
    "DeleteNetworkAcl": ("DeleteNetworkAclRequest", None),
    "DeleteNetworkAclEntry": ("DeleteNetworkAclEntryRequest", None),
    "DeleteNetworkInterface": ("DeleteNetworkInterfaceRequest", None),
    "DeletePlacementGroup": ("DeletePlacementGroupRequest", None),
    "DeleteRoute": ("DeleteRouteRequest", None),
    "DeleteRouteTable": ("DeleteRouteTableRequest", None),
    "DeleteSecurityGroup": ("DeleteSecurityGroupRequest", "DeleteSecurityGroupResult"),
    "DeleteSnapshot": ("DeleteSnapshotRequest", None),
    "DeleteSpotDatafeedSubscription": ("DeleteSpotDatafeedSubscriptionRequest", None),
    "DeleteSubnet": ("DeleteSubnetRequest", None),
    "DeleteTags": ("DeleteTagsRequest", None),
    "DeleteVolume": ("DeleteVolumeRequest", None),
    "DeleteVpc": ("DeleteVpcRequest", None),
    "DeleteVpcEndpoints": ("DeleteVpcEndpointsRequest", "DeleteVpcEndpointsResult"),
    "DeleteVpcPeeringConnection": (
        "DeleteVpcPeeringConnectionRequest",
        "DeleteVpcPeeringConnectionResult",
    ),
    "DeleteVpnConnection": ("DeleteVpnConnectionRequest", None),
    "DeleteVpnConnectionRoute": ("DeleteVpnConnectionRouteRequest", None),
    "DeleteVpnGateway": ("DeleteVpnGatewayRequest", None),
    "DeregisterImage": ("DeregisterImageRequest", "DeregisterImageResult"),
    "DescribeAccountAttributes": (
        "DescribeAccountAttributesRequest",
        "DescribeAccountAttributesResult",
    ),
    "DescribeAddresses": ("DescribeAddressesRequest", "DescribeAddressesResult"),
    "DescribeAddressesAttribute": (
        "DescribeAddressesAttributeRequest",
        "DescribeAddressesAttributeResult",
    ),
    "DescribeAvailabilityZones": (
        "DescribeAvailabilityZonesRequest",
        "DescribeAvailabilityZonesResult",
    ),
    "DescribeBundleTasks": ("DescribeBundleTasksRequest", "DescribeBundleTasksResult"),
    "DescribeClassicLinkInstances": (
        "DescribeClassicLinkInstancesRequest",
        "DescribeClassicLinkInstancesResult",
    ),
    "DescribeCustomerGateways": (
        "DescribeCustomerGatewaysRequest",
        "DescribeCustomerGatewaysResult",
    ),
    "DescribeDhcpOptions": ("DescribeDhcpOptionsRequest", "DescribeDhcpOptionsResult"),
    "DescribeEgressOnlyInternetGateways": (
        "DescribeEgressOnlyInternetGatewaysRequest",
        "DescribeEgressOnlyInternetGatewaysResult",
    ),
    "DescribeHosts": ("DescribeHostsRequest", "DescribeHostsResult"),
    "DescribeImageAttribute": ("DescribeImageAttributeRequest", "ImageAttribute"),
    "DescribeImages": ("DescribeImagesRequest", "DescribeImagesResult"),
    "DescribeInstanceAttribute": ("DescribeInstanceAttributeRequest", "InstanceAttribute"),
    "DescribeInstanceCreditSpecifications": (
        "DescribeInstanceCreditSpecificationsRequest",
        "DescribeInstanceCreditSpecificationsResult",
    ),
    "DescribeInstanceStatus": ("DescribeInstanceStatusRequest", "DescribeInstanceStatusResult"),
    "DescribeInstanceTypeOfferings": (
        "DescribeInstanceTypeOfferingsRequest",
        "DescribeInstanceTypeOfferingsResult",
    ),
    "DescribeInstanceTypes": ("DescribeInstanceTypesRequest", "DescribeInstanceTypesResult"),
    "DescribeInstances": ("DescribeInstancesRequest", "DescribeInstancesResult"),
    "DescribeInternetGateways": (
        "DescribeInternetGatewaysRequest",
        "DescribeInternetGatewaysResult",
    ),
    "DescribeKeyPairs": ("DescribeKeyPairsRequest", "DescribeKeyPairsResult"),
    "DescribeLaunchTemplateVersions": (
        "DescribeLaunchTemplateVersionsRequest",
        "DescribeLaunchTemplateVersionsResult",
    ),
    "DescribeLaunchTemplates": ("DescribeLaunchTemplatesRequest", "DescribeLaunchTemplatesResult"),
    "DescribeNatGateways": ("DescribeNatGatewaysRequest", "DescribeNatGatewaysResult"),
    "DescribeNetworkAcls": ("DescribeNetworkAclsRequest", "DescribeNetworkAclsResult"),
    "DescribeNetworkInterfaceAttribute": (
        "DescribeNetworkInterfaceAttributeRequest",
        "DescribeNetworkInterfaceAttributeResult",
    ),
    "DescribeNetworkInterfaces": (
        "DescribeNetworkInterfacesRequest",
        "DescribeNetworkInterfacesResult",
    ),
    "DescribePlacementGroups": ("DescribePlacementGroupsRequest", "DescribePlacementGroupsResult"),
    "DescribePrefixLists": ("DescribePrefixListsRequest", "DescribePrefixListsResult"),
    "DescribeRegions": ("DescribeRegionsRequest", "DescribeRegionsResult"),
    "DescribeReservedInstances": (
        "DescribeReservedInstancesRequest",
        "DescribeReservedInstancesResult",
    ),
    "DescribeReservedInstancesListings": (
        "DescribeReservedInstancesListingsRequest",
        "DescribeReservedInstancesListingsResult",
    ),
    "DescribeReservedInstancesModifications": (
        "DescribeReservedInstancesModificationsRequest",
        "DescribeReservedInstancesModificationsResult",
    ),
    "DescribeReservedInstancesOfferings": (
        "DescribeReservedInstancesOfferingsRequest",
        "DescribeReservedInstancesOfferingsResult",
    ),
    "DescribeRouteTables": ("DescribeRouteTablesRequest", "DescribeRouteTablesResult"),
    "DescribeSecurityGroupRules": (
        "DescribeSecurityGroupRulesRequest",
        "DescribeSecurityGroupRulesResult",
    ),
    "DescribeSecurityGroups": ("DescribeSecurityGroupsRequest", "DescribeSecurityGroupsResult"),
    "DescribeSnapshotAttribute": (
        "DescribeSnapshotAttributeRequest",
        "DescribeSnapshotAttributeResult",
    ),
    "DescribeSnapshotTierStatus": (
        "DescribeSnapshotTierStatusRequest",
        "DescribeSnapshotTierStatusResult",
    ),
    "DescribeSnapshots": ("DescribeSnapshotsRequest", "DescribeSnapshotsResult"),
    "DescribeSpotDatafeedSubscription": (
        "DescribeSpotDatafeedSubscriptionRequest",
        "DescribeSpotDatafeedSubscriptionResult",
    ),
    "DescribeSpotInstanceRequests": (
        "DescribeSpotInstanceRequestsRequest",
        "DescribeSpotInstanceRequestsResult",
    ),
    "DescribeSpotPriceHistory": (
        "DescribeSpotPriceHistoryRequest",
        "DescribeSpotPriceHistoryResult",
    ),
    "DescribeSubnets": ("DescribeSubnetsRequest", "DescribeSubnetsResult"),
    "DescribeTags": ("DescribeTagsRequest", "DescribeTagsResult"),
    "DescribeVolumeAttribute": ("DescribeVolumeAttributeRequest", "DescribeVolumeAttributeResult"),
    "DescribeVolumeStatus": ("DescribeVolumeStatusRequest", "DescribeVolumeStatusResult"),
    "DescribeVolumes": ("DescribeVolumesRequest", "DescribeVolumesResult"),
    "DescribeVolumesModifications": (
        "DescribeVolumesModificationsRequest",
        "DescribeVolumesModificationsResult",
    ),
    "DescribeVpcAttribute": ("DescribeVpcAttributeRequest", "DescribeVpcAttributeResult"),
    "DescribeVpcClassicLink": ("DescribeVpcClassicLinkRequest", "DescribeVpcClassicLinkResult"),
    "DescribeVpcClassicLinkDnsSupport": (
        "DescribeVpcClassicLinkDnsSupportRequest",
        "DescribeVpcClassicLinkDnsSupportResult",
    ),
    "DescribeVpcEndpointServices": (
        "DescribeVpcEndpointServicesRequest",
        "DescribeVpcEndpointServicesResult",
    ),
    "DescribeVpcEndpoints": ("DescribeVpcEndpointsRequest", "DescribeVpcEndpointsResult"),
    "DescribeVpcPeeringConnections": (
        "DescribeVpcPeeringConnectionsRequest",
        "DescribeVpcPeeringConnectionsResult",
    ),
    "DescribeVpcs": ("DescribeVpcsRequest", "DescribeVpcsResult"),
    "DescribeVpnConnections": ("DescribeVpnConnectionsRequest", "DescribeVpnConnectionsResult"),
    "DescribeVpnGateways": ("DescribeVpnGatewaysRequest", "DescribeVpnGatewaysResult"),
    "DetachClassicLinkVpc": ("DetachClassicLinkVpcRequest", "DetachClassicLinkVpcResult"),
    "DetachInternetGateway": ("DetachInternetGatewayRequest", None),
    "DetachNetworkInterface": ("DetachNetworkInterfaceRequest", None),
    "DetachVolume": ("DetachVolumeRequest", "VolumeAttachment"),
    "DetachVpnGateway": ("DetachVpnGatewayRequest", None),
    "DisableVgwRoutePropagation": ("DisableVgwRoutePropagationRequest", None),
    "DisableVpcClassicLink": ("DisableVpcClassicLinkRequest", "DisableVpcClassicLinkResult"),
    "DisableVpcClassicLinkDnsSupport": (
        "DisableVpcClassicLinkDnsSupportRequest",
        "DisableVpcClassicLinkDnsSupportResult",
    ),
    "DisassociateAddress": ("DisassociateAddressRequest", None),
    "DisassociateRouteTable": ("DisassociateRouteTableRequest", None),
    "DisassociateSubnetCidrBlock": (
        "DisassociateSubnetCidrBlockRequest",
        "DisassociateSubnetCidrBlockResult",
    ),
    "DisassociateVpcCidrBlock": (
        "DisassociateVpcCidrBlockRequest",
        "DisassociateVpcCidrBlockResult",
    ),
    "EnableVgwRoutePropagation": ("EnableVgwRoutePropagationRequest", None),
    "EnableVolumeIO": ("EnableVolumeIORequest", None),
    "EnableVpcClassicLink": ("EnableVpcClassicLinkRequest", "EnableVpcClassicLinkResult"),
    "EnableVpcClassicLinkDnsSupport": (
        "EnableVpcClassicLinkDnsSupportRequest",
        "EnableVpcClassicLinkDnsSupportResult",
    ),
    "GetConsoleOutput": ("GetConsoleOutputRequest", "GetConsoleOutputResult"),
    "GetConsoleScreenshot": ("GetConsoleScreenshotRequest", "GetConsoleScreenshotResult"),
    "GetDefaultCreditSpecification": (
        "GetDefaultCreditSpecificationRequest",
        "GetDefaultCreditSpecificationResult",
    ),
    "GetInstanceUefiData": ("GetInstanceUefiDataRequest", "GetInstanceUefiDataResult"),
    "GetLaunchTemplateData": ("GetLaunchTemplateDataRequest", "GetLaunchTemplateDataResult"),
    "GetPasswordData": ("GetPasswordDataRequest", "GetPasswordDataResult"),
    "ImportKeyPair": ("ImportKeyPairRequest", "ImportKeyPairResult"),
    "ModifyAddressAttribute": ("ModifyAddressAttributeRequest", "ModifyAddressAttributeResult"),
    "ModifyDefaultCreditSpecification": (
        "ModifyDefaultCreditSpecificationRequest",
        "ModifyDefaultCreditSpecificationResult",
    ),
    "ModifyHosts": ("ModifyHostsRequest", "ModifyHostsResult"),
    "ModifyImageAttribute": ("ModifyImageAttributeRequest", None),
    "ModifyInstanceAttribute": ("ModifyInstanceAttributeRequest", None),
    "ModifyInstanceCreditSpecification": (
        "ModifyInstanceCreditSpecificationRequest",
        "ModifyInstanceCreditSpecificationResult",
    ),
    "ModifyInstanceMetadataOptions": (
        "ModifyInstanceMetadataOptionsRequest",
        "ModifyInstanceMetadataOptionsResult",
    ),
    "ModifyInstancePlacement": ("ModifyInstancePlacementRequest", "ModifyInstancePlacementResult"),
    "ModifyLaunchTemplate": ("ModifyLaunchTemplateRequest", "ModifyLaunchTemplateResult"),
    "ModifyNetworkInterfaceAttribute": ("ModifyNetworkInterfaceAttributeRequest", None),
    "ModifyReservedInstances": ("ModifyReservedInstancesRequest", "ModifyReservedInstancesResult"),
    "ModifySecurityGroupRules": (
        "ModifySecurityGroupRulesRequest",
        "ModifySecurityGroupRulesResult",
    ),
    "ModifySnapshotAttribute": ("ModifySnapshotAttributeRequest", None),
    "ModifySnapshotTier": ("ModifySnapshotTierRequest", "ModifySnapshotTierResult"),
    "ModifySubnetAttribute": ("ModifySubnetAttributeRequest", None),
    "ModifyVolume": ("ModifyVolumeRequest", "ModifyVolumeResult"),
    "ModifyVolumeAttribute": ("ModifyVolumeAttributeRequest", None),
    "ModifyVpcAttribute": ("ModifyVpcAttributeRequest", None),
    "ModifyVpcEndpoint": ("ModifyVpcEndpointRequest", "ModifyVpcEndpointResult"),
    "ModifyVpcPeeringConnectionOptions": (
        "ModifyVpcPeeringConnectionOptionsRequest",
        "ModifyVpcPeeringConnectionOptionsResult",
    ),
    "ModifyVpcTenancy": ("ModifyVpcTenancyRequest", "ModifyVpcTenancyResult"),
    "MonitorInstances": ("MonitorInstancesRequest", "MonitorInstancesResult"),
    "PurchaseReservedInstancesOffering": (
        "PurchaseReservedInstancesOfferingRequest",
        "PurchaseReservedInstancesOfferingResult",
    ),
    "RebootInstances": ("RebootInstancesRequest", None),
    "RegisterImage": ("RegisterImageRequest", "RegisterImageResult"),
    "RejectVpcPeeringConnection": (
        "RejectVpcPeeringConnectionRequest",
        "RejectVpcPeeringConnectionResult",
    ),
    "ReleaseAddress": ("ReleaseAddressRequest", None),
    "ReleaseHosts": ("ReleaseHostsRequest", "ReleaseHostsResult"),
    "ReplaceNetworkAclAssociation": (
        "ReplaceNetworkAclAssociationRequest",
        "ReplaceNetworkAclAssociationResult",
    ),
    "ReplaceNetworkAclEntry": ("ReplaceNetworkAclEntryRequest", None),
    "ReplaceRoute": ("ReplaceRouteRequest", None),
    "ReplaceRouteTableAssociation": (
        "ReplaceRouteTableAssociationRequest",
        "ReplaceRouteTableAssociationResult",
    ),
    "RequestSpotInstances": ("RequestSpotInstancesRequest", "RequestSpotInstancesResult"),
    "ResetAddressAttribute": ("ResetAddressAttributeRequest", "ResetAddressAttributeResult"),
    "ResetImageAttribute": ("ResetImageAttributeRequest", None),
    "ResetInstanceAttribute": ("ResetInstanceAttributeRequest", None),
    "ResetNetworkInterfaceAttribute": ("ResetNetworkInterfaceAttributeRequest", None),
    "ResetSnapshotAttribute": ("ResetSnapshotAttributeRequest", None),
    "RestoreSnapshotTier": ("RestoreSnapshotTierRequest", "RestoreSnapshotTierResult"),
    "RevokeSecurityGroupEgress": (
        "RevokeSecurityGroupEgressRequest",
        "RevokeSecurityGroupEgressResult",
    ),
    "RevokeSecurityGroupIngress": (
        "RevokeSecurityGroupIngressRequest",
        "RevokeSecurityGroupIngressResult",
    ),
    "RunInstances": ("RunInstancesRequest", "Reservation"),
    "StartInstances": ("StartInstancesRequest", "StartInstancesResult"),
    "StopInstances": ("StopInstancesRequest", "StopInstancesResult"),
    "TerminateInstances": ("TerminateInstancesRequest", "TerminateInstancesResult"),
    "UnassignIpv6Addresses": ("UnassignIpv6AddressesRequest", "UnassignIpv6AddressesResult"),
    "UnassignPrivateIpAddresses": ("UnassignPrivateIpAddressesRequest", None),
    "UnmonitorInstances": ("UnmonitorInstancesRequest", "UnmonitorInstancesResult"),
    "UpdateSecurityGroupRuleDescriptionsEgress": (
        "UpdateSecurityGroupRuleDescriptionsEgressRequest",
        "UpdateSecurityGroupRuleDescriptionsEgressResult",
    ),
    "UpdateSecurityGroupRuleDescriptionsIngress": (
        "UpdateSecurityGroupRuleDescriptionsIngressRequest",
        "UpdateSecurityGroupRuleDescriptionsIngressResult",
    ),
}
