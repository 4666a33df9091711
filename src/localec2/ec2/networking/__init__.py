"""Networking: VPCs and subnets, regions and zones, Elastic IP addresses."""
